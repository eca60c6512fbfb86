// What the issue asks of relevance, on the corpora of the relevance table (tests/search/relevance/*.json):
// Chinese runs match as substrings, every two-character piece of a real Chinese title finds its post, and
// every result of a two-word English query has both words unless the search says it fell back.

import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { createSearchSession, type SearchSession } from "../../src/search/searchSession.ts";
import { searchPipeline, termSpans } from "../../src/search/tokenize.ts";
import type { SearchOutcome } from "../../src/search/types.ts";
import { buildSearchIndex } from "../support/buildSearchIndex.ts";
import { memoryFiles } from "./fixtures/memoryFiles.ts";
import { chineseCorpus, contains, englishCorpus, type RelevanceDocument } from "./fixtures/relevanceCorpora.ts";

interface Judgments {
  queries: { query: string; phrase: string; relevant: string[] }[];
}

const judgments = (set: string) =>
  JSON.parse(fs.readFileSync(path.join(import.meta.dirname, "relevance", `${set}.json`), "utf8")) as Judgments;

function sessionOver(documents: RelevanceDocument[]): SearchSession {
  return createSearchSession({ fetchText: memoryFiles(buildSearchIndex(documents)).fetchText, maxShards: Infinity });
}

const hitsOf = (outcome: SearchOutcome) => ("hits" in outcome ? outcome.hits : []);

describe("Chinese: a run of characters is searched as a substring", () => {
  const documents = chineseCorpus();
  let session: SearchSession;
  beforeAll(() => {
    session = sessionOver(documents);
  });

  it("has judgments that agree with the corpus", () => {
    for (const { phrase, relevant } of judgments("chinese").queries) {
      expect(documents.filter((d) => contains(d, phrase)).map((d) => d.id), phrase).toEqual(relevant);
    }
  });

  it.each(judgments("chinese").queries.map((q) => [q.query, q] as const))("%s: first 10 hold it, count within 10%% of the articles holding it", async (query, { phrase }) => {
    const holding = documents.filter((d) => contains(d, phrase)).length;
    const hits = hitsOf(await session.search(query));
    const first = hits.slice(0, 10).filter((hit) => contains(documents[hit.ref], phrase)).length;
    if (holding >= 10) expect(first, "of the first 10").toBeGreaterThanOrEqual(9);
    else expect(first).toBe(holding);
    expect(Math.abs(hits.length - holding), `${hits.length} results, ${holding} hold it`).toBeLessThanOrEqual(holding * 0.1);
  });

  it("finds each real Chinese post by every two-character piece of its title", async () => {
    const posts = documents.filter((d) => !d.id.startsWith("generated/"));
    expect(posts.length).toBeGreaterThanOrEqual(15);
    let pieces = 0;
    for (const post of posts) {
      const chars = [...post.title];
      for (let i = 0; i + 2 <= chars.length; i++) {
        const piece = chars.slice(i, i + 2).join("");
        if (!/^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]{2}$/u.test(piece)) continue;
        pieces++;
        const refs = hitsOf(await session.search(piece)).map((h) => documents[h.ref].id);
        expect(refs, `${piece} in “${post.title}”`).toContain(post.id);
      }
    }
    expect(pieces).toBeGreaterThan(50);
  });

  it("combines a Latin word and a Chinese run, each required", async () => {
    const hits = hitsOf(await session.search("KubeSphere 社区"));
    expect(hits.length).toBeGreaterThan(0);
    for (const hit of hits) {
      const text = `${documents[hit.ref].title} ${documents[hit.ref].body}`.toLowerCase();
      expect(text).toContain("kubesphere");
      expect(text).toContain("社区");
    }
  });

  it("finds a Korean word with its particle attached", async () => {
    const korean = sessionOver([
      { ...documents[0], id: "k/1", url: "/k/1/", title: "서울의 교통이 복잡하다", body: "" },
      { ...documents[0], id: "k/2", url: "/k/2/", title: "날씨", body: "" },
    ]);
    expect(hitsOf(await korean.search("교통")).map((h) => h.ref)).toEqual([0]);
  });
});

describe("English: every word of a query, unless the search says it fell back", () => {
  const documents = englishCorpus();
  let session: SearchSession;
  beforeAll(() => {
    session = sessionOver(documents);
  });

  it.each(["github pages", "release notes", "static site", "pull request", "command line", "markdown template", "theme config"])(
    "%s: every result holds both words (stemmed)",
    async (query) => {
      const outcome = await session.search(query);
      const wanted = searchPipeline().runString(query);
      expect(wanted).toHaveLength(2);
      const hasBoth = (d: RelevanceDocument) => {
        const terms = new Set(termSpans(`${d.title} ${d.tags.join(" ")} ${d.description} ${d.body}`).map((s) => s.term));
        return wanted.every((t) => terms.has(t));
      };
      const hits = hitsOf(outcome);
      expect(hits.length).toBeGreaterThan(0);
      if (outcome.status === "found" && outcome.fellBack) {
        // Said so, and rightly: no article has both.
        expect(documents.filter(hasBoth)).toEqual([]);
        return;
      }
      for (const hit of hits) expect(hasBoth(documents[hit.ref]), documents[hit.ref].id).toBe(true);
      expect(hits).toHaveLength(documents.filter(hasBoth).length);
    },
  );

  it("matches a quoted phrase exactly where the judged articles hold it", async () => {
    for (const { query, relevant } of judgments("english").queries.filter((q) => q.query.startsWith('"'))) {
      const refs = hitsOf(await session.search(query)).map((h) => documents[h.ref].id);
      expect(refs.sort(), query).toEqual([...relevant].sort());
    }
  });
});
