import { describe, expect, it } from "vitest";
import { buildSummary } from "../../src/cli/buildSummary.ts";
import type { SiteModel } from "../../src/model/buildSiteModel.ts";
import { emptyResult } from "../../src/pipeline/BuildResult.ts";

const model = { articles: [], categories: [], tags: [], skipped: { drafts: 0, scheduled: 0 }, upcoming: [] } as unknown as SiteModel;
const summary = (result: Partial<ReturnType<typeof emptyResult>>) =>
  buildSummary({ siteName: "S", timeZone: "UTC", output: "dist", model, result: { ...emptyResult(), ...result }, timings: {}, seconds: 1, maxRssBytes: 0, reuse: { clean: "no cache from an earlier build" } });

describe("buildSummary", () => {
  it("reports an article page's weight on a phone and the images made", () => {
    const { text, data } = summary({
      images: { images: 3, encoded: 1, files: 27, bytes: 3 * 1024 * 1024, seconds: 2 },
      pageWeight: { page: "a/b/index.html", htmlGzipBytes: 5120, cssGzipBytes: 4096, image: { file: "/a/img/b-1-960.avif", format: "avif", bytes: 20480 } },
    });
    expect(text).toContain("  Images: 3 images in 27 files (3.0 MB); 1 encoded by this build, the rest from the cache.");
    expect(text).toContain("  An article page on a phone (a/b/index.html): HTML 5.0 KB + CSS 4.0 KB gzipped, no script; lead image 20.0 KB (avif).");
    expect(data).toMatchObject({ images: 3, imagesEncoded: 1, pageHtmlGzipBytes: 5120, pageCssGzipBytes: 4096, pageImageBytes: 20480 });
  });

  it("names the next three scheduled articles and counts the rest", () => {
    const upcoming = [1, 2, 3, 4, 5].map((day) => ({ date: new Date(Date.UTC(2090, 0, day)), title: `Article ${day}`, sourcePath: `articles/a${day}.md` }));
    const { text } = buildSummary({ siteName: "S", timeZone: "UTC", output: "dist", model: { ...model, upcoming } as unknown as SiteModel, result: emptyResult(), timings: {}, seconds: 1, maxRssBytes: 0, reuse: { clean: "no cache from an earlier build" } });
    expect(text).toContain('    3 Jan 2090, 00:00 UTC: "Article 3" (articles/a3.md)\n    … and 2 more\n');
    expect(text).not.toContain("Article 4");
  });

  it("says nothing of images on a site without any", () => {
    expect(summary({}).text).not.toMatch(/Images:|on a phone/);
  });
});
