// The front matter of real posts written for Jekyll, Eleventy, Hexo and Hugo (tests/fixtures/corpora, copied
// unchanged), each collection in one category folder as a migrating site would copy it: what `npm run check`
// reads, with no error. Where a site keeps a standard field under its own name, the mapping in the settings
// (src/site.ts frontMatter.fieldNames) is all it takes.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { formatProblem, reportLines, type Problem } from "../../src/content/problems.ts";
import { SiteCompiler } from "../../src/model/SiteCompiler.ts";
import { createTextMarkdown } from "../../src/markdown/createTextMarkdown.ts";
import { readArticleSources } from "../../src/io/readArticleSources.ts";
import { site } from "../../src/site.ts";
import type { SiteConfig } from "../../src/site.ts";
import type { Article } from "../../src/content/types.ts";
import { PROJECT_ROOT, tempDir } from "../support/buildSite.ts";

const CORPORA = path.join(PROJECT_ROOT, "tests/fixtures/corpora");

/** The collection copied into a category folder, checked and compiled as the build would (drafts shown). */
function compile(collection: string, frontMatter: Partial<SiteConfig["frontMatter"]> = {}) {
  const articlesDir = path.join(tempDir(`corpus-${collection}-`), "articles");
  fs.cpSync(path.join(CORPORA, collection), path.join(articlesDir, collection), { recursive: true });
  const settings: SiteConfig = { ...site, frontMatter: { ...site.frontMatter, ...frontMatter } };
  const sources = readArticleSources(path.dirname(articlesDir), articlesDir);
  const result = new SiteCompiler(createTextMarkdown()).compile(sources, {
    site: settings,
    now: new Date("2030-01-01T00:00:00Z"),
    includeUnpublished: true,
    related: (articles) => articles.map(() => []),
  });
  const errors = result.problems.filter((problem) => problem.severity === "error").map(formatProblem);
  const articles: Article[] = result.ok ? result.model.articles : [];
  const byFile = (name: string) => articles.find((article) => article.relativePath === `${collection}/${name}`);
  const posts = sources.filter((source) => /\.(md|markdown)$/.test(source.relativePath));
  return { result, errors, articles, byFile, posts, warnings: result.problems.filter((p: Problem) => p.severity === "warning") };
}

describe("real posts written for Jekyll (jekyll/jekyll docs/_posts)", () => {
  const { errors, articles, byFile, posts } = compile("jekyll-news");

  it("reads every post with no error", () => {
    expect(errors).toEqual([]);
    expect(articles).toHaveLength(posts.length);
  });

  it("reads Jekyll's dates, file names, authors and categories", () => {
    const post = byFile("2013-05-06-jekyll-1-0-0-released.markdown")!;
    expect(post.date.toISOString()).toBe("2013-05-06T00:12:52.000Z"); // "2013-05-06 02:12:52 +0200"
    expect(post.slug).toBe("jekyll-1-0-0-released");
    expect(post.url).toBe("/release/jekyll-1-0-0-released/");
    expect(post.authors.map((author) => author.name)).toEqual(["parkr"]);
    // A typo in the source (the year twice): the file name's date stands in, with a warning.
    expect(byFile("2023-01-29-jekyll-3-9-3-released.markdown")!.date.toISOString()).toBe("2023-01-29T00:00:00.000Z");
  });

  it("turns redirect_from into a redirect", () => {
    const { result } = compile("jekyll-news");
    expect(result.ok && result.model.redirects.map((r) => r.from)).toEqual(["/news/2019/07/20/jekyll-4-0-0-pre-beta1-released/"]);
  });
});

