import { describe, expect, it } from "vitest";
import { buildCatalog } from "../../src/content/buildCatalog.ts";
import type { ParsedArticle } from "../../src/content/parseArticle.ts";
import { buildSiteModel } from "../../src/model/buildSiteModel.ts";
import { absoluteImageUrl } from "../../src/publish/structuredData.ts";
import { feedsFor, jsonFeed } from "../../src/publish/feeds.ts";
import { redirectsFile } from "../../src/publish/redirectsFile.ts";
import { site } from "../../src/site.ts";

const parsed = (slug: string, overrides: Partial<ParsedArticle> = {}): ParsedArticle => ({
  sourcePath: `articles/economy/${slug}.md`,
  relativePath: `economy/${slug}.md`,
  slug,
  title: slug,
  description: "d",
  date: new Date("2025-01-01T00:00:00Z"),
  updated: undefined,
  categoryName: "Economy",
  tagNames: [],
  authorNames: [],
  aliases: [],
  keywords: [],
  data: {},
  lang: "en",
  draft: false,
  body: "",
  ...overrides,
});
const model = (articles: ParsedArticle[]) =>
  buildSiteModel(buildCatalog(articles, { now: new Date("2026-01-01T00:00:00Z"), includeUnpublished: false, language: "en", summarize: () => "" }), site, (list) =>
    list.map(() => []),
  );
const absolute = (path: string) => `https://example.org/news${path}`;

describe("feeds", () => {
  it("has a feed per author beside the site's and each category's", () => {
    const feeds = feedsFor(model([parsed("a", { authorNames: ["Ann Lee", "Bo"] }), parsed("b", { authorNames: ["ann lee"] })]), site);
    expect(feeds.map((feed) => [feed.atomUrl, feed.jsonUrl, feed.articles.length, feed.fullText])).toEqual([
      ["/feed.xml", "/feed.json", 2, true],
      ["/economy/feed.xml", "/economy/feed.json", 2, true],
      // Summaries only: a site has many authors, and every whole article in a feed is a body rendered.
      ["/authors/ann-lee/feed.xml", "/authors/ann-lee/feed.json", 2, false],
      ["/authors/bo/feed.xml", "/authors/bo/feed.json", 1, false],
    ]);
    expect(feeds[2]!.title).toBe(`Ann Lee · ${site.name}`);
  });

  it("names every author with their page, and the lead image by its absolute address, in the JSON feed", () => {
    const image = { src: "/economy/img/a.jpg", alt: "A", caption: undefined, credit: undefined };
    const [feed] = feedsFor(model([parsed("a", { authorNames: ["Ann Lee", "Bo"], image })]), site);
    // The build passes the image as shared (a sized variant, src/images/articleImages.ts); here, the file itself.
    const imageUrl = (article: { image?: { src: string } }) => (article.image ? absoluteImageUrl(article.image.src, absolute) : undefined);
    const json = jsonFeed(feed!, site, absolute, new Map(), imageUrl) as { items: { authors: unknown; image: unknown }[] };
    expect(json.items[0]!.authors).toEqual([
      { name: "Ann Lee", url: "https://example.org/news/authors/ann-lee/" },
      { name: "Bo", url: "https://example.org/news/authors/bo/" },
    ]);
    expect(json.items[0]!.image).toBe("https://example.org/news/economy/img/a.jpg");
  });

  it("gives whole articles in the site's and categories' feeds, summaries in authors'", () => {
    const feeds = feedsFor(model([parsed("a", { authorNames: ["Ann Lee"], description: "The summary." })]), site);
    const items = (i: number) => (jsonFeed(feeds[i]!, site, absolute, new Map([[feeds[i]!.articles[0]!, "<p>Whole.</p>"]])) as { items: object[] }).items;
    expect(items(0)[0]).toMatchObject({ content_html: "<p>Whole.</p>" });
    expect(items(2)[0]).toMatchObject({ content_text: "The summary." });
    expect(items(2)[0]).not.toHaveProperty("content_html");
  });
});

describe("redirectsFile", () => {
  it("lists every old address with its new one, under the path prefix and percent-encoded", () => {
    const { redirects } = model([parsed("a", { aliases: ["/old/a/", "/旧/a b.html"] })]);
    expect(redirectsFile(redirects, "/news/").split("\n")).toEqual([
      "# Old addresses of articles (aliases: and redirect_from: in their front matter).",
      "/news/old/a/ /news/economy/a/ 301",
      "/news/%E6%97%A7/a%20b.html /news/economy/a/ 301",
      "",
    ]);
  });
});
