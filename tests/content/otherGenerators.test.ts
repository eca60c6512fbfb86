// Front matter as Hugo, Jekyll, Hexo and Eleventy sites write it: read as it is, or mapped to our fields.
import { describe, expect, it } from "vitest";
import { parseArticle, type ParseContext } from "../../src/content/parseArticle.ts";
import { formatProblem } from "../../src/content/problems.ts";

const UTC: ParseContext = { language: "en", timeZone: "UTC" };

function parse(text: string, relativePath = "blog/post.md", context: ParseContext = UTC) {
  return parseArticle({ sourcePath: `articles/${relativePath}`, relativePath, bytes: new TextEncoder().encode(text) }, context);
}
function article(text: string, relativePath?: string, context?: ParseContext) {
  const result = parse(text, relativePath, context);
  if (!result.article) throw new Error(`expected an article, got:\n${result.problems.map(formatProblem).join("\n")}`);
  return result.article;
}
const lines = (text: string, relativePath?: string, context?: ParseContext) =>
  parse(text, relativePath, context).problems.map((p) => `${p.severity}: ${formatProblem(p)}`);
const head = "title: T\ndate: 2025-01-01\n";
const yaml = (fields: string) => `---\n${head}${fields}---\nBody.\n`;

describe("YAML that Eleventy's reader (js-yaml 4) accepts", () => {
  it("reads a quoted value whose next line starts at column 0", () => {
    const a = article('---\ntitle: T\ndate: 2025-01-01\ndescription: "first line\nmore words"\n---\n');
    expect(a.description).toBe("first line more words");
    expect(article("---\ntitle: 'one\ntwo'\ndate: 2025-01-01\n---\n").title).toBe("one two");
  });

  it("reads a folded author as Hugo sites write it", () => {
    expect(article(yaml("author: >\n  Sarah Novotny (independent)\n")).authorNames).toEqual(["Sarah Novotny (independent)"]);
  });

  it("takes the later of two lines with the same field, with a warning naming the line", () => {
    const result = parse("---\ntitle: T\ndate: 2025-01-01\naliases: [/a/]\ntags: [x]\naliases: [/b/]\n---\n");
    expect(result.article?.aliases).toEqual(["/b/"]);
    expect(result.problems.map(formatProblem)).toEqual(["articles/blog/post.md: aliases: is given twice; the later one (line 6) is used (remove one of the two lines)"]);
  });
});

describe("TOML front matter between +++ lines", () => {
  it("reads fields, lists and TOML dates with the same rules as YAML's", () => {
    const a = article(`+++
title = "(Hu)go Template Primer"
description = ""
tags = ["go", "golang"]
date = 2017-03-03T14:15:59-06:00
lastmod = 2017-03-04
draft = false
categories = ["Development", "golang"]
+++
Body.
`);
    expect(a).toMatchObject({ title: "(Hu)go Template Primer", tagNames: ["go", "golang"], categoryName: "Development", draft: false, description: undefined, body: "Body.\n" });
    expect(a.date.toISOString()).toBe("2017-03-03T20:15:59.000Z");
    expect(a.updated?.toISOString()).toBe("2017-03-04T00:00:00.000Z");
  });

  it("reads a TOML local date and time in the site's time zone, and a quoted date like YAML's", () => {
    const shanghai = { ...UTC, timeZone: "Asia/Shanghai" };
    expect(article('+++\ntitle = "T"\ndate = 2020-01-01T08:00:00\n+++\n', undefined, shanghai).date.toISOString()).toBe("2020-01-01T00:00:00.000Z");
    expect(article('+++\ntitle = "T"\ndate = 2020-01-02\n+++\n', undefined, shanghai).date.toISOString()).toBe("2020-01-01T16:00:00.000Z");
    expect(article('+++\ntitle = "T"\ndate = "2014-04-02"\n+++\n').date.toISOString()).toBe("2014-04-02T00:00:00.000Z");
  });

  it("reads Windows line ends", () => {
    expect(article('+++\r\ntitle = "T"\r\ndate = 2020-01-01\r\n+++\r\nBody\r\n').body).toBe("Body\n");
  });

  it("names the line of a TOML mistake, and refuses what is not a date", () => {
    expect(lines('+++\ntitle = "T"\ndate = 2020-01-01\ntags = [a, b]\n+++\n')).toEqual([
      'error: articles/blog/post.md: front matter is not valid TOML: invalid value on line 4 (check quotes and = signs; text needs quotes in TOML, e.g. title = "Port traffic doubles")',
    ]);
    expect(lines('+++\ntitle = "T"\ntitle = "U"\ndate = 2020-01-01\n+++\n')[0]).toMatch(/^error: .*: front matter is not valid TOML: .* on line 3 \(each field may appear once; remove one of the two lines\)$/);
    expect(lines('+++\ntitle = "T"\ndate = 07:32:00\n+++\n')).toEqual([
      'error: articles/blog/post.md: date: "07:32:00.000" is not a date (use YYYY-MM-DD, or a time with a zone such as 2025-03-14T08:30:00+08:00)',
    ]);
    expect(lines('+++\ntitle = "T"\ndate = 2020-01-01\n')).toEqual([
      "error: articles/blog/post.md: front matter is not closed (add a line +++ after the last field, before the article)",
    ]);
  });
});

