import { describe, expect, it } from "vitest";
import { isSitePath, prefixUrl } from "../../src/urls/prefixUrl.ts";

describe("isSitePath", () => {
  it("accepts clean site paths", () => {
    for (const path of ["/", "/economy/", "/tags/c%2B%2B/", "/assets/site.css", "/a/.well-known-ish/", "/a.b/c"]) expect(isSitePath(path), path).toBe(true);
  });

  it("refuses what Eleventy's url filter must judge: other strings, protocol-relative and dot segments", () => {
    for (const value of ["", "economy/", "https://x.org/", "//cdn.example/x.js", "/a/../b/", "/./a", "/a/.", "/a/..", "/..", 42, undefined]) {
      expect(isSitePath(value), String(value)).toBe(false);
    }
  });
});

describe("prefixUrl", () => {
  it("puts the path prefix in front of a site path", () => {
    expect(prefixUrl("/economy/x/", "/")).toBe("/economy/x/");
    expect(prefixUrl("/economy/x/", "/news/")).toBe("/news/economy/x/");
    expect(prefixUrl("/", "/news/")).toBe("/news/");
  });
});
