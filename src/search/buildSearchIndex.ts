// The search index of a site: data in, files out (no fs). See types.ts for the file formats.

import { createHash } from "node:crypto";
import lunr from "lunr";
import { buildPostings, type FieldValue } from "./buildPostings.ts";
import { manifestPath, metaChunkPath, shardPath } from "./indexPaths.ts";
import { defaultSearchFields } from "./defaultSearchFields.ts";
import { shardTerms } from "./shardTerms.ts";
import { pipelineLabels } from "./tokenize.ts";
import type {
  BuildSearchIndexOptions,
  BuildSearchIndexResult,
  MetaEntry,
  SearchDocument,
  SearchIndexManifest,
} from "./types.ts";

const DEFAULT_SHARD_BYTES = 48_000;
const DEFAULT_META_CHUNK_SIZE = 16;
const DEFAULT_MAX_EXCERPT_LENGTH = 240;
const ASCII = /^[\x00-\x7f]*$/;

/**
 * Builds the sharded lunr index of exactly `documents` (the caller passes published articles only).
 * Throws one error listing every problem (duplicate URLs, bad options) when there are any.
 */
export function buildSearchIndex(
  documents: readonly SearchDocument[],
  options: BuildSearchIndexOptions = {},
): BuildSearchIndexResult {
  const fields = options.fields ?? defaultSearchFields;
  const shardBytes = options.shardBytes ?? DEFAULT_SHARD_BYTES;
  const metaChunkSize = options.metaChunkSize ?? DEFAULT_META_CHUNK_SIZE;
  const maxExcerptLength = options.maxExcerptLength ?? DEFAULT_MAX_EXCERPT_LENGTH;
  checkInput(documents, fields.map((f) => f.name), shardBytes, metaChunkSize, maxExcerptLength);

  const values: FieldValue[][] = documents.map((d) => fields.map((f) => d[f.name]));
  const { terms, start, doc, field, value } = buildPostings(values, fields.map((f) => f.boost));

  const order = Array.from(terms.keys()).sort((a, b) => (terms[a] < terms[b] ? -1 : terms[a] > terms[b] ? 1 : 0));
  const sortedTerms = order.map((t) => terms[t]);
  const entries = order.map((t) => {
    const lists: number[][] = fields.map(() => []);
    const previous = fields.map(() => 0);
    for (let at = start[t]; at < start[t + 1]; at++) {
      const f = field[at];
      lists[f].push(doc[at] - previous[f], value[at]);
      previous[f] = doc[at];
    }
    return JSON.stringify([terms[t], t, ...lists.map((list) => (list.length > 0 ? list : 0))]);
  });
  const shards = shardTerms(sortedTerms, entries.map(utf8Length), shardBytes);
  const shardContents = shards.map((s) => `[${entries.slice(s.first, s.end).join(",")}]`);

  const metaContents: string[] = [];
  for (let first = 0; first < documents.length; first += metaChunkSize) {
    const chunk: MetaEntry[] = documents
      .slice(first, first + metaChunkSize)
      .map((d) => [d.title, d.url, d.category, d.date, cutExcerpt(d.excerpt, maxExcerptLength), d.lang]);
    metaContents.push(JSON.stringify(chunk));
  }

  const hash = createHash("sha256");
  for (const contents of [JSON.stringify(fields), ...pipelineLabels, ...shardContents, ...metaContents]) {
    hash.update(contents).update("\0");
  }
  const manifest: SearchIndexManifest = {
    format: 1,
    build: hash.digest("hex").slice(0, 12),
    lunrVersion: lunr.version,
    fields: fields.map((f) => f.name),
    pipeline: [...pipelineLabels],
    documents: documents.length,
    metaChunkSize,
    shards: shards.map((s) => s.bound),
  };

  const files = [
    { path: manifestPath, contents: JSON.stringify(manifest) },
    ...shardContents.map((contents, i) => ({ path: shardPath(manifest, i), contents })),
    ...metaContents.map((contents, i) => ({ path: metaChunkPath(manifest, i), contents })),
  ];
  const largest = shards.reduce((a, b) => (b.bytes > a.bytes ? b : a), { bytes: 0, first: 0 });
  return {
    files,
    stats: {
      documents: documents.length,
      terms: terms.length,
      postings: doc.length,
      shards: shards.length,
      metaChunks: metaContents.length,
      files: files.length,
      bytes: files.reduce((sum, f) => sum + utf8Length(f.contents), 0),
      largestShard: { bytes: largest.bytes, firstTerm: sortedTerms[largest.first] ?? "" },
      oversizedShards: shards.filter((s) => s.bytes > shardBytes).length,
    },
  };
}

function checkInput(
  documents: readonly SearchDocument[],
  fieldNames: readonly string[],
  shardBytes: number,
  metaChunkSize: number,
  maxExcerptLength: number,
): void {
  const problems: string[] = [];
  if (fieldNames.length === 0) problems.push("fields: at least one field must be indexed");
  if (new Set(fieldNames).size !== fieldNames.length) problems.push(`fields: a field is listed twice (${fieldNames.join(", ")})`);
  if (!(shardBytes >= 100)) problems.push(`shardBytes: ${shardBytes} is too small (use at least 100)`);
  if (!Number.isInteger(metaChunkSize) || metaChunkSize < 1) problems.push(`metaChunkSize: ${metaChunkSize} is not a positive integer`);
  if (!(maxExcerptLength >= 1)) problems.push(`maxExcerptLength: ${maxExcerptLength} is not a positive number`);
  const seen = new Map<string, number>();
  documents.forEach((d, i) => {
    if (typeof d.url !== "string" || !d.url.startsWith("/")) {
      problems.push(`document ${i} ("${d.title}"): url: ${JSON.stringify(d.url)} is not a site-relative URL (it should start with "/")`);
      return;
    }
    const first = seen.get(d.url);
    if (first !== undefined) problems.push(`${d.url}: url is used by documents ${first} and ${i} (each document needs its own URL)`);
    else seen.set(d.url, i);
  });
  if (problems.length > 0) {
    throw new Error(`search index: ${problems.length} problem${problems.length === 1 ? "" : "s"}:\n  ${problems.join("\n  ")}`);
  }
}

/** `text` cut to at most `max` characters (plus "…"), at a space when one is near the end. */
function cutExcerpt(text: string, max: number): string {
  const clean = text.replace(/\s+/g, " ").trim();
  if (clean.length <= max) return clean;
  let end = max;
  const space = clean.lastIndexOf(" ", max);
  if (space > max * 0.7) end = space;
  const code = clean.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end -= 1;
  return `${clean.slice(0, end).trimEnd()}…`;
}

function utf8Length(s: string): number {
  if (ASCII.test(s)) return s.length;
  let bytes = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x80) bytes += c < 0x800 ? 1 : c >= 0xd800 && c <= 0xdbff ? 0 : 2;
  }
  return bytes;
}