describe("fields other generators name differently", () => {
  it("reads summary as the description, lastmod and last_modified_at as updated", () => {
    expect(article(yaml("summary: Frequently asked.\n")).description).toBe("Frequently asked.");
    expect(article(yaml("lastmod: 2025-02-01T10:00:00+02:00\n")).updated?.toISOString()).toBe("2025-02-01T08:00:00.000Z");
    expect(article(yaml("last_modified_at: 2025-02-03\n")).updated?.toISOString()).toBe("2025-02-03T00:00:00.000Z");
  });

  it("prefers a field's own name when a file has both", () => {
    expect(article(yaml("summary: From summary.\ndescription: From description.\n")).description).toBe("From description.");
    expect(article(yaml("author: One\nauthors: [Two, Three]\n")).authorNames).toEqual(["Two", "Three"]);
  });

  it("names the field as the file writes it in a message", () => {
    expect(lines(yaml("lastmod: soon\n"))).toEqual([
      'error: articles/blog/post.md: lastmod: "soon" is not a date (use YYYY-MM-DD, or a time with a zone such as 2025-03-14T08:30:00+08:00)',
    ]);
  });

  it("takes the category from the first of categories (a list or text) when category is absent", () => {
    expect(article(yaml("categories: [Post Formats, Uncategorized]\n")).categoryName).toBe("Post Formats");
    expect(article(yaml("categories: release\n")).categoryName).toBe("release");
    expect(article(yaml("category: Economy\ncategories: [release]\n")).categoryName).toBe("Economy");
    expect(article(yaml("categories: []\n")).categoryName).toBe("Blog");
    expect(lines(yaml("categories: [{a: b}]\n"))).toEqual([
      "error: articles/blog/post.md: categories: each category must be text, not a group of fields (write categories: [Economy], or category: Economy)",
    ]);
  });

  it("reads author and authors as one name or a list of names", () => {
    expect(article(yaml("author: parkr\n")).authorNames).toEqual(["parkr"]);
    expect(article(yaml('author: ["Hugo Authors", "PaperMod Contributors"]\n')).authorNames).toEqual(["Hugo Authors", "PaperMod Contributors"]);
    expect(article(yaml("authors: [\" Ann  Lee \", Bo, Bo]\n")).authorNames).toEqual(["Ann Lee", "Bo"]);
    expect(article(yaml("")).authorNames).toEqual([]);
    expect(lines(yaml("authors: [[a]]\n"))).toEqual([
      'error: articles/blog/post.md: authors: each author must be text, not a list (write a name, or a list: authors: ["Mara Lindqvist", "Tom Berg"])',
    ]);
  });

  it("keeps Jekyll's published: false out of the site as a draft", () => {
    expect(article(yaml("published: false\n")).draft).toBe(true);
    expect(article(yaml("published: true\n")).draft).toBe(false);
    expect(article(yaml("published: false\ndraft: false\n")).draft).toBe(false);
  });

  it("reads aliases and redirect_from as old addresses", () => {
    expect(article(yaml("aliases: [/old/path/, old/other, /old/page.html]\n")).aliases).toEqual(["/old/path/", "/old/other/", "/old/page.html"]);
    expect(article(yaml("redirect_from: /news/2019/07/20/x/\n")).aliases).toEqual(["/news/2019/07/20/x/"]);
    expect(lines(yaml("aliases: [https://old.example.org/a/b/]\n"))).toEqual([
      'error: articles/blog/post.md: aliases: "https://old.example.org/a/b/" is a full address; an old address is a path on this site (write the path on this site alone, e.g. /a/b/)',
    ]);
    expect(lines(yaml("redirect_from: [../secret/]\n"))).toEqual([
      'error: articles/blog/post.md: redirect_from: "../secret/" has . or .. in it (write the old address from the site\'s root, e.g. /old/path/)',
    ]);
  });

  it("keeps keywords as a list for search engines, from a list or comma-separated text", () => {
    expect(article(yaml("keywords: 'Kubernetes, KubeSphere, Prometheus'\n")).keywords).toEqual(["Kubernetes", "KubeSphere", "Prometheus"]);
    expect(article(yaml("keywords: [a, b]\n")).keywords).toEqual(["a", "b"]);
  });
});

