// The search index of a site, built a document at a time and handed out one file at a time: data in, files
// to `emit` (no fs). See types.ts for the file formats.
//
// On a large site the files are hundreds of MB of JSON. The build name is a hash of every file and is part of
// their paths: `files` hands each file out under a provisional folder name as it renders it, and the manifest,
// last, names the build; the caller renames the folder (cheaper than rendering every shard twice, or keeping
// them all in memory until the hash is known). `emit` does that renaming for callers that keep the files.
// A document's text fragment is handed out as soon as the document is added, named by a hash of its own
// contents, so the bodies' text is never held.

import { createHash } from "node:crypto";
import lunr from "lunr";
import { PostingsBuilder, type RecordSink, type RecordTerms } from "./PostingsBuilder.ts";
import { buildFolder, facetsPath, fragmentPath, manifestPath, metaChunkPath, positionShardPath, shardPath, vocabularyPath } from "./indexPaths.ts";
import { PositionRenderer } from "./positionRenderer.ts";
import { ShardRenderer } from "./shardRenderer.ts";
import { shardTerms } from "./shardTerms.ts";
import { hasCjk, pipelineLabels } from "./tokenize.ts";
import { utf8Length } from "./utf8Length.ts";
import type {
  BuildSearchIndexOptions,
  Facets,
  FragmentEntry,
  MetaEntry,
  SearchDocument,
  SearchField,
  SearchFileKind,
  SearchIndexManifest,
  SearchIndexStats,
} from "./types.ts";

const DEFAULT_SHARD_BYTES = 48_000;
const DEFAULT_META_CHUNK_SIZE = 16;
const DEFAULT_MAX_EXCERPT_LENGTH = 240;
const DEFAULT_MAX_FRAGMENT_LENGTH = 20_000;
/** Terms shorter than this are left out of the vocabulary: spelling suggestions are for words of five letters or more. */
const MIN_VOCABULARY_TERM = 3;

/** Receives one file of the index: its path relative to the site root and its contents. */
export type EmitSearchFile = (path: string, contents: string) => void;

/** A document's text fragment: its name (fragmentPath) and the bytes of its contents. */
export interface FragmentName {
  name: string;
  bytes: number;
}

/**
 * The sharded lunr index of the documents added (the caller adds published articles only). `add` indexes a
 * document, hands out its text fragment and keeps only its postings, positions and line of metadata, so its
 * text can go (the bodies' text is several hundred MB on a large site). `emit` then hands out every other
 * file, after throwing one error listing every problem met (duplicate URLs, bad options): term shards,
 * position shards, metadata chunks, facets, vocabulary, then the manifest, last, so that a manifest never
 * names a file not written yet.
 */
export class SearchIndexBuilder {
  private readonly fields: readonly SearchField[];
  private readonly shardBytes: number;
  private readonly metaChunkSize: number;
  private readonly maxExcerptLength: number;
  private readonly maxFragmentLength: number;
  private readonly postings: PostingsBuilder;
  private readonly meta: MetaEntry[] = [];
  private readonly urls = new Map<string, number>();
  private readonly problems: string[];
  private readonly categories = new Map<string, number>();
  private readonly category: number[] = [];
  private readonly dates: string[] = [];
  private newestFirst = true;
  private readonly fragments = new Set<string>();
  private fragmentBytes = 0;
  private fromRecords = 0;

  /** `recorder`: where each document's record goes (PostingsBuilder), for a later build to take it from. */
  constructor(options: BuildSearchIndexOptions, recorder?: RecordSink) {
    this.fields = options.fields;
    this.shardBytes = options.shardBytes ?? DEFAULT_SHARD_BYTES;
    this.metaChunkSize = options.metaChunkSize ?? DEFAULT_META_CHUNK_SIZE;
    this.maxExcerptLength = options.maxExcerptLength ?? DEFAULT_MAX_EXCERPT_LENGTH;
    this.maxFragmentLength = options.maxFragmentLength ?? DEFAULT_MAX_FRAGMENT_LENGTH;
    this.problems = optionProblems(this.fields.map((f) => f.name), this.shardBytes, this.metaChunkSize, this.maxExcerptLength);
    if (!(this.maxFragmentLength >= 0)) this.problems.push(`maxFragmentLength: ${this.maxFragmentLength} is not a number of characters`);
    this.postings = new PostingsBuilder(this.fields.map((f) => f.boost), recorder);
  }

  /**
   * Indexes `d` and hands its text fragment to `emit` (unless a document with the same text did); says which
   * fragment is the document's.
   */
  add(d: SearchDocument, emit: EmitSearchFile): FragmentName {
    this.checkUrl(d);
    this.postings.add(this.fields.map((f) => d[f.name]));
    const fragment: FragmentEntry = [cutText(d.body, this.maxFragmentLength)];
    const fragmentJson = JSON.stringify(fragment);
    const made = { name: createHash("sha256").update(fragmentJson).digest("hex").slice(0, 16), bytes: utf8Length(fragmentJson) };
    if (this.addFragment(made)) emit(fragmentPath(made.name), fragmentJson);
    this.addMeta(d, made.name);
    return made;
  }

