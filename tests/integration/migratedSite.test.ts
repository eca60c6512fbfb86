// Whole builds of a site whose articles were written for Jekyll, Hugo and Eleventy: author pages, lead
// images, redirect pages and the `_redirects` file, under a path prefix; and the builds that must stop.
import fs from "node:fs";
import path from "node:path";
import * as cheerio from "cheerio";
import { beforeAll, describe, expect, it } from "vitest";
import { listFiles } from "../../src/io/listFiles.ts";
import { buildSite, PROJECT_ROOT, tempDir, type BuildResult } from "../support/buildSite.ts";

const MIGRATED = "tests/fixtures/sites/migrated";
const ORIGIN = "https://meridian.example.org";

/** A copy of the fixture to add files to. */
function copyOfFixture(): string {
  const articles = path.join(tempDir("migrated-"), "articles");
  fs.cpSync(path.join(PROJECT_ROOT, MIGRATED), articles, { recursive: true });
  return articles;
}

describe("a build of articles written for other generators", () => {
  let build: BuildResult;
  let files: string[];
  let shown: string;
  const read = (file: string) => fs.readFileSync(path.join(build.output, file), "utf8");
  const page = (file: string) => cheerio.load(read(file));

  beforeAll(async () => {
    const articles = copyOfFixture();
    // One person with more articles than a list page holds.
    for (let i = 1; i <= 21; i++) {
      const day = String(i).padStart(2, "0");
      fs.writeFileSync(path.join(articles, "notes", `2023-01-${day}-note-${i}.md`), `---\ntitle: "Note ${i}"\nauthor: Ann Lee\n---\nNote ${i}.\n`);
    }
    shown = path.relative(PROJECT_ROOT, articles);
    build = await buildSite({ articles, args: ["--pathprefix=/site/"], env: { SITE_URL: ORIGIN } });
    files = build.code === 0 ? listFiles(build.output) : [];
  });

  it("succeeds, printing a field unknown in several files as one line", () => {
    expect(build.code, build.stderr).toBe(0);
    expect(build.stderr).toContain(
      `warning: 3 articles: authorlink: is not a known field and is ignored (remove it, or keep it for the site's layouts: add it to frontMatter.dataFields in src/site.ts) (first in ${shown}/news/2024-03-01-jekyll-post.markdown, eleventy-post.md, hugo-toml.md)`,
    );
    expect(build.stderr.match(/authorlink/g)).toHaveLength(1);
  });

  it("reads Jekyll's dates, categories and file names, TOML, and Eleventy's multi-line quotes", () => {
    const jekyll = page("release/jekyll-post/index.html");
    expect(jekyll("h1").text()).toBe("A post written for Jekyll");
    expect(jekyll(".article__byline time").first().attr("datetime")).toBe("2024-03-01T08:00:00.000Z");
    expect(page("news/hugo-toml/index.html")(".article__standfirst").text()).toBe("TOML front matter between +++ lines.");
    expect(page("news/eleventy-post/index.html")(".article__standfirst").text()).toBe("first line more words on a line that starts at column 0");
    expect(page("notes/a-jekyll-file-name/index.html")(".article__byline time").first().attr("datetime")).toBe("2023-12-24T00:00:00.000Z");
    expect(files.some((file) => file.includes("unpublished") || file.includes("should-not-exist"))).toBe(false);
  });

  it("links every author on the byline to one page per person, whatever the spelling", () => {
    const $ = page("news/hugo-toml/index.html");
    expect($(".article__author").text()).toBe("By Parker Moore and Ann Lee");
    expect($(".article__author a").map((_, a) => $(a).attr("href")).get()).toEqual(["/site/authors/parker-moore/", "/site/authors/ann-lee/"]);
    // parkr, Parker Moore and parker moore are one person, shown as the record names them.
    const parker = page("authors/parker-moore/index.html");
    expect(parker("h1").text()).toBe("Author Parker Moore");
    expect(parker(".card").length).toBe(3);
    expect(parker(".list__bio").text()).toBe("Maintains the generator this site moved from.");
    expect(parker('.list__link a[rel="me"]').attr("href")).toBe("https://example.org/parkr");
    expect(parker(".list__avatar").attr("src")).toBe("/site/img/parkr.svg");
    expect(files).toContain("img/parkr.svg");
    expect(files.filter((file) => file.startsWith("authors/")).some((file) => /parkr|parker-moore-2/.test(file))).toBe(false);
  });

  it("paginates an author's articles and gives each author feeds, listed on /authors/", () => {
    expect(files).toEqual(
      expect.arrayContaining(["authors/index.html", "authors/ann-lee/index.html", "authors/ann-lee/page/2/index.html", "authors/ann-lee/feed.xml", "authors/ann-lee/feed.json"]),
    );
    expect(page("authors/ann-lee/page/2/index.html")(".card").length).toBe(23 - 20);
    const index = page("authors/index.html");
    expect(index(".term-list li").map((_, li) => index(li).text().replace(/\s+/g, " ")).get()).toEqual(["Ann Lee 23", "Parker Moore 3"]);
    const feed = cheerio.load(read("authors/ann-lee/feed.xml"), { xml: true });
    expect(feed("entry").length).toBe(20);
    // Every entry of Ann Lee's feed names her, with her page.
    feed("entry").each((_, entry) => {
      expect(feed(entry).find("author uri").map((_, uri) => feed(uri).text()).get()).toContain(`${ORIGIN}/site/authors/ann-lee/`);
    });
  });

  it("shows the lead image under the header and gives its absolute address to sharing cards, JSON-LD and feeds", () => {
    const $ = page("release/jekyll-post/index.html");
    expect($(".article__header + .article__lead img").attr("src")).toBe("/site/news/img/lead.svg");
    expect($(".article__lead img").attr("alt")).toBe("A blue-grey rectangle");
    expect($(".article__lead figcaption").text()).toBe("The lead picture Image: Drawn for the fixture");
    expect(files).toContain("news/img/lead.svg");
    const absolute = `${ORIGIN}/site/news/img/lead.svg`;
    expect($('meta[property="og:image"]').attr("content")).toBe(absolute);
    expect($('meta[name="twitter:image"]').attr("content")).toBe(absolute);
    expect($('meta[name="twitter:card"]').attr("content")).toBe("summary_large_image");
    const jsonLd = JSON.parse($('script[type="application/ld+json"]').text()) as [{ image: string[]; author: { name: string; url: string }[] }];
    expect(jsonLd[0].image).toEqual([absolute]);
    expect(jsonLd[0].author).toEqual([{ "@type": "Person", name: "Parker Moore", url: `${ORIGIN}/site/authors/parker-moore/` }]);
    const atom = cheerio.load(read("feed.xml"), { xml: true });
    expect(atom('entry link[rel="enclosure"]').map((_, link) => atom(link).attr("href")).get()).toEqual(expect.arrayContaining([absolute, "https://images.example.org/cover.jpg"]));
    const json = JSON.parse(read("feed.json")) as { items: { url: string; image?: string }[] };
    expect(json.items.find((item) => item.url.endsWith("/release/jekyll-post/"))?.image).toBe(absolute);
    // A cover on another host is used as it is.
    expect(page("news/eleventy-post/index.html")(".article__lead img").attr("src")).toBe("https://images.example.org/cover.jpg");
    expect(page("news/hugo-toml/index.html")('meta[name="twitter:card"]').attr("content")).toBe("summary");
  });

  it("writes a page at each old address that sends readers on, and a _redirects file", () => {
    expect(files).toEqual(expect.arrayContaining(["news/2024/03/01/jekyll-post/index.html", "posts/old-hugo/index.html", "2024/02/hugo.html", "_redirects"]));
    const $ = page("posts/old-hugo/index.html");
    expect($('meta[http-equiv="refresh"]').attr("content")).toBe("0; url=/site/news/hugo-toml/");
    expect($('link[rel="canonical"]').attr("href")).toBe(`${ORIGIN}/site/news/hugo-toml/`);
    expect($('a[href="/site/news/hugo-toml/"]').text()).toBe("A post written for Hugo");
    expect($('meta[name="robots"]').attr("content")).toBe("noindex");
    expect(read("_redirects").split("\n").filter((line) => !line.startsWith("#") && line)).toEqual([
      "/site/2024/02/hugo.html /site/news/hugo-toml/ 301",
      "/site/news/2024/03/01/jekyll-post/ /site/release/jekyll-post/ 301",
      "/site/posts/old-hugo/ /site/news/hugo-toml/ 301",
    ]);
    // Redirect pages are not pages to index.
    expect(read("sitemap.xml")).not.toContain("old-hugo");
  });
});

