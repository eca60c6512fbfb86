import { describe, expect, it } from "vitest";
import { paginate } from "../../src/model/paginate.ts";

describe("paginate", () => {
  it("splits a list into pages with addresses and previous/next links", () => {
    const pages = paginate([1, 2, 3, 4, 5], 2, "/economy/");
    expect(pages.map((p) => [p.items, p.url, p.previousUrl, p.nextUrl, p.pageNumber, p.pageCount])).toEqual([
      [[1, 2], "/economy/", undefined, "/economy/page/2/", 1, 3],
      [[3, 4], "/economy/page/2/", "/economy/", "/economy/page/3/", 2, 3],
      [[5], "/economy/page/3/", "/economy/page/2/", undefined, 3, 3],
    ]);
  });

  it("gives an exact multiple no empty last page, and an empty list one page", () => {
    expect(paginate([1, 2], 2, "/t/")).toHaveLength(1);
    expect(paginate([], 2, "/t/").map((p) => p.items)).toEqual([[]]);
  });

  it("refuses a page size that is not a whole number of at least one", () => {
    expect(() => paginate([1], 0, "/t/")).toThrow("page size must be a whole number of at least 1, not 0");
  });
});