  /**
   * Indexes `d` from its record (written for a document with the same fields and text by a builder whose
   * terms are `from`) and its fragment, which the caller puts into the output (when this returns true).
   */
  addRecord(d: Omit<SearchDocument, "body">, record: Uint8Array, from: RecordTerms, fragment: FragmentName): boolean {
    this.checkUrl(d);
    this.postings.addRecord(record, from);
    this.fromRecords++;
    const isNew = this.addFragment(fragment);
    this.addMeta(d, fragment.name);
    return isNew;
  }

  /** The terms and forms the records written so far name by number. */
  recordTables(): { terms: readonly string[]; forms: readonly string[] } {
    return this.postings.recordTables();
  }

  private checkUrl(d: Omit<SearchDocument, "body">): void {
    const i = this.meta.length;
    if (typeof d.url !== "string" || !d.url.startsWith("/")) {
      this.problems.push(`document ${i} ("${d.title}"): url: ${JSON.stringify(d.url)} is not a site-relative URL (it should start with "/")`);
    } else {
      const first = this.urls.get(d.url);
      if (first !== undefined) this.problems.push(`${d.url}: url is used by documents ${first} and ${i} (each document needs its own URL)`);
      else this.urls.set(d.url, i);
    }
  }

  /** True when no document before had this fragment. */
  private addFragment(fragment: FragmentName): boolean {
    if (this.fragments.has(fragment.name)) return false;
    this.fragments.add(fragment.name);
    this.fragmentBytes += fragment.bytes;
    return true;
  }

  private addMeta(d: Omit<SearchDocument, "body">, fragment: string): void {
    this.meta.push([d.title, d.url, d.category, d.date, cutExcerpt(d.excerpt, this.maxExcerptLength), d.lang, fragment]);
    let category = this.categories.get(d.category);
    if (category === undefined) this.categories.set(d.category, (category = this.categories.size));
    this.category.push(category);
    const previous = this.dates[this.dates.length - 1];
    if (previous !== undefined && d.date > previous) this.newestFirst = false;
    this.dates.push(d.date);
  }

  emit(emit: EmitSearchFile): SearchIndexStats {
    const provisional = "provisional";
    const held: [string, string][] = [];
    const files = this.files(provisional);
    for (let next = files.next(); ; next = files.next()) {
      if (next.done) {
        const { build } = JSON.parse(held.at(-1)![1]) as SearchIndexManifest;
        const from = buildFolder({ build: provisional });
        for (const [path, contents] of held) emit(path.startsWith(from) ? buildFolder({ build }) + path.slice(from.length) : path, contents);
        return next.value;
      }
      held.push(next.value);
    }
  }

