import { describe, expect, it } from "vitest";
import { buildCatalog } from "../../src/content/buildCatalog.ts";
import type { ParsedArticle } from "../../src/content/parseArticle.ts";
import { formatProblem } from "../../src/content/problems.ts";
import { parsedArticle } from "../support/parsedArticle.ts";

let counter = 0;
function parsed({ folder = "economy", ...overrides }: Partial<ParsedArticle> & { folder?: string }): ParsedArticle {
  const slug = overrides.slug ?? `article-${++counter}`;
  return parsedArticle(slug, folder, [], { title: `Title of ${slug}`, description: "A description.", categoryName: "Economy", body: "Body.", ...overrides });
}

const options = {
  now: new Date("2026-01-01T00:00:00Z"),
  includeUnpublished: false,
  language: "en",
  summarize: () => "summary from the body",
};

describe("buildCatalog", () => {
  it("merges tags that differ in case or spacing and shows the most used spelling", () => {
    const catalog = buildCatalog(
      [
        parsed({ tagNames: ["Service Mesh"] }),
        parsed({ tagNames: ["Service mesh"] }),
        parsed({ tagNames: ["Service mesh"] }),
      ],
      options,
    );
    expect(catalog.tags.map((group) => [group.term.name, group.term.slug, group.articles.length])).toEqual([["Service mesh", "service-mesh", 3]]);
    expect(new Set(catalog.articles.map((a) => a.tags[0]))).toHaveLength(1);
  });

  it("gives C++, C# and c three tag pages", () => {
    const catalog = buildCatalog([parsed({ tagNames: ["C++", "C#", "c"] })], options);
    expect(catalog.tags.map((group) => group.term.slug).sort()).toEqual(["c", "c-plus-plus", "c-sharp"]);
  });

  it("keeps Chinese characters in tag slugs", () => {
    const catalog = buildCatalog([parsed({ tagNames: ["人工智能"] })], options);
    expect(catalog.tags[0]!.term.slug).toBe("人工智能");
  });

  it("leaves drafts and scheduled articles out of a production build, counting them", () => {
    const catalog = buildCatalog(
      [
        parsed({ slug: "live", tagNames: ["only-live"] }),
        parsed({ slug: "draft", draft: true, tagNames: ["only-draft"] }),
        parsed({ slug: "future", date: new Date("2027-01-01T00:00:00Z"), tagNames: ["only-future"] }),
      ],
      options,
    );
    expect(catalog.articles.map((a) => a.slug)).toEqual(["live"]);
    expect(catalog.tags.map((g) => g.term.name)).toEqual(["only-live"]);
    expect(catalog.skipped).toEqual({ drafts: 1, scheduled: 1 });
  });

  it("shows drafts and scheduled articles in the dev server", () => {
    const catalog = buildCatalog(
      [parsed({ slug: "draft", draft: true }), parsed({ slug: "future", date: new Date("2027-01-01T00:00:00Z") })],
      { ...options, includeUnpublished: true },
    );
    expect(catalog.articles.map((a) => a.slug).sort()).toEqual(["draft", "future"]);
  });

  it("orders articles newest first, then by address", () => {
    const catalog = buildCatalog(
      [
        parsed({ slug: "b", date: new Date("2025-01-01T00:00:00Z") }),
        parsed({ slug: "a", date: new Date("2025-01-01T00:00:00Z") }),
        parsed({ slug: "c", date: new Date("2025-02-01T00:00:00Z") }),
      ],
      options,
    );
    expect(catalog.articles.map((a) => a.slug)).toEqual(["c", "a", "b"]);
  });

  it("builds addresses from category and slug and summarizes articles without a description", () => {
    const catalog = buildCatalog([parsed({ slug: "rates", categoryName: "World News", description: undefined })], options);
    expect(catalog.articles[0]).toMatchObject({ url: "/world-news/rates/", description: "summary from the body" });
    expect(catalog.categories[0]!.term).toEqual({ key: "world news", slug: "world-news", name: "World News" });
  });

  it("names both files when two articles want one address", () => {
    const catalog = buildCatalog(
      [parsed({ slug: "rates", folder: "economy" }), parsed({ slug: "rates", folder: "Economy", sourcePath: "articles/Economy/rates.md" })],
      options,
    );
    expect(catalog.problems.map(formatProblem)).toEqual([
      "articles/Economy/rates.md: slug: the address /economy/rates/ is also used by articles/economy/rates.md (give one of them another slug:)",
      "articles/economy/rates.md: slug: the address /economy/rates/ is also used by articles/Economy/rates.md (give one of them another slug:)",
    ]);
  });

  it("refuses categories that would take the site's own pages", () => {
    const catalog = buildCatalog(
      [parsed({ categoryName: "Tags", folder: "tags" }), parsed({ categoryName: "tags", folder: "tags" })],
      options,
    );
    expect(catalog.problems).toHaveLength(1);
    expect(formatProblem(catalog.problems[0]!)).toMatch(
      /^articles\/tags\/article-\d+\.md: category: "(Tags|tags)" would take the site's own address \/tags\/ \(rename the folder or set another category:; 1 more article in it\)$/,
    );
  });
});

