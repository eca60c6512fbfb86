// The query side, without a DOM: plan a query, fetch the shards it needs (positions only for phrases), match
// and rank, try a spelling one letter away and then any word when nothing has every word, then fetch the
// metadata and text fragments of the results shown. Files come from an injected fetchText, so Node tests
// run it over the files the build returned.

import lunr from "lunr";
import { excerptOf, type Excerpt } from "./excerpt.ts";
import { highlight } from "./highlight.ts";
import { facetsPath, fragmentPath, manifestPath, metaChunkPath, positionShardPath, shardPath, vocabularyPath } from "./indexPaths.ts";
import { matchQuery } from "./matchQuery.ts";
import { metaChunksFor } from "./metaChunksFor.ts";
import { planQuery, wantsTerm, type QueryMode, type QueryPlan } from "./planQuery.ts";
import { selectShards, shardOf } from "./selectShards.ts";
import { bestCorrection, correctable, correctionStart } from "./spelling.ts";
import { hasCjk } from "./tokenize.ts"; // and registers the pipeline functions Pipeline.load asks for
import type {
  Facets,
  FragmentEntry,
  MetaEntry,
  PositionEntry,
  SearchHit,
  SearchIndexManifest,
  SearchOutcome,
  SearchResultView,
  ShardEntry,
  VocabularyEntry,
} from "./types.ts";

/** Beyond this a query (leading wildcard, fuzzy term, "a*") would download a large part of the index. */
const DEFAULT_MAX_SHARDS = 24;

export interface SearchSessionOptions {
  /** Text of a file, by its path relative to the site root ("search-index/manifest.json"); rejects if it cannot. */
  fetchText(path: string): Promise<string>;
  maxShards?: number;
}

export interface SearchSession {
  /**
   * Ranks the documents matching `query` (lunr query syntax plus quoted phrases; text that does not parse is
   * searched as plain words): every word by default, else the words spelt right (one letter away), else any of them.
   */
  search(query: string): Promise<SearchOutcome>;
  /**
   * Titles, URLs, excerpts from the passage that matched… of `hits`, with the matched terms marked. With
   * `passages: false`, the excerpt is the article's description, and no text fragment is fetched: a page
   * can show the results at once and put `passages` in when they come.
   */
  describe(hits: readonly SearchHit[], options?: { passages?: boolean }): Promise<SearchResultView[]>;
  /** The passage of each hit's text that matched, marked, or undefined (no fragment, or no term in it). */
  passages(hits: readonly SearchHit[]): Promise<(Excerpt | undefined)[]>;
  /** Every document's category, and documents newest first: for filtering and sorting results. */
  facets(): Promise<{ categories: string[]; categoryOf: (ref: number) => number; newestFirst: (refs: readonly number[]) => number[] }>;
}

type Outcome = Extract<SearchOutcome, { hits: SearchHit[] }> | Extract<SearchOutcome, { status: "too-broad" }>;

