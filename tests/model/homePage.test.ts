// The front page's structure: a lead story with a picture, the next stories, then each section's newest
// articles not already shown above.
import { describe, expect, it } from "vitest";
import { buildCatalog } from "../../src/content/buildCatalog.ts";
import type { ParsedArticle } from "../../src/content/parseArticle.ts";
import { buildSiteModel } from "../../src/model/buildSiteModel.ts";
import { site as defaults } from "../../src/site.ts";

const site = { ...defaults, pageSize: { home: 3, homePerCategory: 2, list: 20 } };

function article(slug: string, category: string, day: number, image = false): ParsedArticle {
  return {
    title: slug,
    sourcePath: `articles/${category}/${slug}.md`,
    relativePath: `${category}/${slug}.md`,
    slug,
    date: new Date(Date.UTC(2025, 0, day)),
    updated: undefined,
    categoryName: category,
    tagNames: [],
    authorNames: [],
    aliases: [],
    keywords: [],
    data: {},
    lang: "en",
    draft: false,
    ...(image ? { image: { src: `/${category}/img/${slug}.jpg`, alt: "x", caption: undefined, credit: undefined } } : {}),
    body: "b",
  };
}
const home = (articles: ParsedArticle[]) =>
  buildSiteModel(buildCatalog(articles, { now: new Date("2026-01-01T00:00:00Z"), includeUnpublished: false, language: "en", summarize: () => "" }), site, (list) => list.map(() => []))
    .home;
const slugs = (list: { slug: string }[]) => list.map((a) => a.slug);

describe("the front page", () => {
  it("leads with the newest story that has a picture, then the other latest stories", () => {
    const page = home([article("e1", "economy", 9), article("s1", "science", 8, true), article("e2", "economy", 7, true), article("s2", "science", 1)]);
    expect(page.lead?.slug).toBe("s1");
    expect(slugs(page.top)).toEqual(["e1", "e2"]);
  });

  it("leads with the newest story when none of the latest has a picture", () => {
    expect(home([article("a", "economy", 2), article("b", "economy", 1)]).lead?.slug).toBe("a");
  });

  it("fills each section with its newest articles not shown above, and leaves out sections with none left", () => {
    const page = home([
      article("e1", "economy", 9),
      article("e2", "economy", 8),
      article("s1", "science", 7),
      article("e3", "economy", 6),
      article("e4", "economy", 5),
      article("e5", "economy", 4),
    ]);
    expect(page.sections.map((section) => [section.category.name, slugs(section.articles), section.total])).toEqual([["economy", ["e3", "e4"], 5]]);
  });

  it("has no lead on a site without articles", () => {
    expect(home([])).toEqual({ lead: undefined, top: [], sections: [] });
  });
});
