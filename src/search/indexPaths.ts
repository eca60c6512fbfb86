// Where the index files live, relative to the site root. The build writes and the client fetches these.

import type { SearchIndexManifest } from "./types.ts";

export const manifestPath = "search-index/manifest.json";

/** Term shard `i` of a build. */
export function shardPath(manifest: Pick<SearchIndexManifest, "build">, i: number): string {
  return `search-index/${manifest.build}/s${i}.json`;
}

/** Metadata chunk `i` of a build (documents i·metaChunkSize …). */
export function metaChunkPath(manifest: Pick<SearchIndexManifest, "build">, i: number): string {
  return `search-index/${manifest.build}/m${i}.json`;
}