  /**
   * The files `emit` hands out, one at a time as they are rendered, and the stats at the end: every file but
   * the manifest under the build folder `provisional` (search-index/<provisional>/), the manifest last, naming
   * the build the folder must be renamed to. A caller that compresses files beside this thread can wait for
   * room between two files instead of compressing them itself.
   */
  *files(provisional: string): Generator<[path: string, contents: string], SearchIndexStats> {
    const { problems, fields, metaChunkSize, meta } = this;
    if (problems.length > 0) {
      throw new Error(`search index: ${problems.length} problem${problems.length === 1 ? "" : "s"}:\n  ${problems.join("\n  ")}`);
    }
    const postings = this.postings.finish();
    const { terms } = postings;
    const order = Array.from(terms.keys()).sort((a, b) => (terms[a] < terms[b] ? -1 : terms[a] > terms[b] ? 1 : 0));
    const sortedTerms = order.map((t) => terms[t]);
    // A CJK character pair is always searched in a phrase (a run of two pairs or more): its positions travel in
    // its term shard. Other terms' positions, wanted only for quoted phrases, have shards of their own.
    const termJson = sortedTerms.map((term) => JSON.stringify(term));
    const paired = sortedTerms.map((term) => hasCjk(term));
    const renderer = new ShardRenderer(postings, order, { positions: new PositionRenderer(postings, order, termJson), wants: (i) => paired[i] });
    const shards = shardTerms(sortedTerms, Int32Array.from(order, (_, i) => renderer.entryBytes(i)), this.shardBytes);
    const positionOrder = order.filter((_, i) => !paired[i]);
    const positionTerms = sortedTerms.filter((_, i) => !paired[i]);
    const positionRenderer = new PositionRenderer(postings, positionOrder, termJson.filter((_, i) => !paired[i]));
    const positionShards = shardTerms(positionTerms, Int32Array.from(positionOrder, (_, i) => positionRenderer.entryBytes(i)), this.shardBytes);

    // Metadata chunks are a tenth of the bytes and slower to make than shards: they are kept.
    const metaContents: string[] = [];
    for (let first = 0; first < meta.length; first += metaChunkSize) metaContents.push(JSON.stringify(meta.slice(first, first + metaChunkSize)));
    const facets: Facets = { categories: [...this.categories.keys()], category: this.category };
    if (!this.newestFirst) facets.byDate = Array.from(this.dates.keys()).sort((a, b) => (this.dates[b] < this.dates[a] ? -1 : this.dates[b] > this.dates[a] ? 1 : a - b));
    const facetsJson = JSON.stringify(facets);
    const vocabulary = vocabularyFiles(sortedTerms, order, postings.occurrenceStart, postings.forms);

    const decoder = new TextDecoder("utf-8", { ignoreBOM: true });
    const bytesByKind: Record<SearchFileKind, number> = { manifest: 0, terms: 0, positions: 0, metadata: 0, fragments: this.fragmentBytes, facets: 0, vocabulary: 0 };
    const out = (kind: SearchFileKind, path: string, contents: string, bytes = utf8Length(contents)): [string, string] => {
      bytesByKind[kind] += bytes;
      return [path, contents];
    };
    // The build's name hashes every file but the manifest, in the order they are handed out.
    const hash = createHash("sha256");
    for (const contents of [JSON.stringify(fields), ...pipelineLabels]) hash.update(contents).update("\0");
    const at = { build: provisional };
    for (const [i, shard] of shards.entries()) {
      const bytes = renderer.render(shard.first, shard.end, shard.bytes);
      hash.update(bytes).update("\0");
      yield out("terms", shardPath(at, i), decoder.decode(bytes), shard.bytes);
    }
    for (const [i, shard] of positionShards.entries()) {
      const bytes = positionRenderer.render(shard.first, shard.end, shard.bytes);
      hash.update(bytes).update("\0");
      yield out("positions", positionShardPath(at, i), decoder.decode(bytes), shard.bytes);
    }
    for (const [i, contents] of metaContents.entries()) {
      hash.update(contents).update("\0");
      yield out("metadata", metaChunkPath(at, i), contents);
    }
    hash.update(facetsJson).update("\0");
    yield out("facets", facetsPath(at), facetsJson);
    for (const [i, v] of vocabulary.entries()) {
      hash.update(v.json).update("\0");
      yield out("vocabulary", vocabularyPath(at, i), v.json);
    }
    const manifest: SearchIndexManifest = {
      format: 2,
      build: hash.digest("hex").slice(0, 12),
      lunrVersion: lunr.version,
      fields: fields.map((f) => f.name),
      pipeline: [...pipelineLabels],
      documents: meta.length,
      metaChunkSize,
      shards: shards.map((s) => s.bound),
      positionShards: positionShards.map((s) => s.bound),
      vocabulary: vocabulary.map((v) => v.first),
      newestFirst: this.newestFirst,
    };

    yield out("manifest", manifestPath, JSON.stringify(manifest));

    const largest = shards.reduce((a, b) => (b.bytes > a.bytes ? b : a), { bytes: 0, first: 0 });
    return {
      documents: meta.length,
      terms: terms.length,
      postings: postings.entries.length / 2,
      shards: shards.length,
      metaChunks: metaContents.length,
      positionShards: positionShards.length,
      fragments: this.fragments.size,
      vocabularyFiles: vocabulary.length,
      positions: postings.positions.length,
      files: shards.length + positionShards.length + metaContents.length + 1 + vocabulary.length + 1 + this.fragments.size,
      bytes: Object.values(bytesByKind).reduce((a, b) => a + b, 0),
      bytesByKind,
      largestShard: { bytes: largest.bytes, firstTerm: sortedTerms[largest.first] ?? "" },
      oversizedShards: shards.filter((s) => s.bytes > this.shardBytes).length,
      fromRecords: this.fromRecords,
    };
  }
}

/**
 * The vocabulary for spelling suggestions, a file per first character: word-like terms (no character pairs)
 * with the number of documents holding each and the word of the text each was first made from.
 */
function vocabularyFiles(
  sortedTerms: readonly string[],
  order: readonly number[],
  occurrenceStart: Int32Array,
  forms: readonly string[],
): { first: string; json: string }[] {
  const files = new Map<string, (string | number)[]>();
  sortedTerms.forEach((term, i) => {
    if (term.length < MIN_VOCABULARY_TERM || hasCjk(term) || /^[\d.,]+$/.test(term)) return;
    const first = String.fromCodePoint(term.codePointAt(0)!);
    let list = files.get(first);
    if (list === undefined) files.set(first, (list = []));
    const t = order[i];
    list.push(term, occurrenceStart[t + 1] - occurrenceStart[t], forms[t]);
  });
  return [...files].map(([first, list]) => ({ first, json: JSON.stringify(list) }));
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

/** `text` with its runs of white space made one space, cut to at most `max` characters. */
function cutText(text: string, max: number): string {
  // Each run of white space as one space; single spaces, most of prose, are left alone (three times faster than /\s+/g).
  const clean = text.replace(/\s\s+|[^\S ]/g, " ").trim();
  if (clean.length <= max) return clean;
  const code = clean.charCodeAt(max - 1);
  return clean.slice(0, code >= 0xd800 && code <= 0xdbff ? max - 1 : max);
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
