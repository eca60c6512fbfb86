// The query side, without a DOM: plan a query, fetch the shards it needs, merge them into one lunr index,
// rank with lunr, then fetch the metadata of the results shown. Files come from an injected fetchText, so
// Node tests run it over the files the build returned.

import lunr from "lunr";
import { highlight } from "./highlight.ts";
import { manifestPath, metaChunkPath, shardPath } from "./indexPaths.ts";
import { mergeShards } from "./mergeShards.ts";
import { metaChunksFor } from "./metaChunksFor.ts";
import { parseQuery, planQuery, plainQuery, wantsTerm, type QueryPlan } from "./planQuery.ts";
import { selectShards } from "./selectShards.ts";
import "./tokenize.ts"; // registers the pipeline functions Index.load asks for
import type { MetaEntry, SearchHit, SearchIndexManifest, SearchOutcome, SearchResultView, ShardEntry } from "./types.ts";

/** Beyond this a query (leading wildcard, fuzzy term, "a*") would download a large part of the index. */
const DEFAULT_MAX_SHARDS = 24;

export interface SearchSessionOptions {
  /** Text of a file, by its path relative to the site root ("search-index/manifest.json"); rejects if it cannot. */
  fetchText(path: string): Promise<string>;
  maxShards?: number;
}

export interface SearchSession {
  /** Ranks the documents matching `query` (lunr query syntax; text that does not parse is searched as plain words). */
  search(query: string): Promise<SearchOutcome>;
  /** Titles, URLs, excerpts… of `hits`, with the matched terms marked. */
  describe(hits: readonly SearchHit[]): Promise<SearchResultView[]>;
}

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

  /** Parsed JSON of a build file; paths name the build, so a cached file never goes stale. */
  function loadJson<T>(path: string): Promise<T> {
    let file = files.get(path);
    if (file === undefined) {
      file = fetchText(path).then((text) => JSON.parse(text) as unknown);
      file.catch(() => files.delete(path));
      files.set(path, file);
    }
    return file as Promise<T>;
  }

  async function rank(query: string, index: SearchIndexManifest, pipeline: lunr.Pipeline): Promise<SearchOutcome> {
    // The pipeline folds terms to NFKC, but wildcard terms skip it, and IMEs type operators full-width ("＋", "＊").
    let lunrQuery = query.normalize("NFKC");
    let plan: QueryPlan;
    try {
      plan = planQuery(lunrQuery, index.fields, pipeline);
    } catch (error) {
      if (!(error instanceof lunr.QueryParseError)) throw error;
      lunrQuery = plainQuery(lunrQuery);
      plan = planQuery(lunrQuery, index.fields, pipeline);
    }
    if (plan.clauses === 0) return { status: "empty", query };
    const shardNumbers = selectShards(index.shards, plan);
    if (shardNumbers.length > maxShards) return { status: "too-broad", query, shards: shardNumbers.length };
    const shards = await Promise.all(shardNumbers.map((i) => loadJson<ShardEntry[]>(shardPath(index, i))));
    const merged = mergeShards(index, shards, (term) => wantsTerm(plan, term), plan.negated);
    const hits: SearchHit[] = lunr.Index.load(merged)
      .query((q) => parseQuery(q, lunrQuery, pipeline))
      .map((result) => ({ ref: Number(result.ref), score: result.score, terms: Object.keys(result.matchData.metadata) }));
    return { status: hits.length > 0 ? "found" : "none", query, hits };
  }

  return {
    async search(query) {
      const trimmed = query.trim();
      if (trimmed === "") return { status: "empty", query: trimmed };
      const cached = manifest !== undefined;
      const { manifest: index, pipeline } = await loadManifest();
      try {
        return await rank(trimmed, index, pipeline);
      } catch (error) {
        // A deploy since the manifest was fetched removes its build's files: fetch the new manifest once.
        if (!cached || error instanceof lunr.QueryParseError) throw error;
        manifest = undefined;
        const fresh = await loadManifest();
        return rank(trimmed, fresh.manifest, fresh.pipeline);
      }
    },

    async describe(hits) {
      const { manifest: index } = await loadManifest();
      const size = index.metaChunkSize;
      const chunks = new Map<number, MetaEntry[]>();
      const needed = metaChunksFor(hits.map((h) => h.ref), size);
      await Promise.all(needed.map(async (i) => chunks.set(i, await loadJson<MetaEntry[]>(metaChunkPath(index, i)))));
      return hits.map((hit) => {
        const entry = chunks.get(Math.floor(hit.ref / size))?.[hit.ref % size];
        if (entry === undefined) throw new Error(`search index: no metadata for document ${hit.ref} (build ${index.build})`);
        const [title, url, category, date, excerpt, lang] = entry;
        return {
          ref: hit.ref,
          score: hit.score,
          title,
          titleHighlights: highlight(title, hit.terms),
          url,
          category,
          date,
          lang,
          excerpt,
          excerptHighlights: highlight(excerpt, hit.terms),
        };
      });
    },
  };
}

function parseManifest(text: string): SearchIndexManifest {
  const manifest = JSON.parse(text) as Partial<SearchIndexManifest>;
  if (manifest.format !== 1 || !Array.isArray(manifest.shards) || !Array.isArray(manifest.fields)) {
    throw new Error(`search index: ${manifestPath} is not a format 1 manifest (rebuild the site with this client)`);
  }
  return manifest as SearchIndexManifest;
}
