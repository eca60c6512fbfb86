import { describe, expect, it } from "vitest";
import { metaChunksFor } from "../../src/search/metaChunksFor.ts";

describe("metaChunksFor", () => {
  it("names each chunk once, in the order results need them", () => {
    expect(metaChunksFor([33, 2, 17, 0, 35, 16], 16)).toEqual([2, 0, 1]);
  });

  it("needs nothing for no results", () => {
    expect(metaChunksFor([], 16)).toEqual([]);
  });
});
