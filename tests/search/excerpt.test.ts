import { describe, expect, it } from "vitest";
import { excerptOf } from "../../src/search/excerpt.ts";

const marked = (excerpt: { text: string; highlights: [number, number][] } | undefined) =>
  excerpt && excerpt.highlights.map(([start, end]) => excerpt.text.slice(start, end));

describe("excerptOf", () => {
  const filler = "Nothing to see in this sentence at all. ".repeat(20);

  it("shows the passage that holds the most of the terms, marked, cut at words", () => {
    const text = `${filler}Heat pumps are cheap. ${filler}The heat pump and the gas boiler compared. ${filler}`;
    const excerpt = excerptOf(text, ["heat", "pump", "boiler"])!;
    expect(excerpt.text).toMatch(/^…/);
    expect(excerpt.text).toMatch(/…$/);
    expect(excerpt.text).toContain("The heat pump and the gas boiler compared.");
    expect(marked(excerpt)).toEqual(["heat", "pump", "boiler"]);
    expect(excerpt.text.length).toBeLessThan(240);
    // Cut between words: no word is split at either end.
    expect(excerpt.text.slice(1, -1).trim().split(" ").every((w) => text.includes(w))).toBe(true);
  });

  it("starts at the beginning when the match is there, and marks a CJK run as one range", () => {
    const excerpt = excerptOf("城市规划需要兼顾交通。", ["城市", "市规", "规划"])!;
    expect(excerpt.text).toBe("城市规划需要兼顾交通。");
    expect(excerpt.highlights).toEqual([[0, 4]]);
  });

  it("gives nothing when no term is in the text", () => {
    expect(excerptOf(filler, ["heat"])).toBeUndefined();
    expect(excerptOf("", ["heat"])).toBeUndefined();
  });
});