describe("a Jekyll file name", () => {
  it("gives the date when date: is absent, and the slug without it", () => {
    const a = article("---\ntitle: T\n---\n", "news/2013-05-06-jekyll-1-0-0-released.markdown");
    expect(a.slug).toBe("jekyll-1-0-0-released");
    expect(a.date.toISOString()).toBe("2013-05-06T00:00:00.000Z");
    expect(article("---\ntitle: T\n---\n", "news/2013-05-06-x.md", { ...UTC, timeZone: "Asia/Shanghai" }).date.toISOString()).toBe("2013-05-05T16:00:00.000Z");
  });

  it("keeps the date at hand for the address, in case another post has the same name", () => {
    expect(article("---\ntitle: T\n---\n", "news/2019-01-08-weekly.md").datedSlug).toBe("2019-01-08-weekly");
    expect(article("---\ntitle: T\nslug: own\n---\n", "news/2019-01-08-weekly.md").datedSlug).toBeUndefined();
    expect(article("---\ntitle: T\ndate: 2019-01-01\n---\n", "news/weekly.md").datedSlug).toBeUndefined();
  });

  it("gives way to date: and slug:", () => {
    const a = article('---\ntitle: T\ndate: "2013-05-06 02:12:52 +0200"\nslug: own\n---\n', "news/2013-05-06-jekyll.md");
    expect(a.slug).toBe("own");
    expect(a.date.toISOString()).toBe("2013-05-06T00:12:52.000Z");
    expect(article(yaml(""), "news/2013-05-06-jekyll.md").slug).toBe("jekyll");
  });

  it("stands in for a date: that is not a date, with a warning", () => {
    const result = parse("---\ntitle: T\ndate: 2023-01-29 18:30:22 2023 -0800\n---\n", "news/2023-01-29-jekyll-3-9-3-released.markdown");
    expect(result.article?.date.toISOString()).toBe("2023-01-29T00:00:00.000Z");
    expect(result.problems.map(formatProblem)).toEqual([
      'articles/news/2023-01-29-jekyll-3-9-3-released.markdown: date: "2023-01-29 18:30:22 2023 -0800" is not a date; the date in the file name, 2023-01-29, is used (write it as 2023-01-29, or as a time with a zone such as 2023-01-29T08:30:00+08:00)',
    ]);
  });

  it("is not a date when the day does not exist", () => {
    const a = article("---\ntitle: T\ndate: 2015-03-23\n---\n", "blog/2015-03-00-Kubernetes-Gathering-Videos.md");
    expect(a.slug).toBe("2015-03-00-kubernetes-gathering-videos");
    expect(lines("---\ntitle: T\n---\n", "blog/2015-03-00-videos.md")).toEqual(["error: articles/blog/2015-03-00-videos.md: date: is missing (add a line such as: date: 2025-03-14)"]);
  });
});

