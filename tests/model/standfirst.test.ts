import { describe, expect, it } from "vitest";
import { standfirstOf } from "../../src/model/standfirst.ts";

describe("standfirstOf", () => {
  it("shows a front-matter description that says something the body does not open with", () => {
    expect(standfirstOf("What changes and for whom.", "Four years ago the port handled...")).toBe("What changes and for whom.");
  });

  it("shows nothing without a description: an excerpt would repeat the first paragraph", () => {
    expect(standfirstOf(undefined, "Four years ago...")).toBeUndefined();
  });

  it("shows nothing when the body opens with the description, whatever the markdown, punctuation or spacing", () => {
    const body = "**Four years ago** the port of [Halvik](../x.md) handled\nabout 410,000 containers — a year.\n\nMore.";
    expect(standfirstOf("Four years ago the port of Halvik handled about 410,000 containers", body)).toBeUndefined();
    expect(standfirstOf("深海采矿的环境代价", "深海采矿的 *环境* 代价，远比想象的大。")).toBeUndefined();
  });
});
