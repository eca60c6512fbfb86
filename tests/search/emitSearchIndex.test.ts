import { describe, expect, it } from "vitest";
import { buildSearchIndex } from "../../src/search/buildSearchIndex.ts";
import { emitSearchIndex } from "../../src/search/emitSearchIndex.ts";
import { manifestPath } from "../../src/search/indexPaths.ts";
import { doc, handMadeDocuments } from "./fixtures/documents.ts";
import { randomCorpus } from "./fixtures/randomCorpus.ts";

function emitted(...args: Parameters<typeof buildSearchIndex>) {
  const files: { path: string; contents: string }[] = [];
  const stats = emitSearchIndex(args[0], (path, contents) => files.push({ path, contents }), args[1]);
  return { files, stats };
}

describe("emitSearchIndex", () => {
  it("hands out the files buildSearchIndex returns: shards, metadata chunks, then the manifest", () => {
    const documents = randomCorpus(300, 2);
    const { files, stats } = emitted(documents, { shardBytes: 2_000, metaChunkSize: 7 });
    const built = buildSearchIndex(documents, { shardBytes: 2_000, metaChunkSize: 7 });
    expect(stats).toEqual(built.stats);
    expect(files.at(-1)!.path).toBe(manifestPath);
    expect(files).toEqual([...built.files.slice(1), built.files[0]]);
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
    expect(() => emitSearchIndex([doc({ url: "/a/" }), doc({ url: "/a/" })], (path) => files.push(path))).toThrowError(/url is used by documents 0 and 1/);
    expect(files).toEqual([]);
  });
});
