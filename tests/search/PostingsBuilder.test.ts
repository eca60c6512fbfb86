import { describe, expect, it } from "vitest";
import { PostingsBuilder, type FieldValue } from "../../src/search/PostingsBuilder.ts";
import { manifestPath } from "../../src/search/indexPaths.ts";
import { mergeShards } from "./fixtures/mergeShards.ts";
import type { MetaEntry, PositionEntry, SearchDocument, SearchIndexManifest, ShardEntry } from "../../src/search/types.ts";
import { awkwardDocuments } from "./fixtures/awkwardDocuments.ts";
import { doc, handMadeDocuments } from "./fixtures/documents.ts";
import { randomCorpus } from "./fixtures/randomCorpus.ts";
import { referenceIndex } from "./fixtures/referenceIndex.ts";
import { buildSearchIndex } from "../support/buildSearchIndex.ts";

function buildPostings(documents: readonly (readonly FieldValue[])[], boosts: readonly number[]) {
  const builder = new PostingsBuilder(boosts);
  for (const values of documents) builder.add(values);
  return builder.finish();
}

function parts(documents: SearchDocument[], shardBytes?: number) {
  const built = buildSearchIndex(documents, { shardBytes });
  const byPath = new Map(built.files.map((f) => [f.path, f.contents]));
  const manifest = JSON.parse(byPath.get(manifestPath)!) as SearchIndexManifest;
  const shards = manifest.shards.map((_, i) => JSON.parse(byPath.get(`search-index/${manifest.build}/s${i}.json`)!) as ShardEntry[]);
  return { built, manifest, shards, byPath };
}

/** All shards merged back: must be lunr.Builder's index, entry for entry. */
function mergedJson(documents: SearchDocument[], shardBytes?: number): unknown {
  const { manifest, shards } = parts(documents, shardBytes);
  return JSON.parse(JSON.stringify(mergeShards(manifest, shards, () => true, true)));
}

describe("buildSearchIndex compared with lunr.Builder", () => {
  it("stores exactly lunr's inverted index and field vectors (hand-made documents)", () => {
    const documents = handMadeDocuments();
    expect(mergedJson(documents)).toEqual(JSON.parse(JSON.stringify(referenceIndex(documents))));
  });

  it("stores exactly lunr's inverted index and field vectors (300 random documents, many small shards)", () => {
    const documents = randomCorpus(300, 1);
    const { built } = parts(documents, 1_000);
    expect(built.stats.shards).toBeGreaterThan(50);
    expect(mergedJson(documents, 1_000)).toEqual(JSON.parse(JSON.stringify(referenceIndex(documents))));
  });

  it("stores exactly lunr's inverted index and field vectors (awkward text: separators, case, long tokens, surrogates)", () => {
    const documents = [...awkwardDocuments(), ...awkwardDocuments().map((d, i) => ({ ...d, url: `/again/${i}/` }))];
    expect(mergedJson(documents, 300)).toEqual(JSON.parse(JSON.stringify(referenceIndex(documents))));
  });

  it("computes BM25 as lunr does, step by step", () => {
    // Two one-field documents: "apple apple pear" and "pear". For "apple" in document 0:
    // idf = ln(1 + (2 − 1 + 0.5) / (1 + 0.5)) = ln 2; average length 1.5; tf 2; length 3.
    const postings = buildPostings([["apple apple pear"], ["pear"]], [1]);
    const apple = postings.terms.indexOf("appl");
    const idf = Math.log(2);
    const expected = (idf * (2.2 * 2)) / (1.2 * (1 - 0.75 + 0.75 * (3 / 2)) + 2);
    const [document, value] = postings.entries.subarray(2 * postings.start[apple], 2 * postings.start[apple] + 2);
    expect(document).toBe(0);
    expect(value).toBe(Math.round(expected * 1000));
  });

  it("numbers terms in the order lunr first meets them", () => {
    const postings = buildPostings([["zebra apple", "mango"], ["apple kiwi", ""]], [1, 1]);
    expect(postings.terms).toEqual(["zebra", "appl", "mango", "kiwi"]);
  });
});