describe("the lead image", () => {
  it("resolves a path beside the article to a site path, and keeps site paths and web addresses", () => {
    expect(article(yaml("image: img/port.jpg\nimage_alt: Cranes\n"), "economy/x.md").image).toEqual({ src: "/economy/img/port.jpg", alt: "Cranes", caption: undefined, credit: undefined });
    expect(article(yaml("cover: ../science/img/kelp.svg\nalt: Kelp\n"), "economy/x.md").image?.src).toBe("/science/img/kelp.svg");
    expect(article(yaml("featured_image: /images/Pope.jpg\nimage_alt: ''\n")).image).toEqual({ src: "/images/Pope.jpg", alt: "", caption: undefined, credit: undefined });
    expect(article(yaml("thumbnail: https://cdn.example.org/a.png?w=2\nalt: A\n")).image?.src).toBe("https://cdn.example.org/a.png?w=2");
    expect(article(yaml("hero: img/my port.jpg\nhero_alt: Port\n"), "economy/x.md").image?.src).toBe("/economy/img/my port.jpg");
  });

  it("reads PaperMod's cover group, with caption and credit", () => {
    const a = article(yaml('cover:\n  image: img/a.jpg\n  alt: "The quay"\n  caption: "At dawn"\n  relative: false\nimage_credit: Photo by Ana\n'), "economy/x.md");
    expect(a.image).toEqual({ src: "/economy/img/a.jpg", alt: "The quay", caption: "At dawn", credit: "Photo by Ana" });
    expect(article(yaml('cover:\n  image: ""\n')).image).toBeUndefined();
    expect(article(yaml('image: ""\n')).image).toBeUndefined();
  });

  it("warns when the image has no alt text, with a line shared by every such file", () => {
    const result = parse(yaml("featured_image: img/a.jpg\n"));
    expect(result.article?.image?.alt).toBeUndefined();
    expect(result.problems).toEqual([
      {
        file: "articles/blog/post.md",
        field: "featured_image",
        message: 'has no alt text (add image_alt: "what the picture shows", or image_alt: "" for a decorative one)',
        severity: "warning",
        summary: 'featured_image: has no alt text (add image_alt: "what the picture shows", or image_alt: "" for a decorative one)',
      },
    ]);
  });

  it("refuses addresses that would run, embed or climb out of the site", () => {
    const fix = "use a path such as img/port.jpg beside the article, or an https:// address";
    expect(lines(yaml("image: javascript:alert(1)\n"))).toEqual([`error: articles/blog/post.md: image: "javascript:alert(1)" is not an image address (${fix})`]);
    expect(lines(yaml("cover: data:image/png;base64,AAAA\n"))).toEqual([`error: articles/blog/post.md: cover: "data:image/png;base64,AAAA" is not an image address (${fix})`]);
    expect(lines(yaml("image: //cdn.example.org/a.jpg\n"))).toEqual([
      'error: articles/blog/post.md: image: "//cdn.example.org/a.jpg" has no scheme (write it with https:, e.g. https://cdn.example.org/a.jpg)',
    ]);
    expect(lines(yaml("image: ../../../etc/a.jpg\nimage_alt: x\n"))).toEqual([
      'error: articles/blog/post.md: image: "../../../etc/a.jpg" climbs out of the site (keep the image beside the article, e.g. img/picture.jpg)',
    ]);
    expect(lines(yaml("image: [a.jpg]\n"))).toEqual([
      "error: articles/blog/post.md: image: must be the image's address, not a list (write the image's path beside the article or its https:// address, e.g. image: img/port.jpg)",
    ]);
  });
});

