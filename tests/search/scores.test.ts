// The sharded index must rank exactly as one unsharded lunr index over the same documents, given the same
// query: a word without an operator is required ("all words"), so the reference is lunr's own engine on the
// parsed query with those clauses made required; when that finds nothing, lunr's own query (any word).
// Phrases (quoted, or a word the pipeline cuts into several terms) have no lunr equivalent: tests/search/phrases.test.ts.

import lunr from "lunr";
import { beforeAll, describe, expect, it } from "vitest";
import { buildSearchIndex, siteSearchFields } from "../support/buildSearchIndex.ts";
import { createSearchSession, type SearchSession } from "../../src/search/searchSession.ts";
import { searchPipeline } from "../../src/search/tokenize.ts";
import type { SearchDocument, SearchHit } from "../../src/search/types.ts";
import { handMadeDocuments } from "./fixtures/documents.ts";
import { memoryFiles, type MemoryFiles } from "./fixtures/memoryFiles.ts";
import { randomCorpus, seededRandom } from "./fixtures/randomCorpus.ts";
import { referenceIndex } from "./fixtures/referenceIndex.ts";

const QueryParser = (lunr as unknown as { QueryParser: new (query: string, into: lunr.Query) => { parse(): lunr.Query } }).QueryParser;
type Clause = lunr.Query.Clause & { usePipeline: boolean; editDistance?: number; presence: number };

/**
 * lunr's own results for `query` with its words required; when that finds nothing and two or more words were
 * made required, lunr's results for the query as typed. A required term the pipeline drops ("+the") makes
 * lunr 2.3.9 throw or return nothing; the client leaves such a clause out, and so does the reference.
 */
function referenceSearch(reference: lunr.Index, query: string): lunr.Index.Result[] {
  const pipeline = searchPipeline();
  const run = (allWords: boolean) =>
    reference.query((q) => {
      new QueryParser(query, q).parse();
      const clauses = q.clauses as Clause[];
      for (const c of clauses) if (allWords && c.presence === lunr.Query.presence.OPTIONAL) c.presence = lunr.Query.presence.REQUIRED;
      q.clauses = clauses.filter((c) => !(c.presence === lunr.Query.presence.REQUIRED && c.usePipeline && pipeline.runString(c.term).length === 0));
    });
  const kept = (new QueryParser(query, new lunr.Query(siteSearchFields.map((f) => f.name))).parse().clauses as Clause[]).filter(
    (c) => c.presence === lunr.Query.presence.PROHIBITED || !c.usePipeline || pipeline.runString(c.term).length > 0,
  );
  if (kept.length === 0) return [];
  const all = run(true);
  const parsed = new QueryParser(query, new lunr.Query(siteSearchFields.map((f) => f.name))).parse().clauses as Clause[];
  const words = parsed.filter((c) => c.presence === lunr.Query.presence.OPTIONAL && (!c.usePipeline || pipeline.runString(c.term).length > 0));
  return all.length === 0 && words.length >= 2 ? run(false) : all;
}

interface Setup {
  session: SearchSession;
  files: MemoryFiles;
  reference: lunr.Index;
  shards: number;
}

function setup(documents: SearchDocument[], shardBytes: number): Setup {
  const built = buildSearchIndex(documents, { shardBytes });
  const files = memoryFiles(built);
  return {
    session: createSearchSession({ fetchText: files.fetchText, maxShards: Infinity }),
    files,
    reference: referenceIndex(documents),
    shards: built.stats.shards,
  };
}

async function hitsOf(session: SearchSession, query: string): Promise<SearchHit[]> {
  const outcome = await session.search(query);
  if (outcome.status === "empty") return [];
  if (outcome.status !== "found" && outcome.status !== "none") throw new Error(`${query}: ${outcome.status}`);
  if (outcome.corrected !== undefined) throw new Error(`${query}: corrected to ${outcome.corrected}`);
  return outcome.hits;
}

/** Same documents, same scores rank by rank (ties may come in another order), same matched terms. */
function expectSameRanking(query: string, actual: SearchHit[], expected: lunr.Index.Result[]): void {
  expect(actual.map((h) => h.score), query).toHaveLength(expected.length);
  const expectedByRef = new Map(expected.map((r) => [Number(r.ref), r]));
  actual.forEach((hit, rank) => {
    const reference = expectedByRef.get(hit.ref);
    expect(reference, `${query}: document ${hit.ref} should not match`).toBeDefined();
    expect(Math.abs(hit.score - expected[rank].score), `${query}: score at rank ${rank}`).toBeLessThan(1e-12);
    expect(Math.abs(hit.score - reference!.score), `${query}: score of document ${hit.ref}`).toBeLessThan(1e-12);
    expect([...hit.terms].sort(), `${query}: terms of document ${hit.ref}`).toEqual(Object.keys(reference!.matchData.metadata).sort());
  });
}