describe("real posts written for Eleventy (11ty/11ty-website src/blog)", () => {
  it("needs its own name for the title mapped, and says so once for all its posts", () => {
    // Without the mapping src/site.ts ships as an example.
    const { result, posts } = compile("eleventy-blog", { fieldNames: {} });
    const errors = reportLines(result.problems).filter((line) => line.severity === "error");
    expect(errors.map((line) => line.text)).toEqual([
      `${posts.length - 1} articles: title: is missing (this site writes it as newstitle: — read that as the title with fieldNames: { newstitle: "title" } under frontMatter in src/site.ts) (first in articles/eleventy-blog/2019-12-05-moving-house.md, 2019-12-18-james-williamson.md, 2019-12-19-logo-homage.md, … and ${posts.length - 4} more)`,
    ]);
  });

  it("reads every post with no error once fieldNames maps newstitle to title", () => {
    const { errors, articles, byFile, posts, warnings } = compile("eleventy-blog", { fieldNames: { newstitle: "title" } });
    expect(errors).toEqual([]);
    // blog.md is the old site's list of posts: left out, with a warning.
    expect(articles).toHaveLength(posts.length - 1);
    expect(warnings.map(formatProblem)).toEqual(
      expect.arrayContaining([expect.stringContaining("articles/eleventy-blog/blog.md: is a listing page of the old site, not an article, and is left out")]),
    );
    const mit = byFile("2020-08-11-mit.md")!;
    expect(mit.title).toBe("MIT’s new Digital Humanities site launches using Eleventy!");
    expect(mit.date.toISOString()).toBe("2020-08-11T00:00:00.000Z");
  });

  it("keeps the fields the site declares as data", () => {
    const { byFile, warnings } = compile("eleventy-blog", { fieldNames: { newstitle: "title" }, dataFields: ["eleventyNavigation"] });
    expect(byFile("2020-08-11-mit.md")!.data).toEqual({ eleventyNavigation: { parent: "Blog", key: "MIT Digital Humanities" } });
    expect(warnings.some((warning) => warning.field === "eleventyNavigation")).toBe(false);
  });
});

describe("real posts written for Hexo (hexojs/site source/_posts)", () => {
  it("reads every post with no error, dated by file name or by a time without a zone", () => {
    const { errors, articles, byFile, posts } = compile("hexo-news");
    expect(errors).toEqual([]);
    expect(articles).toHaveLength(posts.length);
    expect(byFile("2019-01-11-hexo-deployer-git-1.0.0_released.md")!.date.toISOString()).toBe("2019-01-11T22:13:00.000Z"); // date: 2019-01-11 22:13
    expect(byFile("2015-02-27-new-documentation-and-registry.md")!.date.toISOString()).toBe("2015-02-27T00:00:00.000Z");
  });
});

describe("real posts written for Hugo (12 repositories, TOML and YAML)", () => {
  it("reads every post with no error once fieldNames maps the KubeSphere posts' createTime to date", () => {
    const { errors, articles, byFile, posts } = compile("hugo-posts", { fieldNames: { createTime: "date" } });
    expect(errors).toEqual([]);
    // README.md is the collection's notes: left out, with a warning.
    expect(articles).toHaveLength(posts.length - 1);
    expect(byFile("goisforlovers.md")).toMatchObject({ title: "(Hu)go Template Primer", category: { name: "Development" } });
    expect(byFile("rich-content.md")!.authors.map((a) => a.name)).toEqual(["Hugo Authors", "PaperMod Contributors"]);
    expect(byFile("papermod-faq.md")).toMatchObject({ description: "Frequently Asked Questions", draft: true, aliases: ["/posts/papermod/papermod-how-to/"] });
    expect(byFile("chapter-1.md")!.image).toEqual({ src: "/images/Pope-Edouard-de-Beaumont-1844.jpg", alt: undefined, caption: undefined, credit: undefined });
    expect(byFile("chinese-preview.md")!.updated?.toISOString()).toBe("2017-08-29T17:37:56.000Z");
    expect(byFile("KubeSphere-3.1.1-ga-announcement.md")!.keywords).toEqual(["Kubernetes", "KubeSphere", "Prometheus"]);
  });
});
