import { describe, expect, it } from "vitest";
import { manifestPath } from "../../src/search/indexPaths.ts";
import { SearchIndexBuilder } from "../../src/search/SearchIndexBuilder.ts";
import type { BuildSearchIndexOptions, SearchDocument } from "../../src/search/types.ts";
import { siteSearchFields } from "../support/buildSearchIndex.ts";
import { doc, handMadeDocuments } from "./fixtures/documents.ts";
import { randomCorpus } from "./fixtures/randomCorpus.ts";

function emitted(documents: readonly SearchDocument[], options: Partial<BuildSearchIndexOptions> = {}) {
  const builder = new SearchIndexBuilder({ fields: siteSearchFields, ...options });
  const fragments: { path: string; contents: string }[] = [];
  for (const document of documents) builder.add(document, (path, contents) => fragments.push({ path, contents }));
  const files: { path: string; contents: string }[] = [];
  const stats = builder.emit((path, contents) => files.push({ path, contents }));
  return { files, fragments, stats };
}

describe("SearchIndexBuilder", () => {
  it("hands out fragments as documents come, then shards, position shards, metadata chunks, facets, vocabulary and the manifest, which names every other file", () => {
    const documents = randomCorpus(300, 2);
    const { files, fragments, stats } = emitted(documents, { shardBytes: 2_000, metaChunkSize: 7 });
    expect(stats.files).toBe(files.length + fragments.length);
    expect(fragments.every((f) => /^search-index\/f\/[0-9a-f]{16}\.json$/.test(f.path))).toBe(true);
    expect(files.at(-1)!.path).toBe(manifestPath);
    const manifest = JSON.parse(files.at(-1)!.contents) as { build: string; shards: string[]; positionShards: string[]; vocabulary: string[] };
    expect(files.filter((f) => /\/s\d+\.json$/.test(f.path)).length).toBe(manifest.shards.length);
    expect(files.filter((f) => /\/p\d+\.json$/.test(f.path)).length).toBe(manifest.positionShards.length);
    expect(files.filter((f) => /\/v\d+\.json$/.test(f.path)).length).toBe(manifest.vocabulary.length);
    expect(files.slice(0, -1).every((f) => f.path.startsWith(`search-index/${manifest.build}/`))).toBe(true);
    expect(files.filter((f) => /\/m\d+\.json$/.test(f.path)).length).toBe(Math.ceil(300 / 7));
    const kind = (path: string) => (path === manifestPath ? "manifest" : /\/([spmv])\d+\.json$/.exec(path)?.[1] ?? path.slice(-6));
    expect(files.map((f) => kind(f.path)).join(" ")).toMatch(/^(s )+(p )+(m )+d\.json (v )+manifest$/);
  });

  it("counts every byte it hands out, by kind", () => {
    const { files, fragments, stats } = emitted(handMadeDocuments());
    const all = [...files, ...fragments];
    expect(stats.files).toBe(all.length);
    expect(stats.bytes).toBe(all.reduce((sum, f) => sum + Buffer.byteLength(f.contents), 0));
    expect(stats.bytesByKind.fragments).toBe(fragments.reduce((sum, f) => sum + Buffer.byteLength(f.contents), 0));
  });

  it("hands out no index file when the input has problems", () => {
    const files: string[] = [];
    const builder = new SearchIndexBuilder({ fields: siteSearchFields });
    builder.add(doc({ url: "/a/" }), () => undefined);
    builder.add(doc({ url: "/a/" }), () => undefined);
    expect(() => builder.emit((path) => files.push(path))).toThrowError(/url is used by documents 0 and 1/);
    expect(files).toEqual([]);
  });
});
