import { describe, expect, it } from "vitest";
import { relatedForArticles, rememberingRelatedForArticles } from "../../src/model/relatedForArticles.ts";
import type { Article } from "../../src/content/types.ts";

function article(slug: string, tags: string[], day: number, title = slug, category = "economy"): Article {
  return {
    sourcePath: `articles/economy/${slug}.md`,
    relativePath: `economy/${slug}.md`,
    slug,
    url: `/economy/${slug}/`,
    title,
    description: "",
    descriptionFromBody: false,
    date: new Date(Date.UTC(2025, 0, day)),
    updated: undefined,
    authors: [],
    aliases: [],
    keywords: [],
    data: {},
    category: { key: category, slug: category, name: category },
    tags: tags.map((tag) => ({ key: tag, slug: tag, name: tag })),
    lang: "en",
    draft: false,
    body: "",
  };
}

const site = (titles: Record<string, string> = {}, extraTag?: string) => [
  article("a", ["tax", "trade"], 1, titles.a),
  article("b", ["tax", "trade"], 2, titles.b),
  article("c", ["tax"], 3, titles.c),
  article("d", extraTag ? ["ports", extraTag] : ["ports"], 4, titles.d, "world"),
];
const slugs = (lists: Article[][]) => lists.map((list) => list.map((a) => a.slug));

describe("relatedForArticles", () => {
  it("gives each article the articles sharing its tags, best first, as article objects", () => {
    const articles = site();
    const lists = relatedForArticles(articles, 10);
    expect(slugs(lists)).toEqual([["b", "c"], ["a", "c"], ["b", "a"], []]);
    expect(lists[0]![0]).toBe(articles[1]);
  });
});

describe("rememberingRelatedForArticles", () => {
  it("answers like relatedForArticles, with the new build's article objects", () => {
    const related = rememberingRelatedForArticles(10);
    expect(slugs(related(site()))).toEqual(slugs(relatedForArticles(site(), 10)));
    // Same tags and dates, new titles (a saved article): the lists hold the new objects.
    const edited = site({ b: "B, edited" });
    const lists = related(edited);
    expect(slugs(lists)).toEqual([["b", "c"], ["a", "c"], ["b", "a"], []]);
    expect(lists[0]![0]).toBe(edited[1]);
    expect(lists[0]![0]!.title).toBe("B, edited");
  });

  it("computes again when tags change", () => {
    const related = rememberingRelatedForArticles(10);
    related(site());
    expect(slugs(related(site({}, "tax")))).toEqual(slugs(relatedForArticles(site({}, "tax"), 10)));
    expect(related(site({}, "tax"))[3]!.length).toBeGreaterThan(0);
  });
});
