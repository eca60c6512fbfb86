// A build keeps the parse of every article file for the next one (SiteCompiler.storedParses, written by
// src/io/articleParses.ts); the next build takes it for each file whose bytes are the same and parses the rest.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readArticleParses, writeArticleParses } from "../../src/io/articleParses.ts";
import { createTextMarkdown } from "../../src/markdown/createTextMarkdown.ts";
import { SiteCompiler, type SourceFile, type StoredParse } from "../../src/model/SiteCompiler.ts";
import { site } from "../../src/site.ts";
import { tempDir } from "../support/buildSite.ts";

const encoder = new TextEncoder();
const source = (name: string, text: string, version = "1"): SourceFile => ({
  sourcePath: `articles/blog/${name}.md`,
  relativePath: `blog/${name}.md`,
  version,
  bytes: encoder.encode(text),
});
const options = { site, now: new Date("2026-01-01T00:00:00Z"), includeUnpublished: false, related: () => [] };

const SOURCES = [
  // Dates in front matter, a BOM and Windows line ends, a field of the site's own, a warning.
  source("a", "\uFEFF---\r\ntitle: Alpha\r\ndate: 2025-01-02T10:00:00+01:00\r\nupdated: 2025-02-01\r\ntags: [x, y]\r\n---\r\nFirst words of a.\r\n\r\nMore.\r\n"),
  source("b", "---\ntitle: Beta\ndate: 2025-01-03\nunknown_field: 1\n---\n\nIntro of b {% youtubeVideo \"x\" %} here.\n"),
  source("c", "+++\ntitle = \"Gamma\"\ndate = 2025-01-04\n+++\n中文的正文。\n"),
];

/** Compiles with the parses of an earlier build (through the file the build keeps them in); returns the result and this build's parses. */
function compile(sources: readonly SourceFile[], previous: ReadonlyMap<string, StoredParse> = new Map()) {
  const folder = tempDir("parses-");
  writeArticleParses(folder, previous);
  const compiler = new SiteCompiler(createTextMarkdown());
  compiler.restore(readArticleParses(folder)!);
  const result = compiler.compile(sources, options);
  return { result, parses: compiler.storedParses() };
}

describe("stored parses", () => {
  it("give the same model and problems as parsing every file", () => {
    const first = compile(SOURCES);
    expect(first.parses.size).toBe(3);
    const again = compile(SOURCES.map((s) => ({ ...s, version: "2" })), first.parses);
    const fresh = new SiteCompiler(createTextMarkdown()).compile(SOURCES, options);
    expect(again.result.problems).toEqual(fresh.problems);
    expect(again.result.model.articles).toEqual(fresh.model.articles);
    expect(again.result.model.articles[0]!.date).toBeInstanceOf(Date);
    expect(JSON.stringify(again.result.model)).toBe(JSON.stringify(fresh.model));
    expect(again.parses).toEqual(first.parses);
  });

  it("are taken only for a file whose bytes did not change", () => {
    const first = compile(SOURCES);
    // A stored parse that differs from what parsing gives shows which files were taken from the store.
    const marked = new Map([...first.parses].map(([file, parse]) => [file, { ...parse, article: { ...parse.article, title: `${parse.article.title} (stored)` } }]));
    const edited = [SOURCES[0]!, source("b", "---\ntitle: Beta again\ndate: 2025-01-03\n---\nNew body of b.\n", "2"), SOURCES[2]!];
    const { result, parses } = compile(edited, marked);
    const titles = Object.fromEntries(result.model.articles.map((article) => [article.relativePath, article.title]));
    expect(titles).toEqual({ "blog/a.md": "Alpha (stored)", "blog/b.md": "Beta again", "blog/c.md": "Gamma (stored)" });
    expect(result.model.articles.find((article) => article.relativePath === "blog/b.md")!.body).toBe("New body of b.\n");
    expect(parses.get("articles/blog/b.md")!.article.title).toBe("Beta again");
  });

  it("read as none from a file that is not theirs", () => {
    const folder = tempDir("parses-bad-");
    expect(readArticleParses(folder)).toBeUndefined();
    fs.writeFileSync(path.join(folder, "articles.bin"), "not a serialization");
    expect(readArticleParses(folder)).toBeUndefined();
  });
});
