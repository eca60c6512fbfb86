import { describe, expect, it } from "vitest";
import { englishSearchText, fill, searchTextFrom } from "../../../src/client/searchText.ts";

describe("searchTextFrom", () => {
  it("takes every string the page gives and keeps English for the rest", () => {
    const text = searchTextFrom({ searching: "搜索中…", resultsOther: "{count} 条结果", unknownKey: "x", prompt: 42 });
    expect(text.searching).toBe("搜索中…");
    expect(text.resultsOther).toBe("{count} 条结果");
    expect(text.prompt).toBe(englishSearchText.prompt);
    expect(Object.keys(text).sort()).toEqual(Object.keys(englishSearchText).sort());
  });

  it("is English for no table or one that is not an object", () => {
    expect(searchTextFrom(undefined)).toEqual(englishSearchText);
    expect(searchTextFrom("nonsense")).toEqual(englishSearchText);
  });
});

describe("fill", () => {
  it("puts values in for their names and leaves unknown names", () => {
    expect(fill("{count} results for “{query}” {other}", { count: "3", query: "tax" })).toBe("3 results for “tax” {other}");
  });
});
