import { describe, expect, it } from "vitest";
import { manifestPath } from "../../src/search/indexPaths.ts";
import { SearchIndexBuilder } from "../../src/search/SearchIndexBuilder.ts";
import type { BuildSearchIndexOptions, SearchDocument } from "../../src/search/types.ts";
import { siteSearchFields } from "../support/buildSearchIndex.ts";
import { doc, handMadeDocuments } from "./fixtures/documents.ts";
import { randomCorpus } from "./fixtures/randomCorpus.ts";

function emitted(documents: readonly SearchDocument[], options: Partial<BuildSearchIndexOptions> = {}) {
  const builder = new SearchIndexBuilder({ fields: siteSearchFields, ...options });
  for (const document of documents) builder.add(document);
  const files: { path: string; contents: string }[] = [];
  const stats = builder.emit((path, contents) => files.push({ path, contents }));
  return { files, stats };
}

describe("SearchIndexBuilder", () => {
  it("hands out shards, metadata chunks, then the manifest, which names every other file", () => {
    const documents = randomCorpus(300, 2);
    const { files, stats } = emitted(documents, { shardBytes: 2_000, metaChunkSize: 7 });
    expect(stats.files).toBe(files.length);
    expect(files.at(-1)!.path).toBe(manifestPath);
    const manifest = JSON.parse(files.at(-1)!.contents) as { build: string; shards: string[] };
    expect(files.filter((f) => f.path.includes("/s")).length).toBe(manifest.shards.length);
    expect(files.slice(0, -1).every((f) => f.path.startsWith(`search-index/${manifest.build}/`))).toBe(true);
    expect(files.filter((f) => /\/m\d+\.json$/.test(f.path)).length).toBe(Math.ceil(300 / 7));
    const kinds = files.map((f) => (f.path === manifestPath ? "manifest" : /\/s\d+\.json$/.test(f.path) ? "shard" : "chunk"));
    expect(kinds.join(" ")).toMatch(/^(shard )+(chunk )+manifest$/);
  });

  it("counts every byte it hands out", () => {
    const { files, stats } = emitted(handMadeDocuments());
    expect(stats.files).toBe(files.length);
    expect(stats.bytes).toBe(files.reduce((sum, f) => sum + Buffer.byteLength(f.contents), 0));
  });

  it("hands out nothing when the input has problems", () => {
    const files: string[] = [];
    const builder = new SearchIndexBuilder({ fields: siteSearchFields });
    builder.add(doc({ url: "/a/" }));
    builder.add(doc({ url: "/a/" }));
    expect(() => builder.emit((path) => files.push(path))).toThrowError(/url is used by documents 0 and 1/);
    expect(files).toEqual([]);
  });
});
