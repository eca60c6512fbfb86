import { describe, expect, it } from "vitest";
import { englishSearchText } from "../../../src/client/searchText.ts";
import { counting, statusText } from "../../../src/client/statusText.ts";

const hit = { ref: 0, score: 1, terms: [] };
const english = (outcome: Parameters<typeof statusText>[0]) => statusText(outcome, englishSearchText, counting("en"));

describe("statusText", () => {
  it("counts results, in the page's language", () => {
    expect(english({ status: "found", query: "tax", hits: Array(12).fill(hit) })).toEqual({ line: "12 results for “tax”" });
    expect(english({ status: "found", query: "tax", hits: [hit] })).toEqual({ line: "1 result for “tax”" });
    expect(english({ status: "found", query: "x", hits: Array(1234).fill(hit) }).line).toBe("1,234 results for “x”");
    expect(statusText({ status: "found", query: "x", hits: Array(1234).fill(hit) }, englishSearchText, counting("de")).line).toBe("1.234 results for “x”");
  });

  it("says how the query was changed: any word, or a corrected spelling", () => {
    expect(english({ status: "found", query: "heat zebra", hits: [hit, hit], fellBack: true })).toEqual({
      line: "2 results for “heat zebra”",
      notice: "No article has all of “heat zebra”; showing articles with some of them.",
    });
    expect(english({ status: "found", query: "boilres", hits: [hit], corrected: "boilers" })).toEqual({
      line: "1 result for “boilers”",
      notice: "No results for “boilres”. Did you mean “boilers”? Showing results for “boilers”.",
    });
  });

  it("says clearly when nothing matched", () => {
    expect(english({ status: "none", query: "zzz", hits: [] }).line).toBe("No results for “zzz”. Check the spelling or try other words.");
  });

  it("explains an empty or too broad query", () => {
    expect(english({ status: "empty", query: "" }).line).toBe("Type a word or two to search the articles.");
    expect(english({ status: "too-broad", query: "*a", shards: 90 }).line).toMatch(/^“\*a” matches too many words/);
  });

  it("survives an invalid page language", () => {
    expect(statusText({ status: "found", query: "x", hits: [hit] }, englishSearchText, counting("not a locale!")).line).toBe("1 result for “x”");
  });
});
