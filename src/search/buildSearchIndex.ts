// The search index of a site as a list of files: data in, files out (no fs). See types.ts for the file formats.

import { emitSearchIndex } from "./emitSearchIndex.ts";
import type { BuildSearchIndexOptions, BuildSearchIndexResult, SearchDocument } from "./types.ts";

/**
 * Builds the sharded lunr index of exactly `documents` (the caller passes published articles only): the
 * manifest first, then term shards, then metadata chunks. Holds every file at once; a build of many
 * thousand articles should hand them out one at a time with emitSearchIndex.
 * Throws one error listing every problem (duplicate URLs, bad options) when there are any.
 */
export function buildSearchIndex(
  documents: readonly SearchDocument[],
  options: BuildSearchIndexOptions = {},
): BuildSearchIndexResult {
  const files: { path: string; contents: string }[] = [];
  const stats = emitSearchIndex(documents, (path, contents) => files.push({ path, contents }), options);
  // emitSearchIndex makes the manifest last.
  files.unshift(files.pop()!);
  return { files, stats };
}
