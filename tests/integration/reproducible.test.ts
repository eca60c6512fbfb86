// Two builds of the same articles with the same SOURCE_DATE_EPOCH are byte-identical, file by file, even
// when the second runs from another folder (other paths, fresh modification times), into another output
// folder, in another time zone and locale.
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { listFiles } from "../../src/io/listFiles.ts";
import { buildSite, PROJECT_ROOT, tempDir, type BuildResult } from "../support/buildSite.ts";

const EPOCH = String(Date.UTC(2026, 0, 1) / 1000);

function hashes(folder: string): Map<string, string> {
  return new Map(listFiles(folder).map((file) => [file, createHash("sha256").update(fs.readFileSync(path.join(folder, file))).digest("hex")]));
}

describe("a build of the sample site", () => {
  let first: BuildResult;
  let second: BuildResult;
  beforeAll(async () => {
    const elsewhere = path.join(tempDir("reproducible-"), "copy of the articles");
    fs.cpSync(path.join(PROJECT_ROOT, "articles"), elsewhere, { recursive: true });
    [first, second] = await Promise.all([
      buildSite({ articles: "articles", env: { SOURCE_DATE_EPOCH: EPOCH, TZ: "UTC", LANG: "C.UTF-8" } }),
      buildSite({
        articles: elsewhere,
        output: path.join(tempDir("reproducible-out-"), "another name"),
        env: { SOURCE_DATE_EPOCH: EPOCH, TZ: "Pacific/Chatham", LANG: "zh_CN.UTF-8", LC_ALL: "de_DE.UTF-8" },
      }),
    ]);
  });

  it("is the same, byte for byte, when built again", () => {
    expect(first.code, first.stderr).toBe(0);
    expect(second.code, second.stderr).toBe(0);
    const a = hashes(first.output);
    const b = hashes(second.output);
    expect([...b.keys()]).toEqual([...a.keys()]);
    const differing = [...a].filter(([file, hash]) => b.get(file) !== hash).map(([file]) => file);
    expect(differing).toEqual([]);
    // Every kind of output took part: pages, feeds, sitemap, search index, copied images, the client bundle.
    expect([...a.keys()]).toEqual(
      expect.arrayContaining(["index.html", "feed.xml", "feed.json", "sitemap.xml", "search-index/manifest.json", "economy/img/container-traffic.svg", "assets/search.js"]),
    );
    expect(a.size).toBeGreaterThan(100);
  });
});
