import { describe, expect, it } from "vitest";
import type { Article } from "../../src/content/types.ts";
import { absoluteImageUrl, articleStructuredData, serializeJsonLd } from "../../src/publish/structuredData.ts";
import { site } from "../../src/site.ts";

const article: Article = {
  sourcePath: "articles/economy/x.md",
  relativePath: "economy/x.md",
  slug: "x",
  url: "/economy/x/",
  title: "Tax </script><script>alert(1)</script>",
  description: "d",
  descriptionFromBody: false,
  date: new Date("2025-03-14T00:00:00Z"),
  updated: undefined,
  authors: [{ key: "ann", slug: "ann", name: "Ann", bio: undefined, link: undefined, avatar: undefined }],
  aliases: [],
  keywords: [],
  data: {},
  category: { key: "economy", slug: "economy", name: "Economy" },
  tags: [{ key: "tax", slug: "tax", name: "Tax" }],
  lang: "en",
  draft: false,
  body: "",
};
const absolute = (path: string) => `https://example.org/news${path}`;

describe("structured data", () => {
  it("describes an article as a NewsArticle with a breadcrumb", () => {
    const [news, crumbs] = articleStructuredData(article, "/economy/", site, absolute) as [Record<string, unknown>, { itemListElement: unknown[] }];
    expect(news).toMatchObject({
      "@type": "NewsArticle",
      headline: article.title,
      datePublished: "2025-03-14T00:00:00.000Z",
      dateModified: "2025-03-14T00:00:00.000Z",
      author: [{ "@type": "Person", name: "Ann", url: "https://example.org/news/authors/ann/" }],
      mainEntityOfPage: { "@id": "https://example.org/news/economy/x/" },
    });
    expect(crumbs.itemListElement).toEqual([
      { "@type": "ListItem", position: 1, name: site.name, item: "https://example.org/news/" },
      { "@type": "ListItem", position: 2, name: "Economy", item: "https://example.org/news/economy/" },
      { "@type": "ListItem", position: 3, name: article.title, item: "https://example.org/news/economy/x/" },
    ]);
  });

  it("gives the lead image's absolute address and the keywords beside the tags", () => {
    // The build passes the image as shared (a sized variant); here, the file's own address.
    const withImage = (src: string) =>
      articleStructuredData(
        { ...article, image: { src, alt: "A", caption: undefined, credit: undefined }, keywords: ["Tax", "Budget"] },
        "/economy/",
        site,
        absolute,
        absoluteImageUrl(src, absolute),
      )[0] as {
        image: string[];
        keywords: string[];
      };
    expect(withImage("/economy/img/a.jpg").image).toEqual(["https://example.org/news/economy/img/a.jpg"]);
    expect(withImage("https://cdn.example.org/a.jpg").image).toEqual(["https://cdn.example.org/a.jpg"]);
    expect(withImage("/a.jpg").keywords).toEqual(["Tax", "Budget"]);
    expect((articleStructuredData(article, "/economy/", site, absolute)[0] as { image?: unknown }).image).toBeUndefined();
  });

  it("serializes so that no text can close the script element", () => {
    const json = serializeJsonLd(articleStructuredData(article, "/economy/", site, absolute));
    expect(json).not.toMatch(/<|>/);
    expect((JSON.parse(json) as { headline: string }[])[0]!.headline).toBe(article.title);
  });
});
