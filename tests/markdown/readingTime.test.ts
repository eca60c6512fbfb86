import { describe, expect, it } from "vitest";
import { readingCounts, readingMinutes } from "../../src/markdown/readingTime.ts";
import { tableOfContents } from "../../src/markdown/tableOfContents.ts";

describe("readingMinutes", () => {
  it("counts words in alphabetic text", () => {
    expect(readingMinutes("word ".repeat(230 * 5))).toBe(5);
    expect(readingMinutes("just a few words")).toBe(1);
  });

  it("counts characters in Chinese, which has no spaces between words", () => {
    // 2,000 characters of Chinese are about five minutes; counted as words they would be one "word".
    expect(readingMinutes("城市规划".repeat(500))).toBe(5);
  });

  it("does not count link targets, HTML tags or bare addresses as words", () => {
    const words = "word ".repeat(230 * 2);
    const noise = '[a](https://example.org/a/very/long/path/with/many/segments "title") <img src="x/y/z.png" alt=""> https://x.org/a/b/c '.repeat(100);
    expect(readingMinutes(words + noise)).toBe(readingMinutes(words + "a ".repeat(100)));
  });

  it("adds both in mixed text", () => {
    expect(readingMinutes(`${"人".repeat(800)} ${"word ".repeat(460)}`)).toBe(4);
  });
});

describe("readingCounts", () => {
  const words = (markdown: string) => readingCounts(markdown).words;

  it("reads a tag as a space, within one line and with something inside it", () => {
    expect(words("a <b> c")).toBe(2);
    expect(words("a<b>c")).toBe(2);
    expect(words('<img src="x/y/z.png" alt="">')).toBe(0);
    expect(words("x <> y")).toBe(2);
    expect(words("<a\nb>")).toBe(2);
  });

  it("leaves out a link's target and title, but not the words after an unclosed one", () => {
    expect(words('[text](https://example.org/a/b "a long title")')).toBe(1);
    expect(words("[text](relative/path.md)")).toBe(1);
    expect(words("[text](https://example.org/a b)")).toBe(2);
    expect(words('[t](target "title never closed')).toBe(5);
    expect(words("[t](target never-closed")).toBe(4);
  });

  it("leaves out bare addresses, and keeps a scheme with nothing after it", () => {
    expect(words("see https://x.org/a/b?c=1 and more")).toBe(3);
    expect(words("http:// alone")).toBe(2);
    // An address that starts inside a word ends the word; an "h" that starts none is part of it.
    expect(words("seehttps://x.org/a and more")).toBe(3);
    expect(words("hhhttp hth hhttps:/ the")).toBe(4);
  });

  it("counts markup that never closes as the text it is, however long the line", () => {
    expect(words("<".repeat(300_000))).toBe(0);
    expect(words(`${"](".repeat(150_000)} word`)).toBe(1);
    expect(words("<a ".repeat(100_000))).toBe(100_000);
    expect(words(`${"<".repeat(100_000)}>`)).toBe(0);
    expect(words(`[x](${'a "'.repeat(50_000)}`)).toBe(50_001);
    // for i 0 i n i s a i b c i d: "](x)" is a link target, and no "<" has a ">" on the line.
    expect(words("for(i=0;i<n;i++)s+=a[i]<b?c[i](x):d;".repeat(28_000))).toBe(28_000 * 13);
  });
});

describe("tableOfContents", () => {
  const headings = [
    { level: 2, id: "a", text: "A" },
    { level: 3, id: "a1", text: "A1" },
    { level: 2, id: "b", text: "B" },
    { level: 4, id: "b1", text: "B1" },
    { level: 2, id: "c", text: "C" },
  ];

  it("lists the sections of long articles, each with its sub-sections (never numbered among them)", () => {
    const toc = tableOfContents(headings, 6);
    expect(toc.map((section) => [section.heading.id, section.children.map((h) => h.id)])).toEqual([
      ["a", ["a1"]],
      ["b", []],
      ["c", []],
    ]);
  });

  it("takes a sub-heading before the first section as a section", () => {
    const toc = tableOfContents([{ level: 3, id: "intro", text: "Intro" }, ...headings], 6);
    expect(toc.map((section) => section.heading.id)).toEqual(["intro", "a", "b", "c"]);
  });

  it("leaves short articles and articles with few sections without one", () => {
    expect(tableOfContents(headings, 2)).toEqual([]);
    expect(tableOfContents(headings.slice(0, 3), 10)).toEqual([]);
  });
});
