// Which metadata chunks a page of results needs.

/** Chunk numbers holding documents `refs`, each once, in the order the results need them. */
export function metaChunksFor(refs: readonly number[], chunkSize: number): number[] {
  return [...new Set(refs.map((ref) => Math.floor(ref / chunkSize)))];
}
