// One real build over the odd-but-accepted fixtures, plus what is not committed: a file name with a colon
// (not portable to every checkout) and an article just under the 5 MB an article may be (made here rather
// than kept in the repository).
// Everything builds, warnings are printed, and every page is where the README says it is.
import fs from "node:fs";
import path from "node:path";
import * as cheerio from "cheerio";
import { beforeAll, describe, expect, it } from "vitest";
import { listFiles } from "../../src/io/listFiles.ts";
import { MAX_ARTICLE_BYTES } from "../../src/io/readArticleSources.ts";
import { buildSite, PROJECT_ROOT, tempDir, type BuildResult } from "../support/buildSite.ts";
import { ACCEPTED_DIR, ACCEPTED_WARNINGS } from "./badInputCases.ts";

const LAST_WORDS = "These are the last words of five megabytes.";
/** The size of the long article: its last paragraph and LAST_WORDS fit between this and the limit. */
const LONG_ARTICLE_BYTES = MAX_ARTICLE_BYTES - 2_000;

/** A long read of about `bytes` bytes: paragraphs of words, a heading every forty paragraphs. */
function longArticle(bytes: number): string {
  const words = "harbour rail freight channel container quay crane tide ledger tariff council budget pilot survey".split(" ");
  const parts = ["---\ntitle: A five-megabyte article\ndate: 2025-03-19\ntags: [long read]\n---\n"];
  let size = parts[0]!.length;
  for (let i = 0; size < bytes; i++) {
    const heading = i % 40 === 0 ? `## Part ${i / 40 + 1}\n\n` : "";
    const paragraph = Array.from({ length: 120 }, (_, j) => words[(i * 7 + j * 13) % words.length]).join(" ");
    parts.push(`${heading}${paragraph}.\n\n`);
    size += heading.length + paragraph.length + 3;
  }
  parts.push(`${LAST_WORDS}\n`);
  return parts.join("");
}

describe("a build over odd input that is accepted", () => {
  let build: BuildResult;
  let files: string[];
  let shownDir: string;
  const page = (file: string) => cheerio.load(fs.readFileSync(path.join(build.output, file), "utf8"));

  beforeAll(async () => {
    const articles = path.join(tempDir("accepted-"), "articles");
    fs.cpSync(path.join(PROJECT_ROOT, ACCEPTED_DIR), articles, { recursive: true });
    fs.writeFileSync(path.join(articles, "news", "10:30 briefing.md"), "---\ntitle: A file name with a colon\ndate: 2025-03-18\n---\nx\n");
    fs.writeFileSync(path.join(articles, "news", "five-megabytes.md"), longArticle(LONG_ARTICLE_BYTES));
    shownDir = path.relative(PROJECT_ROOT, articles);
    build = await buildSite({ articles });
    files = build.code === 0 ? listFiles(build.output) : [];
  });

  it("succeeds, printing each warning and no error", () => {
    expect(build.code, build.stderr).toBe(0);
    const lines = build.stderr.split("\n").filter((line) => /^(error|warning): /.test(line));
    const expected = Object.entries(ACCEPTED_WARNINGS).flatMap(([file, messages]) => messages.map((m) => `warning: ${shownDir}/${file}: ${m}`));
    // Each warning once.
    expect(lines.sort()).toEqual(expected.sort());
  });

  it("puts every article where its file and folder names say", () => {
    expect(files).toEqual(
      expect.arrayContaining([
        "news/bom-and-crlf/index.html",
        "news/numeric-title/index.html",
        "news/file-name-with-spaces/index.html",
        "news/parentheses-update/index.html",
        "news/c-plus-plus-and-c-sharp/index.html",
        "news/10-30-briefing/index.html",
        "news/城市规划/index.html",
        "news/inside-the-folder/index.html",
        "news/permalink/index.html",
        "news/five-megabytes/index.html",
        "world-news-archive/category-from-folder/index.html",
        "outside/category-that-climbs/index.html",
        "tags/etc-passwd/index.html",
        "tags/tag/index.html",
      ]),
    );
    // permalink: is ignored, so the article did not take the address it asked for.
    expect(files.filter((file) => file.startsWith("2019/"))).toEqual([]);
    expect(page("search/index.html")("h1").text()).toBe("Search");
  });

  it("keeps numbers as written and merges tags that differ in spaces and case", () => {
    expect(page("news/numeric-title/index.html")("h1").text()).toBe("1984");
    expect(files).toEqual(expect.arrayContaining(["tags/3-10/index.html", "tags/007/index.html", "tags/public-health/index.html", "tags/energy/index.html"]));
    expect(files.filter((file) => /^tags\/public-health/.test(file))).toEqual(["tags/public-health/index.html"]);
    expect(page("tags/energy/index.html")(".card").length).toBe(2);
    // A tag pasted from a sentence: its page gets a shortened address rather than one no file system holds.
    expect(files).toContain(
      "tags/this-tag-is-a-whole-sentence-that-someone-pasted-into-the-tag-list-this-tag-is-a-whole-sentence-that-someone-pasted-into-the-tag-list-this-tag-is-a/index.html",
    );
  });

  it("shows markup in front-matter fields as text", () => {
    const $ = page("news/html-in-fields/index.html");
    expect($("h1").text()).toBe("Why <b>bold</b> & <script>alert(1)</script> stay text");
    expect($("h1 *").length).toBe(0);
    expect($("title").text()).toBe("Why <b>bold</b> & <script>alert(1)</script> stay text · The Meridian");
    expect($('meta[name="description"]').attr("content")).toBe("A description with <em>tags</em> & ampersands");
    expect($(".article__author").text()).toBe("By O'Brien <obrien@example.org>");
    expect($('a[rel="tag"]').map((_, a) => $(a).text()).get()).toEqual(["<i>italic</i>", "R&D"]);
    expect($("main script, main b, main em, main i").length).toBe(0);
  });

  it("builds an article just under the 5 MB limit in full", () => {
    const size = longArticle(LONG_ARTICLE_BYTES).length;
    expect(size).toBeGreaterThan(LONG_ARTICLE_BYTES);
    expect(size).toBeLessThanOrEqual(MAX_ARTICLE_BYTES);
    const html = fs.readFileSync(path.join(build.output, "news/five-megabytes/index.html"), "utf8");
    expect(html.length).toBeGreaterThan(LONG_ARTICLE_BYTES);
    expect(html).toContain(LAST_WORDS);
  });
});
