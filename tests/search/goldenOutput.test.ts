// The index files, byte for byte: the hashes below were first taken from the first implementation, before the
// builder was rewritten for 100k articles, and taken anew for format 2 (character pairs for CJK, positions,
// fragments, facets, vocabulary). A change to the format, a number or the build name shows here; if one is
// meant, say so in the commit and take the new hash (UPDATE_GOLDEN=1 prints it). Beside each hash, a digest of
// every file and of every shard entry (tests/search/golden/) says what differs: the first differing file
// and, in a term shard, the first differing term. `UPDATE_GOLDEN=1 npx vitest run tests/search/goldenOutput`
// writes the digests anew.

import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildSearchIndex } from "../support/buildSearchIndex.ts";
import type { BuildSearchIndexOptions, SearchDocument } from "../../src/search/types.ts";
import { awkwardDocuments } from "./fixtures/awkwardDocuments.ts";
import { randomCorpus } from "./fixtures/randomCorpus.ts";

interface GoldenCase {
  name: string;
  documents: () => SearchDocument[];
  options: Partial<BuildSearchIndexOptions>;
  files: number;
  /** sha256 of every file in order: path, NUL, contents, NUL. */
  sha256: string;
}

const cases: GoldenCase[] = [
  {
    name: "2,000 random documents",
    documents: () => randomCorpus(2000, 7),
    options: {},
    files: 2174,
    sha256: "8d6ca28817f185bdef3a83d8c1118fbea5ac1a17edd5904a0116938b1d74f024",
  },
  {
    name: "awkward documents, tiny shards and chunks",
    documents: awkwardDocuments,
    options: { shardBytes: 300, metaChunkSize: 3, maxExcerptLength: 30 },
    files: 67,
    sha256: "047f65fce4b269b59bf3dac2ea500c91ce956f7f719903a8dc0eedb4248612bb",
  },
  {
    name: "fields in another order, boosts 0 and negative",
    documents: () => [...randomCorpus(300, 11), ...awkwardDocuments()],
    options: {
      fields: [
        { name: "body", boost: 0 },
        { name: "title", boost: -3 },
        { name: "tags", boost: 2.5 },
      ],
      shardBytes: 5000,
    },
    files: 399,
    sha256: "abdd41db8c92f24990c8be28d284a6940efc2162672f4893c1281b5ed4857177",
  },
  {
    name: "a boost so large the stored values wrap around",
    documents: () => randomCorpus(200, 5),
    options: {
      fields: [
        { name: "title", boost: 1e9 },
        { name: "body", boost: 1 },
      ],
    },
    files: 242,
    sha256: "fc8dcabe4a7b45ef7277682bc1be76af4360ded5702ea0bdb7a11622ca2b4daf",
  },
];

const GOLDEN = path.join(import.meta.dirname, "golden");
const short = (text: string, length: number) => createHash("sha256").update(text).digest("hex").slice(0, length);

/** Each file's digest, the build name left out of its path, and in term shards each entry's term and digest. */
interface Digest {
  files: [path: string, sha: string][];
  entries: Record<string, [term: string, sha: string][]>;
}

function digestOf(files: readonly { path: string; contents: string }[]): Digest {
  const build = /^search-index\/([^/]+)\//.exec(files.find((f) => f.path !== "search-index/manifest.json")?.path ?? "")?.[1];
  const digest: Digest = { files: [], entries: {} };
  for (const file of files) {
    const name = build ? file.path.replace(`/${build}/`, "/<build>/") : file.path;
    digest.files.push([name, short(file.contents, 16)]);
    if (/\/s\d+\.json$/.test(name)) {
      const entries = JSON.parse(file.contents) as unknown[];
      digest.entries[name] = entries.map((entry) => [String((entry as unknown[])[0]), short(JSON.stringify(entry), 8)]);
    }
  }
  return digest;
}

/** What differs first between the expected digest and this one, in words. */
function firstDifference(expected: Digest, actual: Digest): string | undefined {
  for (let i = 0; i < Math.max(expected.files.length, actual.files.length); i++) {
    const [wantedPath, wantedSha] = expected.files[i] ?? ["(none)", ""];
    const [path, sha] = actual.files[i] ?? ["(none)", ""];
    if (wantedPath !== path) return `file ${i} is ${path}, expected ${wantedPath}`;
    if (wantedSha === sha) continue;
    const wanted = expected.entries[path];
    const got = actual.entries[path];
    if (!wanted || !got) return `${path} differs`;
    for (let e = 0; e < Math.max(wanted.length, got.length); e++) {
      const [term, entrySha] = got[e] ?? ["(none)", ""];
      const [wantedTerm, wantedEntrySha] = wanted[e] ?? ["(none)", ""];
      if (term !== wantedTerm) return `${path}: entry ${e} is the term ${JSON.stringify(term)}, expected ${JSON.stringify(wantedTerm)}`;
      if (entrySha !== wantedEntrySha) return `${path}: the entry of the term ${JSON.stringify(term)} differs`;
    }
    return `${path} differs outside its entries`;
  }
  return undefined;
}

describe("buildSearchIndex output", () => {
  it.each(cases)("is byte for byte the pinned output: $name", ({ name, documents, options, files, sha256 }) => {
    const built = buildSearchIndex(documents(), options);
    const hash = createHash("sha256");
    for (const file of built.files) hash.update(file.path).update("\0").update(file.contents).update("\0");
    const digestFile = path.join(GOLDEN, `${name.replace(/[^a-z0-9]+/gi, "-").toLowerCase()}.json`);
    const digest = digestOf(built.files);
    if (process.env.UPDATE_GOLDEN) {
      fs.mkdirSync(GOLDEN, { recursive: true });
      fs.writeFileSync(digestFile, JSON.stringify(digest) + "\n");
    }
    const expected = JSON.parse(fs.readFileSync(digestFile, "utf8")) as Digest;
    const sha = hash.digest("hex");
    if (process.env.UPDATE_GOLDEN) console.log(`${name}: files: ${built.files.length}, sha256: "${sha}"`);
    expect(firstDifference(expected, digest), "the first difference from the golden output").toBeUndefined();
    expect(built.files).toHaveLength(files);
    expect(sha).toBe(sha256);
  });

  it("reports the stats of the format 2 implementation", () => {
    const stats = buildSearchIndex(randomCorpus(2000, 7)).stats;
    if (process.env.UPDATE_GOLDEN) console.log(JSON.stringify(stats));
    expect(stats).toEqual({
      documents: 2000,
      terms: 2193,
      postings: 75870,
      shards: 18,
      metaChunks: 125,
      positionShards: 5,
      fragments: 2000,
      vocabularyFiles: 24,
      positions: 97127,
      files: 2174,
      bytes: 2316330,
      bytesByKind: { manifest: 544, terms: 811156, positions: 203354, metadata: 488444, fragments: 788539, facets: 12954, vocabulary: 11339 },
      largestShard: { bytes: 47997, firstTerm: "\u30f3\u30b8" },
      oversizedShards: 0,
      fromRecords: 0,
    });
  });
});
