import { describe, expect, it } from "vitest";
import { statusText } from "../../../src/client/statusText.ts";

const hit = { ref: 0, score: 1, terms: [] };

describe("statusText", () => {
  it("counts results", () => {
    expect(statusText({ status: "found", query: "tax", hits: Array(12).fill(hit) })).toBe("12 results for “tax”");
    expect(statusText({ status: "found", query: "tax", hits: [hit] })).toBe("1 result for “tax”");
    expect(statusText({ status: "found", query: "x", hits: Array(1234).fill(hit) })).toBe("1,234 results for “x”");
  });

  it("says clearly when nothing matched", () => {
    expect(statusText({ status: "none", query: "zzz", hits: [] })).toBe("No results for “zzz”. Check the spelling or try other words.");
  });

  it("explains an empty or too broad query", () => {
    expect(statusText({ status: "empty", query: "" })).toBe("Type a word or two to search the articles.");
    expect(statusText({ status: "too-broad", query: "*a", shards: 90 })).toMatch(/^“\*a” matches too many words/);
  });
});
