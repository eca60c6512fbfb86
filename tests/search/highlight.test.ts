import { describe, expect, it } from "vitest";
import { highlight } from "../../src/search/highlight.ts";

describe("highlight", () => {
  it("marks every form of a matched stem", () => {
    const text = "Deploying servers: we deployed, they deploy.";
    expect(highlight(text, ["deploy"]).map(([s, e]) => text.slice(s, e))).toEqual(["Deploying", "deployed", "deploy"]);
  });

  it("leaves punctuation around a word unmarked", () => {
    expect(highlight("(planning),", ["plan"])).toEqual([[1, 9]]);
  });

  it("joins adjacent Chinese words into one mark", () => {
    const text = "北京的城市规划很重要";
    expect(highlight(text, ["城市", "规划"]).map(([s, e]) => text.slice(s, e))).toEqual(["城市规划"]);
  });

  it("marks nothing without terms, and nothing that did not match", () => {
    expect(highlight("Deploying servers", [])).toEqual([]);
    expect(highlight("Deploying servers", ["tax"])).toEqual([]);
    expect(highlight("", ["tax"])).toEqual([]);
  });

  it("marks markup-like text by its words, never by its tags", () => {
    const text = "<script>alert('x')</script> Security";
    expect(highlight(text, ["secur"]).map(([s, e]) => text.slice(s, e))).toEqual(["Security"]);
  });
});
