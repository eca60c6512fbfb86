// Nothing is dropped without a word: every .md or .markdown file under an articles folder becomes an article
// (published, draft or scheduled) or is named by a problem line. Files under hidden folders and node_modules
// are not read, as the README says, and are left out of the count. Checked over every committed folder of
// bad, odd and real input, and over the odd entries that cannot be committed (made here at run time).
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readArticleSources } from "../../src/io/readArticleSources.ts";
import { createTextMarkdown } from "../../src/markdown/createTextMarkdown.ts";
import { SiteCompiler } from "../../src/model/SiteCompiler.ts";
import { site } from "../../src/site.ts";
import { PROJECT_ROOT, tempDir } from "../support/buildSite.ts";

const NOW = new Date("2026-01-01T00:00:00Z");
const MARKDOWN = /\.(md|markdown)$/i;

/** Markdown files on disk (links included, never followed), except under hidden folders and node_modules. */
function markdownFiles(dir: string, relative = ""): string[] {
  const files: string[] = [];
  for (const name of fs.readdirSync(path.join(dir, relative))) {
    if (name.startsWith(".") || name === "node_modules") continue;
    const child = relative ? `${relative}/${name}` : name;
    const stat = fs.lstatSync(path.join(dir, child));
    if (stat.isDirectory()) files.push(...markdownFiles(dir, child));
    else if (MARKDOWN.test(name)) files.push(child);
  }
  return files;
}

interface Account {
  files: string[];
  /** Files named by an error, or left out with a warning as no article at all. */
  refused: Set<string>;
  /** Files that become articles once the refused ones are taken out, drafts and scheduled ones included. */
  articles: Set<string>;
  /** What a production build of those counts. */
  counts: { published: number; drafts: number; scheduled: number };
}

/**
 * Where each file of `dir` ends up, as the build compiles it. With errors a build stops, so the files named by
 * errors are set aside and the rest compiled again: each of those must then be an article.
 */
function account(dir: string): Account {
  const all = readArticleSources(PROJECT_ROOT, dir);
  const refused = new Set<string>();
  const prefix = `${path.relative(PROJECT_ROOT, dir).split(path.sep).join("/")}/`;
  for (let round = 0; round < 5; round++) {
    const sources = all.filter((source) => !refused.has(source.relativePath));
    const compile = (includeUnpublished: boolean) =>
      new SiteCompiler(createTextMarkdown()).compile(sources, { site, now: NOW, includeUnpublished, related: () => [] });
    const shown = compile(true);
    if (shown.ok) {
      const production = compile(false);
      if (!production.ok) throw new Error("a production build failed where a dev build passed");
      const { drafts, scheduled } = production.model.skipped;
      const articles = new Set(shown.model.articles.map((article) => article.relativePath));
      // Files that are not articles at all (a README without front matter) are left out with a warning line.
      for (const problem of shown.problems) {
        const file = problem.file.slice(prefix.length);
        if (!articles.has(file)) refused.add(file);
      }
      return {
        files: markdownFiles(dir),
        refused,
        articles,
        counts: { published: production.model.articles.length, drafts, scheduled },
      };
    }
    for (const problem of shown.problems) if (problem.severity === "error") refused.add(problem.file.slice(prefix.length));
  }
  throw new Error(`${dir}: still errors after setting aside ${refused.size} files`);
}

function expectNothingDropped(dir: string): Account {
  const result = account(dir);
  const lost = result.files.filter((file) => !result.refused.has(file) && !result.articles.has(file));
  expect(lost, `${dir}: files that are neither an article nor named by a problem line`).toEqual([]);
  const { published, drafts, scheduled } = result.counts;
  const refusedFiles = result.files.filter((file) => result.refused.has(file)).length;
  expect(published + drafts + scheduled + refusedFiles, `${dir}: articles + drafts + scheduled + refused files`).toBe(result.files.length);
  return result;
}

const COMMITTED = [
  "articles",
  "tests/fixtures/bad-input/errors",
  "tests/fixtures/bad-input/accepted",
  ...["basic", "broken", "hostile", "search"].map((name) => `tests/fixtures/sites/${name}`),
  ...["eleventy-blog", "hexo-news", "hugo-posts", "jekyll-news"].map((name) => `tests/fixtures/corpora/${name}`),
];

describe("every markdown file is an article or named by an error", () => {
  it.each(COMMITTED)("%s", (dir) => {
    const result = expectNothingDropped(path.join(PROJECT_ROOT, dir));
    expect(result.files.length).toBeGreaterThan(0);
  });

  it("in a folder of odd entries: blank folder names, links, a pipe, hidden and oversized files", () => {
    const root = tempDir("dropped-");
    const articles = path.join(root, "articles");
    const article = (extra = "") => `---\ntitle: T\ndate: 2025-01-01\n${extra}---\nBody.\n`;
    const write = (file: string, text = article()) => {
      fs.mkdirSync(path.dirname(path.join(articles, file)), { recursive: true });
      fs.writeFileSync(path.join(articles, file), text);
    };
    write("news/fine.md");
    write("news/Upper Case.MD");
    write("news/long-form.markdown");
    write("news/draft.md", article("draft: true\n"));
    write("news/scheduled.md", article("slug: later\n").replace("2025-01-01", "2030-01-01"));
    write("news/notes.md/inside.md");
    write("news/deep/er/still-news.md");
    for (const blank of [" ", "\t", "\u00a0", "\u3000", "\u200b", "news/ "]) write(`${blank}/lost.md`);
    write("\u0301.md");
    write("news/empty.md", "");
    write("news/wide-table.md", article() + `|${"a|".repeat(5_000)}\n|${"-|".repeat(5_000)}\n`.repeat(20));
    write("top-level.md");
    write("news/huge.md", "");
    fs.truncateSync(path.join(articles, "news/huge.md"), 6_000_000);
    execFileSync("mkfifo", [path.join(articles, "news", "pipe.md")]);
    fs.writeFileSync(path.join(root, "outside.md"), article());
    fs.symlinkSync(path.join(root, "outside.md"), path.join(articles, "news", "link.md"));
    // Not read, as documented: hidden files and folders, node_modules.
    write(".drafts/hidden.md");
    write("news/.hidden.md");
    write("node_modules/pkg/README.md");

    const result = expectNothingDropped(articles);
    expect(result.counts).toEqual({ published: 5, drafts: 1, scheduled: 1 });
    expect([...result.refused].sort()).toEqual(
      [
        " /lost.md",
        "\t/lost.md",
        "\u00a0/lost.md",
        "\u3000/lost.md",
        "\u200b/lost.md",
        "news/ /lost.md",
        "\u0301.md",
        "news/empty.md",
        "news/wide-table.md",
        "top-level.md",
        "news/huge.md",
        "news/pipe.md",
        "news/link.md",
      ].sort(),
    );
  });
});
