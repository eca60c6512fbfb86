// The search index of a site, built a document at a time and handed out one file at a time: data in, files
// to `emit` (no fs). See types.ts for the file formats.
//
// On a large site the files are hundreds of MB of JSON. The build name is a hash of every file and is part of
// their paths, so the term shards are rendered twice (ShardRenderer), once for the hash and once for `emit`:
// cheaper than keeping every rendered shard in memory until the hash is known.

import { createHash } from "node:crypto";
import lunr from "lunr";
import { PostingsBuilder } from "./PostingsBuilder.ts";
import { manifestPath, metaChunkPath, shardPath } from "./indexPaths.ts";
import { ShardRenderer } from "./shardRenderer.ts";
import { shardTerms } from "./shardTerms.ts";
import { pipelineLabels } from "./tokenize.ts";
import { utf8Length } from "./utf8Length.ts";
import type { BuildSearchIndexOptions, MetaEntry, SearchDocument, SearchField, SearchIndexManifest, SearchIndexStats } from "./types.ts";

const DEFAULT_SHARD_BYTES = 48_000;
const DEFAULT_META_CHUNK_SIZE = 16;
const DEFAULT_MAX_EXCERPT_LENGTH = 240;

/** Receives one file of the index: its path relative to the site root and its contents. */
export type EmitSearchFile = (path: string, contents: string) => void;

/**
 * The sharded lunr index of the documents added (the caller adds published articles only). `add` indexes a
 * document and keeps only its postings and its line of metadata, so its text can go (the bodies' text is
 * several hundred MB on a large site). `emit` then hands out every file, after throwing one error listing
 * every problem met (duplicate URLs, bad options): term shards, metadata chunks, then the manifest, last, so
 * that a manifest never names a file not written yet.
 */
export class SearchIndexBuilder {
  private readonly fields: readonly SearchField[];
  private readonly shardBytes: number;
  private readonly metaChunkSize: number;
  private readonly maxExcerptLength: number;
  private readonly postings: PostingsBuilder;
  private readonly meta: MetaEntry[] = [];
  private readonly urls = new Map<string, number>();
  private readonly problems: string[];

  constructor(options: BuildSearchIndexOptions) {
    this.fields = options.fields;
    this.shardBytes = options.shardBytes ?? DEFAULT_SHARD_BYTES;
    this.metaChunkSize = options.metaChunkSize ?? DEFAULT_META_CHUNK_SIZE;
    this.maxExcerptLength = options.maxExcerptLength ?? DEFAULT_MAX_EXCERPT_LENGTH;
    this.problems = optionProblems(this.fields.map((f) => f.name), this.shardBytes, this.metaChunkSize, this.maxExcerptLength);
    this.postings = new PostingsBuilder(this.fields.map((f) => f.boost));
  }

  add(d: SearchDocument): void {
    const i = this.meta.length;
    if (typeof d.url !== "string" || !d.url.startsWith("/")) {
      this.problems.push(`document ${i} ("${d.title}"): url: ${JSON.stringify(d.url)} is not a site-relative URL (it should start with "/")`);
    } else {
      const first = this.urls.get(d.url);
      if (first !== undefined) this.problems.push(`${d.url}: url is used by documents ${first} and ${i} (each document needs its own URL)`);
      else this.urls.set(d.url, i);
    }
    this.postings.add(this.fields.map((f) => d[f.name]));
    this.meta.push([d.title, d.url, d.category, d.date, cutExcerpt(d.excerpt, this.maxExcerptLength), d.lang]);
  }

  emit(emit: EmitSearchFile): SearchIndexStats {
    const { problems, fields, metaChunkSize, meta } = this;
    if (problems.length > 0) {
      throw new Error(`search index: ${problems.length} problem${problems.length === 1 ? "" : "s"}:\n  ${problems.join("\n  ")}`);
    }
    const postings = this.postings.finish();
    const { terms } = postings;
    const order = Array.from(terms.keys()).sort((a, b) => (terms[a] < terms[b] ? -1 : terms[a] > terms[b] ? 1 : 0));
    const sortedTerms = order.map((t) => terms[t]);
    const renderer = new ShardRenderer(postings, order);
    const shards = shardTerms(sortedTerms, Int32Array.from(order, (_, i) => renderer.entryBytes(i)), this.shardBytes);

    // Metadata chunks are a tenth of the bytes and slower to make than shards: they are kept.
    const metaContents: string[] = [];
    for (let first = 0; first < meta.length; first += metaChunkSize) metaContents.push(JSON.stringify(meta.slice(first, first + metaChunkSize)));

    const hash = createHash("sha256");
    for (const contents of [JSON.stringify(fields), ...pipelineLabels]) hash.update(contents).update("\0");
    for (const shard of shards) hash.update(renderer.render(shard.first, shard.end, shard.bytes)).update("\0");
    for (const contents of metaContents) hash.update(contents).update("\0");
    const manifest: SearchIndexManifest = {
      format: 1,
      build: hash.digest("hex").slice(0, 12),
      lunrVersion: lunr.version,
      fields: fields.map((f) => f.name),
      pipeline: [...pipelineLabels],
      documents: meta.length,
      metaChunkSize,
      shards: shards.map((s) => s.bound),
    };

    const decoder = new TextDecoder("utf-8", { ignoreBOM: true });
    let bytes = 0;
    shards.forEach((shard, i) => {
      emit(shardPath(manifest, i), decoder.decode(renderer.render(shard.first, shard.end, shard.bytes)));
      bytes += shard.bytes;
    });
    metaContents.forEach((contents, i) => {
      emit(metaChunkPath(manifest, i), contents);
      bytes += utf8Length(contents);
    });
    const manifestJson = JSON.stringify(manifest);
    emit(manifestPath, manifestJson);
    bytes += utf8Length(manifestJson);

    const largest = shards.reduce((a, b) => (b.bytes > a.bytes ? b : a), { bytes: 0, first: 0 });
    return {
      documents: meta.length,
      terms: terms.length,
      postings: postings.entries.length / 2,
      shards: shards.length,
      metaChunks: metaContents.length,
      files: shards.length + metaContents.length + 1,
      bytes,
      largestShard: { bytes: largest.bytes, firstTerm: sortedTerms[largest.first] ?? "" },
      oversizedShards: shards.filter((s) => s.bytes > this.shardBytes).length,
    };
  }
}

function optionProblems(fieldNames: readonly string[], shardBytes: number, metaChunkSize: number, maxExcerptLength: number): string[] {
  const problems: string[] = [];
  if (fieldNames.length === 0) problems.push("fields: at least one field must be indexed");
  if (new Set(fieldNames).size !== fieldNames.length) problems.push(`fields: a field is listed twice (${fieldNames.join(", ")})`);
  if (!(shardBytes >= 100)) problems.push(`shardBytes: ${shardBytes} is too small (use at least 100)`);
  if (!Number.isInteger(metaChunkSize) || metaChunkSize < 1) problems.push(`metaChunkSize: ${metaChunkSize} is not a positive integer`);
  if (!(maxExcerptLength >= 1)) problems.push(`maxExcerptLength: ${maxExcerptLength} is not a positive number`);
  return problems;
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
