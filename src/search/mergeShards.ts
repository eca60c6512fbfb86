// Shard entries → one serialized lunr index, for lunr.Index.load.
//
// The result is the unsharded index restricted to the wanted terms: same term indexes, same postings,
// same field-vector values. lunr scores a field as query·fieldVector / |query|, so the vector entries of
// terms a query never names cannot change its scores.

import lunr from "lunr";
import type { SearchIndexManifest, ShardEntry } from "./types.ts";

/** lunr's posting: a document set per field plus the term's index in the vector space. */
type Posting = { _index: number } & Record<string, Record<string, object> | number>;

/** The shape of lunr.Index#toJSON. */
export interface SerializedIndex {
  version: string;
  fields: string[];
  fieldVectors: [fieldRef: string, elements: number[]][];
  invertedIndex: [term: string, posting: Posting][];
  pipeline: string[];
}

/**
 * Merges `shards` (in shard order, so terms stay sorted, as lunr's TokenSet builder requires), keeping
 * the terms `wanted` accepts. `everyDocument` adds an empty vector for every document and field, as
 * lunr.Builder has: a query of prohibited terms only returns all documents not excluded.
 */
export function mergeShards(
  manifest: Pick<SearchIndexManifest, "fields" | "pipeline" | "documents">,
  shards: readonly (readonly ShardEntry[])[],
  wanted: (term: string) => boolean,
  everyDocument: boolean,
): SerializedIndex {
  const fields = manifest.fields;
  const kept: ShardEntry[] = [];
  for (const shard of shards) {
    for (const entry of shard) if (wanted(entry[0])) kept.push(entry);
  }

  const invertedIndex: [string, Posting][] = kept.map((entry) => {
    const posting: Posting = { _index: entry[1] };
    fields.forEach((field, f) => {
      const documents: Record<string, object> = {};
      const list = entry[2 + f] as number[] | 0;
      if (list !== 0) {
        for (let k = 0, doc = 0; k < list.length; k += 2) {
          doc += list[k];
          documents[doc] = {};
        }
      }
      posting[field] = documents;
    });
    return [entry[0], posting];
  });

  // Vectors filled in term-index order come out sorted, as lunr.Vector needs them.
  const vectors = new Map<string, number[]>();
  if (everyDocument) {
    for (let doc = 0; doc < manifest.documents; doc++) {
      for (const field of fields) vectors.set(`${field}/${doc}`, []);
    }
  }
  for (const entry of [...kept].sort((a, b) => a[1] - b[1])) {
    fields.forEach((field, f) => {
      const list = entry[2 + f] as number[] | 0;
      if (list === 0) return;
      for (let k = 0, doc = 0; k < list.length; k += 2) {
        doc += list[k];
        const ref = `${field}/${doc}`;
        let vector = vectors.get(ref);
        if (vector === undefined) {
          vector = [];
          vectors.set(ref, vector);
        }
        vector.push(entry[1], list[k + 1] / 1000);
      }
    });
  }

  return {
    version: lunr.version,
    fields: [...fields],
    fieldVectors: [...vectors],
    invertedIndex,
    pipeline: [...manifest.pipeline],
  };
}
