import { describe, expect, it } from "vitest";
import { gzipSync } from "node:zlib";
import { createFetchText, decodeIndexFile } from "../../../src/client/createFetchText.ts";
import { siteUrl } from "../../../src/client/siteUrl.ts";

describe("siteUrl", () => {
  it.each([
    ["/", "/economy/tax/", "/economy/tax/"],
    ["/news/", "/economy/tax/", "/news/economy/tax/"],
    ["/news/", "search-index/manifest.json", "/news/search-index/manifest.json"],
    ["/news", "search-index/manifest.json", "/news/search-index/manifest.json"],
  ])("puts %j before %j", (base, path, url) => {
    expect(siteUrl(base, path)).toBe(url);
  });
});

describe("createFetchText", () => {
  function fakeFetch(status = 200) {
    const calls: { url: string; cache: RequestCache | undefined }[] = [];
    const fetchFn = (async (url: string, init?: RequestInit) => {
      calls.push({ url, cache: init?.cache });
      return new Response(`body of ${url}`, { status });
    }) as typeof fetch;
    return { calls, fetchFn };
  }

  it("fetches under the path prefix, revalidating only the manifest", async () => {
    const { calls, fetchFn } = fakeFetch();
    const fetchText = createFetchText("/news/", fetchFn);
    expect(await fetchText("search-index/manifest.json")).toBe("body of /news/search-index/manifest.json");
    await fetchText("search-index/abc/s1.json");
    expect(calls).toEqual([
      { url: "/news/search-index/manifest.json", cache: "no-cache" },
      { url: "/news/search-index/abc/s1.json", cache: "default" },
    ]);
  });

  it("rejects on an HTTP error", async () => {
    const fetchText = createFetchText("/", fakeFetch(404).fetchFn);
    await expect(fetchText("search-index/x/s0.json")).rejects.toThrow("search index: /search-index/x/s0.json answered 404");
  });
});

describe("decodeIndexFile", () => {
  it("inflates a gzipped file, as the build stores them", async () => {
    expect(await decodeIndexFile(gzipSync('["城市规划 text"]'))).toBe('["城市规划 text"]');
  });

  it("takes a file a host has already inflated as it is", async () => {
    expect(await decodeIndexFile(new TextEncoder().encode('{"format":2}'))).toBe('{"format":2}');
  });
});

describe("createFetchText on gzipped files", () => {
  it("gives the text of a gzipped file", async () => {
    const fetchFn = (async () => new Response(gzipSync("[1,2,3]"))) as unknown as typeof fetch;
    expect(await createFetchText("/", fetchFn)("search-index/x/s0.json")).toBe("[1,2,3]");
  });
});
