import { describe, expect, it } from "vitest";
import { redirectPath } from "../../src/urls/redirectPath.ts";

const path = (alias: string) => {
  const result = redirectPath(alias);
  if (!result.ok) throw new Error(result.message);
  return result.path;
};
const message = (alias: string) => {
  const result = redirectPath(alias);
  if (result.ok) throw new Error(`expected ${alias} to be refused, got ${result.path}`);
  return result.message;
};

describe("redirectPath", () => {
  it("makes a folder of every form Hugo and Jekyll write", () => {
    expect(path("/old/path/")).toBe("/old/path/");
    expect(path("/old/path")).toBe("/old/path/");
    expect(path("old/path")).toBe("/old/path/");
    expect(path("  /posts//papermod/papermod-how-to ")).toBe("/posts/papermod/papermod-how-to/");
    expect(path("/posts/version-1.2")).toBe("/posts/version-1.2/");
  });

  it("keeps an .html page a file, and takes index.html for its folder's page", () => {
    expect(path("/old/path.html")).toBe("/old/path.html");
    expect(path("/2019/06/index.htm")).toBe("/2019/06/");
    expect(path("/old/index.html")).toBe("/old/");
    expect(message("/index.html")).toBe('"/index.html" is the site\'s home page, which cannot be an old address (remove it)');
  });

  it("decodes percent-encoding, so the page lands where a browser asks for it", () => {
    expect(path("/%E6%97%A7/a%20b/")).toBe("/旧/a b/");
    expect(path("/旧/")).toBe("/旧/");
  });

  it("refuses full addresses, queries, climbing, the home page and other file types, each with the fix", () => {
    expect(message("https://old.example.org/2019/x/")).toBe(
      '"https://old.example.org/2019/x/" is a full address; an old address is a path on this site (write the path on this site alone, e.g. /2019/x/)',
    );
    expect(message("//old.example.org/")).toBe('"//old.example.org/" is a full address; an old address is a path on this site (write a path on this site, e.g. /old/path/)');
    expect(message("javascript:alert(1)")).toContain("is a full address");
    expect(message("/?p=582")).toBe('"/?p=582" has a ?query, which a static page cannot tell apart (write the path alone, e.g. /)');
    expect(message("/a/../b/")).toBe('"/a/../b/" has . or .. in it (write the old address from the site\'s root, e.g. /old/path/)');
    expect(message("/")).toBe('"/" is the site\'s home page, which cannot be an old address (remove it)');
    expect(message("/feed.xml")).toBe(
      '"/feed.xml" ends in .xml, which a static host would not serve as a page (only addresses ending in / or .html can redirect; list others in your host\'s redirect rules)',
    );
    expect(message('/a"b/')).toContain("has characters an address cannot hold");
  });
});
