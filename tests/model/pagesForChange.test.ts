import { describe, expect, it } from "vitest";
import { buildCatalog } from "../../src/content/buildCatalog.ts";
import type { ParsedArticle } from "../../src/content/parseArticle.ts";
import { buildSiteModel } from "../../src/model/buildSiteModel.ts";
import { pagesForChange } from "../../src/model/pagesForChange.ts";
import { relatedForArticles } from "../../src/model/relatedForArticles.ts";
import { site } from "../../src/site.ts";
import { parsedArticle } from "../support/parsedArticle.ts";

const article = (slug: string, category: string, tags: string[], title = `Title ${slug}`) => parsedArticle(slug, category, tags, { title });
const model = (articles: ParsedArticle[]) =>
  buildSiteModel(buildCatalog(articles, { now: new Date("2026-01-01T00:00:00Z"), includeUnpublished: true, language: "en", summarize: () => "" }), site, (list) => list.map(() => []));

const corpus = [article("a", "economy", ["trade", "tax"]), article("b", "economy", ["trade"]), article("c", "science", ["space"])];

describe("pagesForChange", () => {
  it("keeps the changed article's page and the lists it appears in, before and after the change", () => {
    const previous = model(corpus);
    const next = model([article("a", "economy", ["trade", "ports"], "New title"), corpus[1]!, corpus[2]!]);
    const narrowed = pagesForChange(previous, next, new Set(["economy/a.md"]))!;
    expect(narrowed.articlePages.map((page) => page.article.title)).toEqual(["New title"]);
    expect(narrowed.categoryPages.map((page) => page.url)).toEqual(["/economy/"]);
    expect(narrowed.tagPages.map((page) => page.url).sort()).toEqual(["/tags/ports/", "/tags/trade/"]);
    // The home page and the term indexes are always rendered from the full model.
    expect(narrowed.home).toBe(next.home);
    expect(narrowed.categories).toBe(next.categories);
  });

  it("re-renders only the list pages showing an article that kept its date, category and tags", () => {
    const many = Array.from({ length: 45 }, (_, i) => ({ ...article(`n${i}`, "economy", ["trade"]), date: new Date(Date.UTC(2025, 0, 1 + i)) }));
    const previous = model(many);
    // n0 is the oldest: last on the lists (page 3 of 3 at 20 a page).
    const edited = model([{ ...many[0]!, title: "Edited" }, ...many.slice(1)]);
    const narrowed = pagesForChange(previous, edited, new Set(["economy/n0.md"]))!;
    expect(narrowed.articlePages.map((page) => page.article.title)).toEqual(["Edited"]);
    expect(narrowed.categoryPages.map((page) => page.url)).toEqual(["/economy/page/3/"]);
    expect(narrowed.tagPages.map((page) => page.url)).toEqual(["/tags/trade/page/3/"]);
    // A new date moves it to the top: every page of its lists changes.
    const redated = model([{ ...many[0]!, date: new Date(Date.UTC(2025, 5, 1)) }, ...many.slice(1)]);
    const moved = pagesForChange(previous, redated, new Set(["economy/n0.md"]))!;
    expect(moved.categoryPages.map((page) => page.url)).toEqual(["/economy/", "/economy/page/2/", "/economy/page/3/"]);
    expect(moved.tagPages).toHaveLength(3);
  });

  it("re-renders the article pages whose related links show the saved article or changed", () => {
    const withRelated = (articles: ParsedArticle[]) =>
      buildSiteModel(
        buildCatalog(articles, { now: new Date("2026-01-01T00:00:00Z"), includeUnpublished: true, language: "en", summarize: () => "" }),
        site,
        (list) => relatedForArticles(list, 10),
      );
    const three = [article("a", "economy", ["trade"]), article("b", "economy", ["trade"]), article("c", "science", ["space"])];
    const previous = withRelated(three);
    // b's title changed: a's related list shows b, c's does not.
    const retitled = pagesForChange(previous, withRelated([three[0]!, { ...three[1]!, title: "B again" }, three[2]!]), new Set(["economy/b.md"]))!;
    expect(retitled.articlePages.map((page) => page.article.slug).sort()).toEqual(["a", "b"]);
    // c now shares a tag with a and b: their related lists change too.
    const retagged = pagesForChange(previous, withRelated([three[0]!, three[1]!, { ...three[2]!, tagNames: ["space", "trade"] }]), new Set(["science/c.md"]))!;
    expect(retagged.articlePages.map((page) => page.article.slug).sort()).toEqual(["a", "b", "c"]);
  });

  it("asks for a full build when an article appears, disappears or moves", () => {
    const previous = model(corpus);
    expect(pagesForChange(previous, model([...corpus, article("d", "science", [])]), new Set(["science/d.md"]))).toBeUndefined();
    expect(pagesForChange(previous, model(corpus.slice(1)), new Set(["economy/a.md"]))).toBeUndefined();
    const moved = { ...article("a", "science", ["trade"]), relativePath: "economy/a.md" };
    expect(pagesForChange(previous, model([moved, corpus[1]!, corpus[2]!]), new Set(["economy/a.md"]))).toBeUndefined();
    expect(pagesForChange(previous, previous, new Set())).toBeUndefined();
  });
});
