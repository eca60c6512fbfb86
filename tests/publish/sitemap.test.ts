import { describe, expect, it } from "vitest";
import { buildSitemap } from "../../src/publish/sitemap.ts";

const entry = (n: number) => ({ url: `/a/${n}/`, lastModified: new Date(Date.UTC(2025, 0, 1 + (n % 28))) });

describe("buildSitemap", () => {
  it("writes one sitemap.xml while the site fits in one file", () => {
    const sitemap = buildSitemap([entry(1), entry(2)], 2);
    expect(sitemap.index).toBeUndefined();
    expect(sitemap.files.map((file) => [file.url, file.entries.length])).toEqual([["/sitemap.xml", 2]]);
  });

  it("splits a bigger site into numbered files under an index at sitemap.xml", () => {
    const entries = Array.from({ length: 5 }, (_, i) => entry(i));
    const sitemap = buildSitemap(entries, 2);
    expect(sitemap.files.map((file) => [file.url, file.entries.map((e) => e.url)])).toEqual([
      ["/sitemaps/1.xml", ["/a/0/", "/a/1/"]],
      ["/sitemaps/2.xml", ["/a/2/", "/a/3/"]],
      ["/sitemaps/3.xml", ["/a/4/"]],
    ]);
    expect(sitemap.index?.url).toBe("/sitemap.xml");
    expect(sitemap.index?.files.map((file) => [file.url, file.lastModified.toISOString()])).toEqual([
      ["/sitemaps/1.xml", "2025-01-02T00:00:00.000Z"],
      ["/sitemaps/2.xml", "2025-01-04T00:00:00.000Z"],
      ["/sitemaps/3.xml", "2025-01-05T00:00:00.000Z"],
    ]);
  });

  it("keeps every address exactly once", () => {
    const entries = Array.from({ length: 101 }, (_, i) => entry(i));
    const urls = buildSitemap(entries, 10).files.flatMap((file) => file.entries.map((e) => e.url));
    expect(urls).toEqual(entries.map((e) => e.url));
  });
});
