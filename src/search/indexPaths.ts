// Where the index files live, relative to the site root. The build writes and the client fetches these.

import { SITE_PATHS } from "../urls/sitePaths.ts";
import type { SearchIndexManifest } from "./types.ts";

const FOLDER = SITE_PATHS.searchIndex.slice(1);

export const manifestPath = `${FOLDER}manifest.json`;

/** Term shard `i` of a build. */
export function shardPath(manifest: Pick<SearchIndexManifest, "build">, i: number): string {
  return `${FOLDER}${manifest.build}/s${i}.json`;
}

/** Metadata chunk `i` of a build (documents i·metaChunkSize …). */
export function metaChunkPath(manifest: Pick<SearchIndexManifest, "build">, i: number): string {
  return `${FOLDER}${manifest.build}/m${i}.json`;
}
