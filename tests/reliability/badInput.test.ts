// Every committed bad-input fixture through the steps a build runs before rendering: read the folder,
// parse each file, build the catalog. Each error fixture draws exactly its one line; each accepted one
// builds, with exactly the warnings listed and the values an author would expect.
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildCatalog } from "../../src/content/buildCatalog.ts";
import { parseArticle, type ParsedArticle } from "../../src/content/parseArticle.ts";
import { formatProblem, type Problem } from "../../src/content/problems.ts";
import { assignSlugs, MAX_SLUG_BYTES, shortenSlug } from "../../src/content/slugify.ts";
import { readArticleSources } from "../../src/io/readArticleSources.ts";
import { PROJECT_ROOT } from "../support/buildSite.ts";
import { ACCEPTED_DIR, ACCEPTED_WARNINGS, ERROR_CASES, ERRORS_DIR, errorLine } from "./badInputCases.ts";

const context = { language: "en", timeZone: "UTC" };

function check(dir: string): { parsed: ParsedArticle[]; problems: Problem[]; files: string[]; seconds: number } {
  const started = performance.now();
  const sources = readArticleSources(PROJECT_ROOT, path.join(PROJECT_ROOT, dir));
  const parsed: ParsedArticle[] = [];
  const problems: Problem[] = [];
  for (const source of sources) {
    const result = parseArticle(source, context);
    problems.push(...result.problems);
    if (result.article) parsed.push(result.article);
  }
  const catalog = buildCatalog(parsed, {
    now: new Date("2026-01-01T00:00:00Z"),
    includeUnpublished: false,
    language: "en",
    summarize: () => "summary",
  });
  problems.push(...catalog.problems);
  return { parsed, problems, files: sources.map((s) => s.relativePath), seconds: (performance.now() - started) / 1000 };
}

const linesOf = (problems: readonly Problem[], file: string) =>
  problems.filter((p) => p.file === file).map((p) => `${p.severity}: ${formatProblem(p)}`);

describe("bad input that stops the build", () => {
  const result = check(ERRORS_DIR);

  it("has an expected message for every fixture file, and a fixture for every message", () => {
    expect(result.files.sort()).toEqual(Object.keys(ERROR_CASES).sort());
  });

  it.each(Object.keys(ERROR_CASES))("%s: one line, the exact message", (file) => {
    expect(linesOf(result.problems, `${ERRORS_DIR}/${file}`)).toEqual([errorLine(ERRORS_DIR, file)]);
  });

  it("refuses duplicates and reserved addresses across files, everything else file by file", () => {
    // These parse on their own; only the whole set shows the clash.
    expect(result.parsed.map((a) => a.relativePath).sort()).toEqual([
      "news/Duplicate From File Name.md",
      "news/category-named-like-search.md",
      "news/duplicate-from-file-name.md",
      "news/duplicate-slug-one.md",
      "news/duplicate-slug-two.md",
      "news/slug-reserved-page.md",
      "tags/category-folder-named-tags.md",
    ]);
  });

  it("never evaluates front matter as a script", () => {
    expect((globalThis as { __pwned?: unknown }).__pwned).toBeUndefined();
  });

  it("does not expand YAML aliases (a billion-laughs file parses at once)", () => {
    // Nine levels of nine aliases: 387 million strings if anything walked them.
    expect(result.seconds).toBeLessThan(5);
  });
});