describe("buildSearchIndex files", () => {
  it("writes a manifest, shards, position shards, metadata chunks, facets, vocabulary and fragments under search-index/", () => {
    const documents = handMadeDocuments();
    const { built, manifest } = parts(documents);
    expect(manifest).toMatchObject({
      format: 2,
      lunrVersion: "2.3.9",
      fields: ["title", "tags", "description", "body"],
      pipeline: ["normalizeToken", "segmentToken", "trimToken", "stopWordFilter", "stemToken"],
      documents: documents.length,
      metaChunkSize: 16,
      newestFirst: true,
    });
    expect(manifest.shards[0]).toBe("");
    expect(manifest.positionShards[0]).toBe("");
    expect(manifest.vocabulary).toEqual(expect.arrayContaining(["d", "p", "c"]));
    const facets = JSON.parse(built.files.find((f) => f.path === `search-index/${manifest.build}/d.json`)!.contents);
    expect(facets).toEqual({ categories: ["News"], category: documents.map(() => 0) });
    expect(built.files.filter((f) => /^search-index\/f\/[0-9a-f]{16}\.json$/.test(f.path))).toHaveLength(documents.length);
    expect(manifest.build).toMatch(/^[0-9a-f]{12}$/);
    for (const file of built.files) expect(file.path).toMatch(/^search-index\//);
    expect(built.stats).toMatchObject({ documents: documents.length, shards: manifest.shards.length, files: built.files.length });
  });

  it("puts each document's display data in chunks, excerpts cut at a word", () => {
    const documents = [
      doc({ title: "First", url: "/a/", category: "Economy", date: "2024-03-05", excerpt: "word ".repeat(100), lang: "en" }),
      doc({ title: "Second", url: "/b/" }),
      doc({ title: "Third", url: "/c/" }),
    ];
    const built = buildSearchIndex(documents, { metaChunkSize: 2, maxExcerptLength: 20 });
    const chunks = built.files.filter((f) => /\/m\d+\.json$/.test(f.path)).map((f) => JSON.parse(f.contents) as MetaEntry[]);
    expect(chunks.map((c) => c.map((e) => e[0]))).toEqual([["First", "Second"], ["Third"]]);
    expect(chunks[0][0]).toEqual(["First", "/a/", "Economy", "2024-03-05", "word word word word…", "en", expect.stringMatching(/^[0-9a-f]{16}$/)]);
  });

  it("writes each document's body text as a fragment named by its contents, once for the same text", () => {
    const documents = [doc({ body: "Same  text\nhere." }), doc({ body: "Same text here." }), doc({ body: "Other text." })];
    const built = buildSearchIndex(documents, { maxFragmentLength: 9 });
    const fragments = built.files.filter((f) => f.path.startsWith("search-index/f/"));
    expect(fragments.map((f) => JSON.parse(f.contents))).toEqual([["Same text"], ["Other tex"]]);
    const meta = JSON.parse(built.files.find((f) => /\/m0\.json$/.test(f.path))!.contents) as MetaEntry[];
    expect(meta[0][6]).toBe(meta[1][6]);
    expect(fragments[0].path).toBe(`search-index/f/${meta[0][6]}.json`);
  });

  it("stores every term's positions, one sequence per document, fields and tags one position apart", () => {
    const documents = [doc({ title: "Heat pumps", tags: ["heat", "pump"], body: "A heat pump heats the house; heat pumps." })];
    const { manifest, byPath } = parts(documents);
    const entries = manifest.positionShards.flatMap((_, i) => JSON.parse(byPath.get(`search-index/${manifest.build}/p${i}.json`)!) as PositionEntry[]);
    // title 1 2, tags 4 | 6, description (empty), body: heat 9 pump 10 heat 11 hous 12 heat 13 pump 14
    expect(entries).toEqual([
      ["heat", -2, 3, 5, 2, 2],
      ["hous", -13],
      ["pump", -3, 4, 4, 4],
    ]);
  });

  it("puts a CJK character pair's positions in its term shard, after its fields, and not in the position shards", () => {
    const documents = [doc({ title: "城市规划", body: "规划城市" })];
    const { manifest, byPath } = parts(documents);
    const terms = manifest.shards.flatMap((_, i) => JSON.parse(byPath.get(`search-index/${manifest.build}/s${i}.json`)!) as ShardEntry[]);
    const positions = manifest.positionShards.flatMap((_, i) => JSON.parse(byPath.get(`search-index/${manifest.build}/p${i}.json`)!) as PositionEntry[]);
    // title: 城市 1, 市规 2, 规划 3; no tags; description (empty) 5; body: 规划 6, 划城 7, 城市 8
    expect(terms.find((e) => e[0] === "城市")!.slice(6)).toEqual([-2, 7]);
    expect(terms.find((e) => e[0] === "划城")!.slice(6)).toEqual([-8]);
    expect(positions).toEqual([]);
  });

  it("tells the date order: newest first as given, or the order to sort by", () => {
    const given = [doc({ date: "2024-03-01" }), doc({ date: "2024-05-01" }), doc({ date: "2023-01-01" })];
    const { manifest, byPath } = parts(given);
    expect(manifest.newestFirst).toBe(false);
    expect(JSON.parse(byPath.get(`search-index/${manifest.build}/d.json`)!).byDate).toEqual([1, 0, 2]);
  });

  it("names a build by its content: same input, same build; changed input, new build", () => {
    const a = parts(handMadeDocuments()).manifest.build;
    const b = parts(handMadeDocuments()).manifest.build;
    const changed = handMadeDocuments();
    changed[0] = { ...changed[0], body: `${changed[0].body} more` };
    expect(a).toBe(b);
    expect(parts(changed).manifest.build).not.toBe(a);
  });

  it("builds an empty index for no documents", () => {
    const { built, manifest } = parts([]);
    expect(manifest.shards).toEqual([]);
    expect(built.files.map((f) => f.path.replace(manifest.build, "<build>"))).toEqual(["search-index/manifest.json", "search-index/<build>/d.json"]);
  });

  it("reports every problem at once", () => {
    const documents = [doc({ url: "/same/" }), doc({ url: "/same/" }), doc({ url: "relative/", title: "Bad" })];
    expect(() => buildSearchIndex(documents, { metaChunkSize: 0 })).toThrowError(
      [
        "search index: 3 problems:",
        "  metaChunkSize: 0 is not a positive integer",
        '  /same/: url is used by documents 0 and 1 (each document needs its own URL)',
        '  document 2 ("Bad"): url: "relative/" is not a site-relative URL (it should start with "/")',
      ].join("\n"),
    );
  });
});