export function createSearchSession(options: SearchSessionOptions): SearchSession {
  const { fetchText } = options;
  const maxShards = options.maxShards ?? DEFAULT_MAX_SHARDS;
  let manifest: Promise<{ manifest: SearchIndexManifest; pipeline: lunr.Pipeline }> | undefined;
  const files = new Map<string, Promise<unknown>>();

  function loadManifest() {
    if (manifest === undefined) {
      const loading = fetchText(manifestPath).then((text) => {
        const parsed = parseManifest(text);
        return { manifest: parsed, pipeline: lunr.Pipeline.load(parsed.pipeline) };
      });
      loading.catch(() => {
        if (manifest === loading) manifest = undefined;
      });
      manifest = loading;
    }
    return manifest;
  }

  /** Parsed JSON of a build file; paths name the build (or the contents), so a cached file never goes stale. */
  function loadJson<T>(path: string): Promise<T> {
    let file = files.get(path);
    if (file === undefined) {
      file = fetchText(path).then((text) => JSON.parse(text) as unknown);
      file.catch(() => files.delete(path));
      files.set(path, file);
    }
    return file as Promise<T>;
  }

  async function match(plan: QueryPlan, index: SearchIndexManifest): Promise<SearchHit[] | { tooBroad: number }> {
    const shardNumbers = selectShards(index.shards, plan);
    if (shardNumbers.length > maxShards) return { tooBroad: shardNumbers.length };
    // A CJK pair's positions come with its term shard.
    const positionNumbers = [...new Set(plan.phraseTerms.filter((term) => !hasCjk(term)).map((term) => shardOf(index.positionShards, term)))];
    const [shards, positionShards] = await Promise.all([
      Promise.all(shardNumbers.map((i) => loadJson<ShardEntry[]>(shardPath(index, i)))),
      Promise.all(positionNumbers.map((i) => loadJson<PositionEntry[]>(positionShardPath(index, i)))),
    ]);
    const entries = new Map<string, ShardEntry>();
    for (const shard of shards) for (const entry of shard) if (wantsTerm(plan, entry[0])) entries.set(entry[0], entry);
    const phraseTerms = new Set(plan.phraseTerms);
    const positions = new Map<string, PositionEntry>();
    for (const shard of positionShards) for (const entry of shard) if (phraseTerms.has(entry[0])) positions.set(entry[0], entry);
    const fieldEnd = 2 + index.fields.length;
    for (const term of phraseTerms) {
      const entry = entries.get(term);
      if (entry !== undefined && entry.length > fieldEnd) positions.set(term, [term, ...(entry.slice(fieldEnd) as number[])]);
    }
    return matchQuery(plan, index.fields, index.documents, { entries, positions });
  }

  /** Every word ("all"), or any of them ("any", undefined when that cannot differ from "all"). */
  async function rank(query: string, index: SearchIndexManifest, pipeline: lunr.Pipeline, mode: QueryMode): Promise<Outcome | { status: "empty" } | undefined> {
    const plan = planQuery(query, index.fields, pipeline, mode);
    if (plan.clauses.length === 0) return { status: "empty" };
    if (mode === "any" && plan.defaulted < 2) return undefined;
    const hits = await match(plan, index);
    if (!Array.isArray(hits)) return { status: "too-broad", query, shards: hits.tooBroad };
    return { status: hits.length > 0 ? "found" : "none", query, hits, ...(mode === "any" && hits.length > 0 ? { fellBack: true } : {}) };
  }

  /** `query` with each misspelt word (not in the index, five letters or more) replaced by its best correction. */
  async function corrected(query: string, index: SearchIndexManifest, pipeline: lunr.Pipeline): Promise<string | undefined> {
    const plan = planQuery(query, index.fields, pipeline, "all");
    const words = plan.clauses.flatMap((c) => (c.word !== undefined && correctable(c.word) ? [c.word] : []));
    if (words.length === 0) return undefined;
    const vocabularies = new Map<string, Map<string, { documents: number; form: string }>>();
    const vocabularyOf = async (first: string) => {
      let terms = vocabularies.get(first);
      if (terms === undefined) {
        terms = new Map();
        vocabularies.set(first, terms);
        const i = index.vocabulary.indexOf(first);
        if (i >= 0) {
          const list = await loadJson<VocabularyEntry>(vocabularyPath(index, i));
          for (let k = 0; k < list.length; k += 3) terms.set(list[k] as string, { documents: list[k + 1] as number, form: list[k + 2] as string });
        }
      }
      return terms;
    };
    const termOf = (word: string) => {
      const terms = pipeline.runString(word);
      return terms.length === 1 ? terms[0] : undefined;
    };
    let changed = query;
    for (const word of words) {
      await vocabularyOf(correctionStart(word));
      const known = (term: string) => vocabularies.get(String.fromCodePoint(term.codePointAt(0)!))?.get(term);
      const own = termOf(word);
      if (own !== undefined && (known(own)?.documents ?? 0) > 0) continue;
      const better = bestCorrection(word, termOf, known);
      if (better !== undefined) changed = replaceWord(changed, word, better);
    }
    return changed === query ? undefined : changed;
  }

  /** Every word; when nothing has them all, the query spelt right; then any of its words. */
  async function search(query: string, index: SearchIndexManifest, pipeline: lunr.Pipeline): Promise<SearchOutcome> {
    // The pipeline folds terms to NFKC, but wildcard terms skip it, and IMEs type operators full-width ("＋", "＊").
    const normal = query.normalize("NFKC");
    const all = await rank(normal, index, pipeline, "all");
    if (all === undefined || all.status === "empty") return { status: "empty", query };
    if (all.status !== "none") return { ...all, query };
    const spelling = await corrected(normal, index, pipeline);
    if (spelling !== undefined) {
      const again = (await rank(spelling, index, pipeline, "all")) ?? undefined;
      const found = again?.status === "found" ? again : await rank(spelling, index, pipeline, "any");
      if (found?.status === "found") return { ...found, query, corrected: spelling };
    }
    const any = await rank(normal, index, pipeline, "any");
    return any?.status === "found" || any?.status === "too-broad" ? { ...any, query } : { ...all, query };
  }

  /** The metadata of each hit, from its chunk. */
  async function metaOf(hits: readonly SearchHit[]): Promise<MetaEntry[]> {
    const { manifest: index } = await loadManifest();
    const size = index.metaChunkSize;
    const chunks = new Map<number, MetaEntry[]>();
    const needed = metaChunksFor(hits.map((h) => h.ref), size);
    await Promise.all(needed.map(async (i) => chunks.set(i, await loadJson<MetaEntry[]>(metaChunkPath(index, i)))));
    return hits.map((hit) => {
      const entry = chunks.get(Math.floor(hit.ref / size))?.[hit.ref % size];
      if (entry === undefined) throw new Error(`search index: no metadata for document ${hit.ref} (build ${index.build})`);
      return entry;
    });
  }

  /** The matched passage of each hit; a fragment that cannot be fetched costs its passage, not the result. */
  async function passagesOf(hits: readonly SearchHit[]): Promise<(Excerpt | undefined)[]> {
    const entries = await metaOf(hits);
    return Promise.all(
      entries.map(async (entry, i) => {
        if (hits[i].terms.length === 0) return undefined;
        const fragment = await loadJson<FragmentEntry>(fragmentPath(entry[6])).catch(() => undefined);
        return fragment && excerptOf(fragment[0], hits[i].terms);
      }),
    );
  }

  return {
    async search(query) {
      const trimmed = query.trim();
      if (trimmed === "") return { status: "empty", query: trimmed };
      const cached = manifest !== undefined;
      const { manifest: index, pipeline } = await loadManifest();
      try {
        return await search(trimmed, index, pipeline);
      } catch (error) {
        // A deploy since the manifest was fetched removes its build's files: fetch the new manifest once.
        if (!cached) throw error;
        manifest = undefined;
        const fresh = await loadManifest();
        return search(trimmed, fresh.manifest, fresh.pipeline);
      }
    },

    async describe(hits, { passages = true } = {}) {
      const [entries, found] = await Promise.all([metaOf(hits), passages ? passagesOf(hits) : undefined]);
      return hits.map((hit, i) => {
        const [title, url, category, date, description, lang] = entries[i];
        const passage = found?.[i];
        return {
          ref: hit.ref,
          score: hit.score,
          title,
          titleHighlights: highlight(title, hit.terms),
          url,
          category,
          date,
          lang,
          excerpt: passage ? passage.text : description,
          excerptHighlights: passage ? passage.highlights : highlight(description, hit.terms),
        };
      });
    },

    passages: (hits) => passagesOf(hits),

    async facets() {
      const { manifest: index } = await loadManifest();
      const facets = await loadJson<Facets>(facetsPath(index));
      const rank = facets.byDate && new Map(facets.byDate.map((ref, i) => [ref, i]));
      return {
        categories: facets.categories,
        categoryOf: (ref) => facets.category[ref] ?? -1,
        newestFirst: (refs) => [...refs].sort((a, b) => (rank ? rank.get(a)! - rank.get(b)! : a - b)),
      };
    },
  };
}

/** `query` with the first whole-word occurrence of `word` (any case) replaced. */
function replaceWord(query: string, word: string, replacement: string): string {
  const lower = query.toLowerCase();
  let at = lower.indexOf(word);
  while (at >= 0) {
    const before = at === 0 ? "" : lower[at - 1];
    const after = lower[at + word.length] ?? "";
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) return query.slice(0, at) + replacement + query.slice(at + word.length);
    at = lower.indexOf(word, at + 1);
  }
  return query;
}

function parseManifest(text: string): SearchIndexManifest {
  const manifest = JSON.parse(text) as Partial<SearchIndexManifest>;
  if (manifest.format !== 2 || !Array.isArray(manifest.shards) || !Array.isArray(manifest.fields)) {
    throw new Error(`search index: ${manifestPath} is not a format 2 manifest (rebuild the site with this client)`);
  }
  return manifest as SearchIndexManifest;
}