describe("odd input that is accepted", () => {
  const result = check(ACCEPTED_DIR);
  const byFile = new Map(result.parsed.map((article) => [article.relativePath, article]));
  const get = (file: string) => {
    const article = byFile.get(file);
    if (!article) throw new Error(`${file} did not parse:\n${linesOf(result.problems, `${ACCEPTED_DIR}/${file}`).join("\n")}`);
    return article;
  };

  it("has no errors, and exactly the listed warnings", () => {
    expect(result.problems.filter((p) => p.severity === "error")).toEqual([]);
    const expected = Object.entries(ACCEPTED_WARNINGS).flatMap(([file, messages]) =>
      messages.map((message) => `warning: ${ACCEPTED_DIR}/${file}: ${message}`),
    );
    expect(result.problems.map((p) => `${p.severity}: ${formatProblem(p)}`).sort()).toEqual(expected.sort());
    expect(result.parsed).toHaveLength(result.files.length);
  });

  it("reads a byte-order mark and Windows line ends", () => {
    const article = get("news/bom-and-crlf.md");
    expect(article.title).toBe("Saved on Windows");
    expect(article.tagNames).toEqual(["windows"]);
    expect(article.body).toBe("A byte-order mark and CRLF line ends.\n\n## A heading\n\nMore text.\n");
  });

  it("keeps numbers as written: title: 1984, tags 3.10 and 007", () => {
    expect(get("news/numeric-title.md")).toMatchObject({ title: "1984", tagNames: ["2024", "3.10", "007"] });
  });

  it("reads mixed date formats as the instants they name", () => {
    expect(get("news/date-only.md").date.toISOString()).toBe("2025-03-06T00:00:00.000Z");
    expect(get("news/date-with-offset.md").date.toISOString()).toBe("2025-03-06T00:30:00.000Z");
    expect(get("news/date-with-z.md").date.toISOString()).toBe("2025-03-06T12:00:00.000Z");
    expect(get("news/date-with-z.md").updated?.toISOString()).toBe("2025-03-07T00:00:00.000Z");
    // A time without a zone is a time in the site's (UTC here), as Jekyll and Hexo read it.
    expect(get("news/time-without-zone.md").date.toISOString()).toBe("2025-03-14T08:30:00.000Z");
  });

  it("takes the later of two lines with the same field, as Hugo does (with a warning)", () => {
    expect(get("news/duplicate-field.md").title).toBe("Second title");
  });

  it("takes one tag written as a string, and merges tags that differ in spaces and case", () => {
    expect(get("news/tags-one-string.md").tagNames).toEqual(["energy"]);
    const catalog = buildCatalog(result.parsed, { now: new Date("2026-01-01T00:00:00Z"), includeUnpublished: false, language: "en", summarize: () => "" });
    const health = catalog.tags.filter((group) => group.term.key === "public health");
    expect(health).toHaveLength(1);
    expect(health[0]!.term.slug).toBe("public-health");
    expect(catalog.tags.find((group) => group.term.key === "energy")?.articles.map((a) => a.slug).sort()).toEqual([
      "tags-one-string",
      "tags-spaces-and-case",
    ]);
  });

  it("keeps markup in fields as text (layouts escape it)", () => {
    expect(get("news/html-in-fields.md")).toMatchObject({
      title: "Why <b>bold</b> & <script>alert(1)</script> stay text",
      authorNames: ["O'Brien <obrien@example.org>"],
      tagNames: ["<i>italic</i>", "R&D"],
    });
  });

  it("makes addresses from file and folder names with spaces, parentheses, + and #, and Chinese", () => {
    expect(get("news/file name with spaces.md").slug).toBe("file-name-with-spaces");
    expect(get("news/parentheses (update).md").slug).toBe("parentheses-update");
    expect(get("news/c++ and c#.md").slug).toBe("c-plus-plus-and-c-sharp");
    expect(get("news/城市规划.md").slug).toBe("城市规划");
    expect(get("World News (Archive)/category-from-folder.md").categoryName).toBe("World News (Archive)");
  });

  it("reads a folder named like an article as a folder", () => {
    expect(get("news/folder-named-like-an-article.md/inside-the-folder.md")).toMatchObject({ slug: "inside-the-folder", categoryName: "News" });
  });

  it("gives a tag pasted from a sentence a shortened address", () => {
    const catalog = buildCatalog(result.parsed, { now: new Date("2026-01-01T00:00:00Z"), includeUnpublished: false, language: "en", summarize: () => "" });
    const sentence = catalog.tags.find((group) => group.term.name.startsWith("this tag is a whole sentence"))!;
    expect(sentence.term.slug).toBe(
      "this-tag-is-a-whole-sentence-that-someone-pasted-into-the-tag-list-this-tag-is-a-whole-sentence-that-someone-pasted-into-the-tag-list-this-tag-is-a",
    );
  });

  it("resolves a harmless alias", () => {
    expect(get("news/harmless-aliases.md").description).toBe("Aliases in front matter");
  });
});

describe("addresses a file system can hold", () => {
  const bytes = (text: string) => new TextEncoder().encode(text).length;

  it("cuts a long slug at a hyphen, and Chinese at a whole character", () => {
    expect(shortenSlug("short-slug")).toBe("short-slug");
    const words = shortenSlug(Array(40).fill("word").join("-"));
    expect(bytes(words)).toBeLessThanOrEqual(MAX_SLUG_BYTES);
    expect(words).toMatch(/^(word-)+word$/);
    const chinese = shortenSlug("城市规划".repeat(20));
    expect(chinese).toBe("城市规划".repeat(12) + "城市");
    expect(bytes(chinese)).toBe(150);
  });

  it("keeps term addresses apart when shortening makes them alike", () => {
    const long = Array(40).fill("word").join(" ");
    const slugs = assignSlugs(new Map([["a", `${long} one`], ["b", `${long} two`]]), "tag");
    expect(slugs.get("a")).toBe(shortenSlug(Array(40).fill("word").join("-")));
    expect(slugs.get("b")).toBe(`${slugs.get("a")}-2`);
  });
});
