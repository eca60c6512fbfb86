import { describe, expect, it } from "vitest";
import { PostingsBuilder, type FieldValue } from "../../src/search/PostingsBuilder.ts";
import { manifestPath } from "../../src/search/indexPaths.ts";
import { mergeShards } from "../../src/search/mergeShards.ts";
import type { MetaEntry, SearchDocument, SearchIndexManifest, ShardEntry } from "../../src/search/types.ts";
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
  it("writes a manifest, shards and metadata chunks under search-index/", () => {
    const documents = handMadeDocuments();
    const { built, manifest } = parts(documents);
    expect(manifest).toMatchObject({
      format: 1,
      lunrVersion: "2.3.9",
      fields: ["title", "tags", "description", "body"],
      pipeline: ["normalizeToken", "segmentToken", "trimToken", "stopWordFilter", "stemToken"],
      documents: documents.length,
      metaChunkSize: 16,
    });
    expect(manifest.shards[0]).toBe("");
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
    expect(chunks[0][0]).toEqual(["First", "/a/", "Economy", "2024-03-05", "word word word word…", "en"]);
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
    expect(built.files).toHaveLength(1);
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
