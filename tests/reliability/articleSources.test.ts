// What the build reads from the articles folder and what it copies from there into the site, on real
// folders with links, scripts and odd entries made for each test: nothing outside the folder is read or
// copied, nothing there is run, and what is refused is named with the reason.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { copyArticleAssets } from "../../src/io/copyArticleAssets.ts";
import { listFiles } from "../../src/io/listFiles.ts";
import { listArticleFiles, MAX_ARTICLE_BYTES, readArticleSources } from "../../src/io/readArticleSources.ts";
import { tempDir } from "../support/buildSite.ts";

const ARTICLE = "---\ntitle: T\ndate: 2025-01-01\n---\nBody\n";
const LINK = "is a symbolic link, which the build does not follow (put the file or folder itself here)";

let root: string;
let articles: string;
let outside: string;
beforeEach(() => {
  root = tempDir("sources-");
  articles = path.join(root, "articles");
  outside = path.join(root, "outside");
  fs.mkdirSync(path.join(articles, "news"), { recursive: true });
  fs.mkdirSync(outside);
  fs.writeFileSync(path.join(articles, "news", "fine.md"), ARTICLE);
  fs.writeFileSync(path.join(outside, "secret.md"), "---\ntitle: Secret\ndate: 2025-01-01\n---\nNot for the site.\n");
  fs.writeFileSync(path.join(outside, "secret.png"), "not an image either");
});

const write = (file: string, text = ARTICLE) => {
  fs.mkdirSync(path.dirname(path.join(articles, file)), { recursive: true });
  fs.writeFileSync(path.join(articles, file), text);
};
const read = () => readArticleSources(root, articles).map(({ relativePath, refused, bytes }) => ({ relativePath, refused, text: Buffer.from(bytes).toString() }));

describe("readArticleSources", () => {
  it("refuses links to a file or folder outside the articles folder, without reading through them", () => {
    fs.symlinkSync(path.join(outside, "secret.md"), path.join(articles, "news", "linked.md"));
    fs.symlinkSync(outside, path.join(articles, "news", "linked-folder"));
    expect(read()).toEqual([
      { relativePath: "news/fine.md", refused: undefined, text: ARTICLE },
      { relativePath: "news/linked-folder", refused: LINK, text: "" },
      { relativePath: "news/linked.md", refused: LINK, text: "" },
    ]);
  });

  it("treats scripts and a _data folder as plain files: not articles, not refused (Eleventy never reads this folder)", () => {
    write("news/page.11ty.js", "export default () => 'x';");
    write("news/news.11tydata.js", "export default {};");
    write(".drafts/helper.mjs", "export {};");
    write("_data/site.js", "export default {};");
    write(".drafts/notes.md"); // hidden, not an article
    expect(read().map((s) => [s.relativePath, s.refused])).toEqual([["news/fine.md", undefined]]);
  });

  it("refuses a file that would replace the site's own robots.txt, and allows one in a folder", () => {
    write("robots.txt", "User-agent: *\nDisallow: /\n");
    write("news/robots.txt", "just a text file\n");
    expect(read().filter((s) => s.refused)).toEqual([
      { relativePath: "robots.txt", refused: "would replace the site's own /robots.txt (move it into a folder, or remove it)", text: "" },
    ]);
  });

  it("reads a folder named like an article as a folder", () => {
    write("news/notes.md/inside.md");
    expect(read().map((s) => [s.relativePath, s.refused])).toEqual([
      ["news/fine.md", undefined],
      ["news/notes.md/inside.md", undefined],
    ]);
  });

  it("refuses a named pipe instead of waiting on it forever", () => {
    execFileSync("mkfifo", [path.join(articles, "news", "pipe.md")]);
    expect(read().find((s) => s.relativePath === "news/pipe.md")?.refused).toBe(
      "is not a regular file (replace it with the article's markdown file)",
    );
  });

  it("refuses a file above the size an article may be, without reading it, and reads one at that size", () => {
    // Sparse files: the size is what counts.
    const sized = (file: string, bytes: number) => {
      write(file, "");
      fs.truncateSync(path.join(articles, file), bytes);
    };
    sized("news/huge.md", 31_234_567);
    sized("news/at-the-limit.md", MAX_ARTICLE_BYTES);
    sized("news/just-above.md", MAX_ARTICLE_BYTES + 1);
    const sources = readArticleSources(root, articles);
    expect(sources.find((s) => s.relativePath === "news/huge.md")).toMatchObject({
      refused: "is 31.2 MB, more than the 5 MB an article may be (split it, or move data files beside it)",
      bytes: new Uint8Array(),
    });
    expect(sources.find((s) => s.relativePath === "news/just-above.md")?.refused).toBe(
      "is 5,000,001 bytes, more than the 5 MB an article may be (split it, or move data files beside it)",
    );
    const atLimit = sources.find((s) => s.relativePath === "news/at-the-limit.md")!;
    expect(atLimit.refused).toBeUndefined();
    expect(atLimit.bytes.length).toBe(MAX_ARTICLE_BYTES);
  });

  it("refuses articles in a folder whose name shows nothing, and names the folder so it can be seen", () => {
    for (const folder of [" ", "\t", "\u00a0", "\u200b", "news/ "]) write(`${folder}/lost.md`);
    write("news/a b/kept.md");
    const refused = (folder: string) =>
      `is in a folder named ${folder}, which has nothing to show as a category or an address (rename the folder)`;
    expect(read().map((s) => [s.relativePath, s.refused])).toEqual([
      ["\t/lost.md", refused('"\\t"')],
      [" /lost.md", refused('" "')],
      ["news/ /lost.md", refused('" "')],
      ["news/a b/kept.md", undefined],
      ["news/fine.md", undefined],
      ["\u00a0/lost.md", refused('"\\u00a0"')],
      ["\u200b/lost.md", refused('"\\u200b"')],
    ]);
  });

  it("reads a changed file again and keeps an unchanged one", () => {
    const first = readArticleSources(root, articles);
    const again = readArticleSources(root, articles, new Map(first.map((s) => [s.sourcePath, s])));
    expect(again[0]).toBe(first[0]);
    fs.writeFileSync(path.join(articles, "news", "fine.md"), `${ARTICLE}More.\n`);
    const changed = readArticleSources(root, articles, new Map(first.map((s) => [s.sourcePath, s])));
    expect(Buffer.from(changed[0]!.bytes).toString()).toBe(`${ARTICLE}More.\n`);
  });
});

describe("copyArticleAssets", () => {
  it("copies files kept beside articles, and nothing through a link or onto the site's own files", () => {
    write("news/img/chart.svg", "<svg xmlns='http://www.w3.org/2000/svg'/>");
    write("robots.txt", "User-agent: *\nDisallow: /\n");
    fs.symlinkSync(path.join(outside, "secret.png"), path.join(articles, "news", "img", "linked.png"));
    fs.symlinkSync(outside, path.join(articles, "news", "linked-folder"));
    const output = path.join(root, "dist");
    fs.mkdirSync(output);
    fs.writeFileSync(path.join(output, "robots.txt"), "the site's own\n");

    expect(copyArticleAssets(articles, output)).toBe(1);
    expect(listFiles(output)).toEqual(["news/img/chart.svg", "robots.txt"]);
    expect(fs.readFileSync(path.join(output, "robots.txt"), "utf8")).toBe("the site's own\n");
  });
});