describe("builds of migrated articles that must stop", () => {
  it("reports a local lead image that does not exist with the broken links", async () => {
    const articles = copyOfFixture();
    fs.writeFileSync(path.join(articles, "news", "missing-image.md"), "---\ntitle: Missing\ndate: 2024-01-01\nimage: img/nowhere.jpg\nimage_alt: Nothing\n---\nx\n");
    const build = await buildSite({ articles });
    expect(build.code).toBe(1);
    const shown = path.relative(PROJECT_ROOT, articles);
    expect(build.stderr).toContain(`error: ${shown}/news/missing-image.md: link "/news/img/nowhere.jpg" points to a page or file that does not exist`);
    expect(fs.existsSync(build.output)).toBe(false);
  });

  it("refuses an old address that is another article's page, naming both files", async () => {
    const articles = copyOfFixture();
    fs.writeFileSync(path.join(articles, "news", "taker.md"), "---\ntitle: Taker\ndate: 2024-01-01\naliases: [/news/eleventy-post/]\n---\nx\n");
    const build = await buildSite({ articles });
    expect(build.code).toBe(1);
    const shown = path.relative(PROJECT_ROOT, articles);
    expect(build.stderr).toContain(`error: ${shown}/news/taker.md: aliases: /news/eleventy-post/ is the address of ${shown}/news/eleventy-post.md (remove it from the old addresses)`);
    expect(build.stderr).toMatch(/Build stopped: 1 error and 3 warnings in the articles above\./);
  });

  it("names the records file and the entry of a mistake in it", async () => {
    const articles = copyOfFixture();
    fs.writeFileSync(path.join(articles, "authors.yml"), "parkr:\n  link: ftp://example.org/\n");
    const build = await buildSite({ articles });
    expect(build.code).toBe(1);
    const shown = path.relative(PROJECT_ROOT, articles);
    expect(build.stderr).toContain(`error: ${shown}/authors.yml: parkr: link: "ftp://example.org/" is not a web address (write link: https://example.org/me)`);
  });
});
