// Which pages an incremental build takes from the previous output: those whose inputs are the same.
import { describe, expect, it } from "vitest";
import { buildCatalog } from "../../src/content/buildCatalog.ts";
import type { ParsedArticle } from "../../src/content/parseArticle.ts";
import type { ImageTable } from "../../src/images/types.ts";
import { buildSiteModel, type SiteModel } from "../../src/model/buildSiteModel.ts";
import { pageFingerprints } from "../../src/model/pageFingerprints.ts";
import { relatedForArticles } from "../../src/model/relatedForArticles.ts";
import { reusePages, type PageRecord } from "../../src/model/reusePages.ts";
import { site } from "../../src/site.ts";
import { parsedArticle } from "../support/parsedArticle.ts";

const article = (slug: string, category: string, tags: string[]) => parsedArticle(slug, category, tags, { body: `Body of ${slug}.` });

const model = (articles: ParsedArticle[]): SiteModel =>
  buildSiteModel(
    buildCatalog(articles, { now: new Date("2026-01-01T00:00:00Z"), includeUnpublished: true, language: "en", summarize: () => "" }),
    site,
    (articles) => relatedForArticles(articles, 3),
  );

const NO_IMAGES: ImageTable = new Map();

const SITE = [
  article("a", "economy", ["trade"]),
  article("b", "economy", ["trade", "rail"]),
  article("c", "science", ["energy"]),
  article("d", "science", ["energy", "rail"]),
  article("e", "travel", ["food"]),
];

/** What the build before recorded, as if it had published `before`; `links`: article files each page's body looked up. */
function recordsOf(before: SiteModel, links: Record<string, PageRecord["links"]> = {}): Map<string, PageRecord> {
  return new Map([...pageFingerprints(before, NO_IMAGES)].map(([file, fingerprint]) => [file, { fingerprint, links: links[file] ?? [] }]));
}

function plan(before: SiteModel, after: SiteModel, options: { links?: Record<string, PageRecord["links"]>; intact?: (file: string) => boolean } = {}) {
  const urls = new Map(after.articles.map((item) => [item.relativePath, item.url]));
  return reusePages(after, pageFingerprints(after, NO_IMAGES), recordsOf(before, options.links), {
    articleUrl: (file) => urls.get(file),
    intact: options.intact ?? (() => true),
  });
}

const rendered = (pages: SiteModel) => [
  ...pages.articlePages.map((page) => page.article.url),
  ...[...pages.categoryPages, ...pages.tagPages, ...pages.authorPages].map((page) => page.url),
  ...pages.redirects.map((redirect) => redirect.from),
];

describe("reusePages", () => {
  it("takes every page when nothing changed, and renders none of them", () => {
    const result = plan(model(SITE), model(SITE));
    expect(rendered(result.pages)).toEqual([]);
    expect(result.reused).toContain("economy/a/index.html");
    expect(result.reused).toContain("tags/trade/index.html");
  });

  it("renders the edited article, the pages that list it and those whose related links show it", () => {
    const before = model(SITE);
    const after = model(SITE.map((item) => (item.slug === "e" ? { ...item, body: "New body." } : item)));
    const result = plan(before, after);
    // e shares no tag and no section with the others: only its page and its lists show it.
    expect(rendered(result.pages).sort()).toEqual(["/tags/food/", "/travel/", "/travel/e/"]);
    const withRelated = plan(before, model(SITE.map((item) => (item.slug === "a" ? { ...item, title: "New title" } : item))));
    expect(rendered(withRelated.pages)).toEqual(expect.arrayContaining(["/economy/a/", "/economy/b/", "/economy/", "/tags/trade/"]));
    expect(rendered(withRelated.pages)).not.toContain("/travel/e/");
  });

  it("renders every page when the sections in the header change", () => {
    const after = model([...SITE, article("f", "culture", [])]);
    const result = plan(model(SITE), after);
    expect(result.reused).toEqual([]);
  });

  it("renders a page whose body links to an article that moved, though nothing else of it changed", () => {
    const before = model(SITE);
    const after = model(SITE.map((item) => (item.slug === "e" ? { ...item, slug: "e-moved" } : item)));
    const links = { "science/c/index.html": [["travel/e.md", "/travel/e/"]] as PageRecord["links"] };
    expect(rendered(plan(before, after, { links }).pages)).toContain("/science/c/");
    expect(rendered(plan(before, after).pages)).not.toContain("/science/c/");
  });

  it("renders a page whose file in the previous output is not the one that build wrote", () => {
    const result = plan(model(SITE), model(SITE), { intact: (file) => file !== "science/d/index.html" });
    expect(rendered(result.pages)).toEqual(["/science/d/"]);
  });

  it("gives each page its own fingerprint, and the same again for the same model", () => {
    const first = pageFingerprints(model(SITE), NO_IMAGES);
    expect(pageFingerprints(model(SITE), NO_IMAGES)).toEqual(first);
    expect(new Set(first.values()).size).toBe(first.size);
    const images: ImageTable = new Map([["/economy/img/a.png", { width: 10, height: 10, format: "png", bytes: 1 } as never]]);
    expect(pageFingerprints(model(SITE), images).get("economy/a/index.html")).not.toBe(first.get("economy/a/index.html"));
  });
});
