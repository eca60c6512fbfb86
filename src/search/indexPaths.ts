// Where the index files live, relative to the site root. The build writes and the client fetches these.

import { SITE_PATHS } from "../urls/sitePaths.ts";
import type { SearchIndexManifest } from "./types.ts";

const FOLDER = SITE_PATHS.searchIndex.slice(1);

export const manifestPath = `${FOLDER}manifest.json`;

/** The folder of a build's files (all but the manifest and the text fragments). */
export function buildFolder(manifest: Pick<SearchIndexManifest, "build">): string {
  return `${FOLDER}${manifest.build}/`;
}

/** Term shard `i` of a build. */
export function shardPath(manifest: Pick<SearchIndexManifest, "build">, i: number): string {
  return `${FOLDER}${manifest.build}/s${i}.json`;
}

/** Position shard `i` of a build. */
export function positionShardPath(manifest: Pick<SearchIndexManifest, "build">, i: number): string {
  return `${FOLDER}${manifest.build}/p${i}.json`;
}

/** Vocabulary file `i` of a build (terms starting with manifest.vocabulary[i]). */
export function vocabularyPath(manifest: Pick<SearchIndexManifest, "build">, i: number): string {
  return `${FOLDER}${manifest.build}/v${i}.json`;
}

/** Categories and date order of every document. */
export function facetsPath(manifest: Pick<SearchIndexManifest, "build">): string {
  return `${FOLDER}${manifest.build}/d.json`;
}

/** The folder of the text fragments. */
export const fragmentFolder = `${FOLDER}f`;

/** The text fragment named `name` (a hash of its contents, so it outlives builds that do not change it). */
export function fragmentPath(name: string): string {
  return `${fragmentFolder}/${name}.json`;
}

/** Metadata chunk `i` of a build (documents i·metaChunkSize …). */
export function metaChunkPath(manifest: Pick<SearchIndexManifest, "build">, i: number): string {
  return `${FOLDER}${manifest.build}/m${i}.json`;
}