describe("the site's own fields and names (src/site.ts frontMatter)", () => {
  const site: ParseContext = { ...UTC, fieldNames: { newstitle: "title", createTime: "date" }, dataFields: ["eleventyNavigation", "blogHighlight"] };

  it("reads a site's own names for standard fields", () => {
    const a = article("---\nnewstitle: MIT’s new site\ncreateTime: '2021-07-15'\n---\n", "blog/x.md", site);
    expect(a.title).toBe("MIT’s new site");
    expect(a.date.toISOString()).toBe("2021-07-15T00:00:00.000Z");
    expect(lines("---\nnewstitle: [a]\ncreateTime: '2021-07-15'\n---\n", "blog/x.md", site)).toEqual([
      'error: articles/blog/x.md: newstitle: must be text, not a list (add a line such as: title: "Port traffic doubles")',
    ]);
  });

  it("keeps declared fields as data, as written, without a warning", () => {
    const result = parse(yaml("eleventyNavigation:\n  key: MIT\n  parent: Blog\nblogHighlight: true\n"), "blog/x.md", site);
    expect(result.problems).toEqual([]);
    expect(result.article?.data).toEqual({ eleventyNavigation: { key: "MIT", parent: "Blog" }, blogHighlight: true });
    expect(article(yaml(""), "blog/x.md", site).data).toEqual({});
  });

  it("says how to map a site's own name when a required field is missing", () => {
    expect(lines("---\nnewstitle: MIT\n---\n", "blog/2020-08-11-mit.md")).toEqual([
      'warning: articles/blog/2020-08-11-mit.md: newstitle: is not a known field and is ignored (remove it, or keep it for the site\'s layouts: add it to frontMatter.dataFields in src/site.ts)',
      'error: articles/blog/2020-08-11-mit.md: title: is missing (this site writes it as newstitle: — read that as the title with fieldNames: { newstitle: "title" } under frontMatter in src/site.ts)',
    ]);
    const missing = parse("---\ntitle: T\ncreateTime: '2021-07-15'\n---\n").problems.find((p) => p.severity === "error");
    expect(missing).toMatchObject({
      field: "date",
      message: 'is missing (add a line such as: date: 2025-03-14; this site writes it as createTime: — read that as the date with fieldNames: { createTime: "date" } under frontMatter in src/site.ts)',
      summary: 'date: is missing (this site writes it as createTime: — read that as the date with fieldNames: { createTime: "date" } under frontMatter in src/site.ts)',
    });
  });
});

describe("files that are not articles", () => {
  it("leaves out another generator's listing page, with a warning", () => {
    expect(parse("---\nheaderTitle: Blog\nlayout: docs.njk\neleventyImport:\n  collections: [blog]\n---\n{% for x in collections.blog %}{% endfor %}\n")).toEqual({
      article: undefined,
      problems: [
        {
          file: "articles/blog/post.md",
          message: "is a listing page of the old site, not an article, and is left out: it has no title or date and sets eleventyImport: (remove the file: this site makes its own lists)",
          severity: "warning",
        },
      ],
    });
  });

  it("leaves out a README without front matter, but not another file without it", () => {
    expect(lines("# Hugo posts\n", "hugo/README.md")).toEqual([
      "warning: articles/hugo/README.md: is a README without front matter, not an article, and is left out (move it out of the articles folder)",
    ]);
    expect(lines("# Notes\n", "hugo/notes.md")[0]).toMatch(/^error: .*has no front matter/);
  });
});

describe("fields other generators use that this site leaves out", () => {
  it("says why, in one line that every file with the field shares", () => {
    const problems = parse(yaml("url: /:section/:year/:month/:slug/\nweight: 3\nlayout: post\neleventyNavigation: {key: x}\nauthorlink: https://x\n")).problems;
    expect(problems.map((p) => [p.field, p.message, p.summary])).toEqual([
      [
        "url",
        "is not supported and is ignored: the address comes from the category folder and the slug (use slug: my-article)",
        "url: is not supported and is ignored: the address comes from the category folder and the slug (remove it; where the old address must keep working, list it under aliases:)",
      ],
      ["weight", "is ignored: lists are ordered by date, newest first (remove it)", "weight: is ignored: lists are ordered by date, newest first (remove it)"],
      ["layout", "is ignored: every article uses the site's article layout (remove it)", "layout: is ignored: every article uses the site's article layout (remove it)"],
      [
        "eleventyNavigation",
        "is Eleventy's and is ignored (remove it, or keep it for the site's layouts: add it to frontMatter.dataFields in src/site.ts)",
        "eleventyNavigation: is Eleventy's and is ignored (remove it, or keep it for the site's layouts: add it to frontMatter.dataFields in src/site.ts)",
      ],
      [
        "authorlink",
        "is not a known field and is ignored (remove it, or keep it for the site's layouts: add it to frontMatter.dataFields in src/site.ts)",
        "authorlink: is not a known field and is ignored (remove it, or keep it for the site's layouts: add it to frontMatter.dataFields in src/site.ts)",
      ],
    ]);
    expect(problems.every((p) => p.severity === "warning")).toBe(true);
  });

  it("warns about fields named like properties every object has", () => {
    const site: ParseContext = { ...UTC, fieldNames: { newstitle: "title" } };
    expect(parse(yaml("constructor: x\ntoString: y\n"), undefined, site).problems.map((p) => p.field)).toEqual(["constructor", "toString"]);
  });
});
