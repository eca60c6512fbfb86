// The page thread's link records across builds: a build records what it found on every page it checked; the
// next build checks the pages it keeps from those records instead of reading the pages again.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { BrokenLink } from "../../src/check/LinkChecker.ts";
import { readLinkRecords } from "../../src/io/linkRecords.ts";
import { PageOutputWorker } from "../../src/io/PageOutputWorker.ts";
import type { LinkRecordFiles } from "../../src/io/pageOutputThread.ts";
import { tempDir } from "../support/buildSite.ts";

const PAGES: Record<string, string> = {
  "index.html": '<a href="/a/">a</a><a href="/a/#part">part</a><a href="/gone/">gone</a><a href="#top">top</a><h1 id="top">x</h1>',
  "a/index.html": '<h2 id="part">x</h2><a href="/">home</a><a href="/a/#nope">self, broken</a><a href="/gone/">gone</a><img src="/img/x.png">',
  "tags/人/index.html": '<a href="/tags/%E4%BA%BA/#t">self</a><p id="t"></p><a href="/a/#part">part</a><a href="/gone/">gone</a>',
  "feed.xml": '<feed><link href="/not-checked/"/></feed>',
  "img/x.png": "not really a png",
};
const HTML = Object.keys(PAGES).filter((file) => file.endsWith(".html"));

/** One build: pages rendered (sent to the thread) and pages kept from an earlier output. */
async function build(records: LinkRecordFiles | undefined, rendered: string[], kept?: { from: string; files: string[] }) {
  const output = tempDir("page-thread-");
  const worker = new PageOutputWorker(output, "/", true, [], records);
  try {
    if (kept) worker.reuse(kept.from, kept.files);
    for (const file of rendered) await worker.page(file, PAGES[file]!);
    const { broken } = await worker.finish();
    return { output, broken };
  } finally {
    await worker.stop();
  }
}

describe("the page thread's link records", () => {
  it("records every checked page, and checks kept pages from the records instead of reading them", async () => {
    const cache = tempDir("page-thread-cache-");
    const first = path.join(cache, "first");
    const clean = await build({ next: first }, Object.keys(PAGES));
    const fresh: BrokenLink[] = clean.broken;
    expect(fresh.map((link) => [link.page, link.href])).toEqual([
      ["a/index.html", "/a/#nope"],
      ["a/index.html", "/gone/"],
      ["index.html", "/gone/"],
      ["tags/人/index.html", "/gone/"],
    ]);
    // Every HTML page is recorded, as scanned; the feed is not a page the check reads.
    const records = readLinkRecords(first)!;
    expect(records.pages).toBe(HTML.length);
    expect(records.get("feed.xml")).toBeUndefined();
    expect(records.get("index.html")).toEqual({ links: ["/a/", "/a/#part", "/gone/", "#top"], ids: ["top"] });

    // An incremental build keeps every page but the home page: it finds what the same build finds when it
    // reads the kept pages, and what the clean build found.
    const second = path.join(cache, "second");
    const kept = Object.keys(PAGES).filter((file) => file !== "index.html");
    const incremental = await build({ previous: first, next: second }, ["index.html"], { from: clean.output, files: kept });
    const rescanned = await build({ next: path.join(cache, "rescanned") }, ["index.html"], { from: clean.output, files: kept });
    expect(incremental.broken).toEqual(rescanned.broken);
    expect(incremental.broken).toEqual(fresh);
    for (const file of kept) expect(fs.readFileSync(path.join(incremental.output, file), "utf8")).toBe(PAGES[file]);
    // ...and records the kept pages again for the build after it.
    const again = readLinkRecords(second)!;
    expect(again.pages).toBe(HTML.length);
    for (const file of HTML) expect(again.get(file), file).toEqual(records.get(file));

    // This is how the test knows the records are used: a kept page is changed on disk ON PURPOSE (its broken
    // links fixed), which the main thread would never keep. Read again, the page has no broken link any more;
    // from its record, it has the one it had. (The page is written anew: the outputs share their files.)
    const changed = path.join(incremental.output, "a/index.html");
    fs.rmSync(changed);
    fs.writeFileSync(changed, '<h2 id="part">x</h2><a href="/">home</a>');
    const all = { from: incremental.output, files: Object.keys(PAGES) };
    const fromRecords = await build({ previous: second, next: path.join(cache, "third") }, [], all);
    expect(fromRecords.broken).toEqual(fresh);
    const read = await build({ next: path.join(cache, "fourth") }, [], all);
    expect(read.broken.map((link) => [link.page, link.href])).toEqual([
      ["index.html", "/gone/"],
      ["tags/人/index.html", "/gone/"],
    ]);
  });

  it("reads the kept pages when the previous records are missing or damaged, and still records them", async () => {
    const cache = tempDir("page-thread-cache-");
    const clean = await build({ next: path.join(cache, "first") }, Object.keys(PAGES));
    const damaged = path.join(cache, "damaged");
    const data = fs.readFileSync(path.join(cache, "first"));
    data[data.length - 1] = data[data.length - 1]! ^ 0x01;
    fs.writeFileSync(damaged, data);
    // Kept pages that differ from their records show which were read: with records that cannot be used, all.
    const changed = path.join(clean.output, "a/index.html");
    fs.rmSync(changed);
    fs.writeFileSync(changed, '<h2 id="part">x</h2>');
    const kept = { from: clean.output, files: Object.keys(PAGES) };
    const expected = [
      ["index.html", "/gone/"],
      ["tags/人/index.html", "/gone/"],
    ];
    for (const previous of [damaged, path.join(cache, "none")]) {
      const next = path.join(cache, `after-${path.basename(previous)}`);
      const result = await build({ previous, next }, [], kept);
      expect(result.broken.map((link) => [link.page, link.href]), previous).toEqual(expected);
      expect(readLinkRecords(next)!.get("a/index.html")).toEqual({ links: [], ids: ["part"] });
    }
  });

  it("writes no records without a cache, or when links are not checked", async () => {
    const cache = tempDir("page-thread-cache-");
    await build(undefined, Object.keys(PAGES));
    const output = tempDir("page-thread-");
    const worker = new PageOutputWorker(output, "/", false, [], { next: path.join(cache, "links") });
    try {
      await worker.page("index.html", PAGES["index.html"]!);
      expect((await worker.finish()).broken).toEqual([]);
    } finally {
      await worker.stop();
    }
    expect(fs.readdirSync(cache)).toEqual([]);
  });
});