describe("buildCatalog: Jekyll file names", () => {
  it("keeps the dates in the addresses of posts named alike on different days, and only theirs", () => {
    const catalog = buildCatalog(
      [
        parsed({ slug: "weekly", datedSlug: "2019-01-01-weekly", sourcePath: "articles/economy/2019-01-01-weekly.md" }),
        parsed({ slug: "weekly", datedSlug: "2019-01-08-weekly", sourcePath: "articles/economy/2019-01-08-weekly.md" }),
        parsed({ slug: "monthly", datedSlug: "2019-01-01-monthly" }),
      ],
      options,
    );
    expect(catalog.problems).toEqual([]);
    expect(catalog.articles.map((a) => a.url).sort()).toEqual(["/economy/2019-01-01-weekly/", "/economy/2019-01-08-weekly/", "/economy/monthly/"]);
    expect(catalog.articles.every((a) => !("datedSlug" in a))).toBe(true);
  });
});

describe("buildCatalog: authors", () => {
  it("gives one person one author page, whatever the spelling, named as most articles spell it", () => {
    const catalog = buildCatalog(
      [
        parsed({ authorNames: ["Mara Lindqvist"] }),
        parsed({ authorNames: ["mara  lindqvist", "Tom Berg"] }),
        parsed({ authorNames: ["Mara Lindqvist"] }),
      ],
      options,
    );
    expect(catalog.authors.map((group) => [group.term.name, group.term.slug, group.articles.length])).toEqual([
      ["Mara Lindqvist", "mara-lindqvist", 3],
      ["Tom Berg", "tom-berg", 1],
    ]);
    expect(catalog.articles.find((a) => a.authors.length === 2)!.authors.map((a) => a.name)).toEqual(["Mara Lindqvist", "Tom Berg"]);
  });

  it("finds a person's record by its key or its name, and shows the record's name and profile", () => {
    const catalog = buildCatalog([parsed({ authorNames: ["parkr"] }), parsed({ authorNames: ["Parker Moore"] }), parsed({ authorNames: ["PARKR", "parkr"] })], {
      ...options,
      authorRecords: [{ id: "parkr", name: "Parker Moore", bio: "Maintains Jekyll.", link: "https://example.org/p", avatar: "/img/p.jpg" }],
    });
    expect(catalog.authors).toHaveLength(1);
    expect(catalog.authors[0]!.term).toEqual({ key: "parkr", slug: "parker-moore", name: "Parker Moore", bio: "Maintains Jekyll.", link: "https://example.org/p", avatar: "/img/p.jpg" });
    expect(catalog.articles.map((a) => a.authors.length)).toEqual([1, 1, 1]);
  });
});

describe("buildCatalog: old addresses", () => {
  it("lists a redirect for each old address of an article shown", () => {
    const catalog = buildCatalog(
      [parsed({ slug: "moved", aliases: ["/old/moved/", "/old/moved.html"] }), parsed({ slug: "hidden", draft: true, aliases: ["/old/hidden/"] })],
      options,
    );
    expect(catalog.problems).toEqual([]);
    expect(catalog.redirects.map((r) => [r.from, r.article.url])).toEqual([
      ["/old/moved/", "/economy/moved/"],
      ["/old/moved.html", "/economy/moved/"],
    ]);
  });

  it("refuses an old address that is an existing page, naming both files", () => {
    const catalog = buildCatalog(
      [parsed({ slug: "here" }), parsed({ slug: "mover", aliases: ["/economy/here/", "/economy/", "/tags/x/", "/economy/page/2/"], tagNames: ["x"] })],
      options,
    );
    expect(catalog.problems.map(formatProblem)).toEqual([
      expect.stringMatching(/^articles\/economy\/mover\.md: aliases: \/economy\/here\/ is the address of articles\/economy\/here\.md \(remove it from the old addresses\)$/),
      "articles/economy/mover.md: aliases: /economy/ is the page of the section Economy (remove it from the old addresses)",
      "articles/economy/mover.md: aliases: /tags/x/ is the page of the topic x (remove it from the old addresses)",
      "articles/economy/mover.md: aliases: /economy/page/2/ is among the site's own pages (remove it from the old addresses)",
    ]);
    expect(catalog.redirects).toEqual([]);
  });

  it("refuses an old address claimed by two articles, naming the other file in each", () => {
    const catalog = buildCatalog([parsed({ slug: "one", aliases: ["/old/"] }), parsed({ slug: "two", aliases: ["/old/"] })], options);
    expect(catalog.problems.map(formatProblem)).toEqual([
      "articles/economy/one.md: aliases: /old/ is also an old address of articles/economy/two.md (keep it in one article only)",
      "articles/economy/two.md: aliases: /old/ is also an old address of articles/economy/one.md (keep it in one article only)",
    ]);
    expect(catalog.problems.every((p) => p.severity === "error")).toBe(true);
  });

  it("compares addresses without case, as a file system that ignores case would", () => {
    const catalog = buildCatalog([parsed({ slug: "here" }), parsed({ slug: "one", aliases: ["/Economy/Here/", "/Old/"] }), parsed({ slug: "two", aliases: ["/old/"] })], options);
    expect(catalog.problems.map(formatProblem)).toEqual([
      "articles/economy/one.md: aliases: /Economy/Here/ is the address of articles/economy/here.md (remove it from the old addresses)",
      "articles/economy/one.md: aliases: /Old/ is also an old address of articles/economy/two.md (keep it in one article only)",
      "articles/economy/two.md: aliases: /old/ is also an old address of articles/economy/one.md (keep it in one article only)",
    ]);
  });

  it("warns about an article's own address among its old ones, and makes no page for it", () => {
    const catalog = buildCatalog([parsed({ slug: "self", aliases: ["/economy/self/"] })], options);
    expect(catalog.problems.map((p) => `${p.severity}: ${formatProblem(p)}`)).toEqual([
      "warning: articles/economy/self.md: aliases: /economy/self/ is the article's own address (remove it)",
    ]);
    expect(catalog.redirects).toEqual([]);
  });
});