const HAND_MADE_QUERIES = [
  // one word, stemmed forms, boosts of title and tags
  "deploy",
  "Deployments",
  "planning",
  "café",
  // several words
  "city planning",
  "deploy servers site",
  // wildcards
  "deploy*",
  "plan*",
  "*ing",
  "d*y",
  // presence
  "+planning -tax",
  "+deploy +server",
  "-deploy",
  "-deploy -planning",
  "+nonexistent planning",
  // fields
  "title:planning",
  "tags:devops",
  "body:deploy title:tax",
  // boosts and fuzzy terms
  "deploy^5 planning",
  "deplay~1",
  // Chinese and Japanese of two characters: one character pair each
  "北京",
  "交通 城市",
  "日本",
  // some words in no document: then any word
  "deploy zzzz",
  "planning nonexistent reform",
  // nothing to find
  "the",
  "zzzz",
  "script",
];

describe("ranking compared with one unsharded lunr index: hand-made documents", () => {
  let s: Setup;
  beforeAll(() => {
    s = setup(handMadeDocuments(), 300);
  });

  it("splits the small index into several shards", () => {
    expect(s.shards).toBeGreaterThan(3);
  });

  it.each(HAND_MADE_QUERIES)("%s", async (query) => {
    expectSameRanking(query, await hitsOf(s.session, query), referenceSearch(s.reference, query));
  });

  it("finds Chinese typed without spaces, best match first", async () => {
    const hits = await hitsOf(s.session, "城市规划");
    expect(hits[0].ref).toBe(4);
  });
});

describe("ranking compared with one unsharded lunr index: 400 random documents", () => {
  const documents = randomCorpus(400, 2);
  let s: Setup;
  beforeAll(() => {
    s = setup(documents, 3_000);
  });

  /** Queries made from the corpus's own words, in every form the brief lists. */
  function randomQueries(count: number): string[] {
    const random = seededRandom(77);
    const words = [...new Set(documents.flatMap((d) => d.body.split(/[\s,.()—-]+/)).filter((w) => /^[a-zà-ÿ]{2,}$/i.test(w)))].sort();
    const word = () => words[Math.floor(random() * words.length)];
    const forms: (() => string)[] = [
      () => word(),
      () => `${word()} ${word()}`,
      () => `${word()} ${word()} ${word()}`,
      () => `${word().slice(0, 2 + Math.floor(random() * 3))}*`,
      () => `+${word()} -${word()}`,
      () => `+${word()} +${word()}`,
      () => `title:${word()}`,
      () => `title:${word()} body:${word()}`,
      () => `${word()}^3 ${word()}`,
      () => `-${word()}`,
      () => `${word()}~1`,
      () => `*${word().slice(-3)}`,
    ];
    return Array.from({ length: count }, (_, i) => forms[i % forms.length]());
  }

  it("matches lunr on 240 generated queries", async () => {
    for (const query of randomQueries(240)) {
      expectSameRanking(query, await hitsOf(s.session, query), referenceSearch(s.reference, query));
    }
  });

  it.each(["人工 数据", "検索", "city planning", "deploy*", "+deploy -city"])("%s", async (query) => {
    expectSameRanking(query, await hitsOf(s.session, query), referenceSearch(s.reference, query));
  });

  it("fetches only the shard of a one-word query", async () => {
    const fresh = setup(documents, 3_000);
    await fresh.session.search("planning");
    expect(fresh.files.fetched.filter((p) => /\/s\d+\.json$/.test(p))).toHaveLength(1);
    expect(fresh.shards).toBeGreaterThan(20);
  });

  it("searches a required stop word as if it were not there, where lunr 2.3.9 throws or finds nothing", async () => {
    expect(() => s.reference.search("+the planning")).toThrow(TypeError);
    expect(s.reference.search("+planning +the")).toEqual([]);
    expectSameRanking("+the planning", await hitsOf(s.session, "+the planning"), s.reference.search("planning"));
    expectSameRanking("+planning +the", await hitsOf(s.session, "+planning +the"), s.reference.search("+planning"));
  });
});
