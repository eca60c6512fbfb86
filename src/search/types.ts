// Contracts of the search index: what the build gives it, what it writes, what a query returns.

/** One published article as the search index sees it. The caller maps an Article to this. */
export interface SearchDocument {
  /** Site-relative URL without the path prefix ("/economy/tax-reform/"); unique, it identifies the document. */
  url: string;
  title: string;
  tags: readonly string[];
  description: string;
  /** Plain text of the body (markdown already stripped). */
  body: string;
  /** Display name of the category. */
  category: string;
  /** Publication date, ISO 8601; shown by the client as a date ("2024-03-05" or a full instant). */
  date: string;
  /** Short plain text shown under the title in results; trimmed to `maxExcerptLength`. */
  excerpt: string;
  /** BCP 47 language tag of the article, set as `lang` on its result. */
  lang: string;
}

/** The fields a SearchDocument contributes to the full-text index. */
export type SearchFieldName = "title" | "tags" | "description" | "body";

/** An indexed field and its lunr boost (a multiplier applied to its BM25 values at build time). */
export interface SearchField {
  name: SearchFieldName;
  boost: number;
}

export interface BuildSearchIndexOptions {
  /** Indexed fields, in lunr's field order, with their boosts. */
  fields: readonly SearchField[];
  /** Soft limit on the JSON size of one term shard; a single term larger than this gets a shard of its own. */
  shardBytes?: number;
  /** Documents per metadata chunk (a result page fetches the chunks of its documents). */
  metaChunkSize?: number;
  /** Excerpts longer than this are cut at a word boundary and end in "…". */
  maxExcerptLength?: number;
  /** Text kept in a document's fragment, at most (characters of the body); excerpts come from it. */
  maxFragmentLength?: number;
}

export interface BuildSearchIndexResult {
  /** Files to write, paths relative to the site root ("search-index/manifest.json"), fragments included. */
  files: { path: string; contents: string }[];
  stats: SearchIndexStats;
}

export interface SearchIndexStats {
  documents: number;
  terms: number;
  /** (term, field, document) triples: lunr's inverted index entries. */
  postings: number;
  shards: number;
  metaChunks: number;
  /** Position shards, documents' text fragments (one per document, fewer when two are alike), vocabulary files. */
  positionShards: number;
  fragments: number;
  vocabularyFiles: number;
  /** Term occurrences with a position. */
  positions: number;
  files: number;
  /** UTF-8 bytes of all files. */
  bytes: number;
  /** UTF-8 bytes by kind of file. */
  bytesByKind: Record<SearchFileKind, number>;
  largestShard: { bytes: number; firstTerm: string };
  /** Shards over `shardBytes`: each holds one term too big to split. */
  oversizedShards: number;
  /** Documents indexed from an earlier build's records instead of their text (an incremental build). */
  fromRecords: number;
}

export type SearchFileKind = "manifest" | "terms" | "positions" | "metadata" | "fragments" | "facets" | "vocabulary";

/**
 * `search-index/manifest.json`, the only file with a fixed name: everything else lives under
 * `search-index/<build>/`, so a new build never mixes with files cached from an old one, except the text
 * fragments, `search-index/f/<hash>.json`, named by their contents (written as each document is indexed).
 */
export interface SearchIndexManifest {
  format: 2;
  /** Content hash of this build's files. */
  build: string;
  lunrVersion: string;
  /** lunr field names, in index order. */
  fields: string[];
  /** Labels of the registered lunr pipeline functions (the search pipeline). */
  pipeline: string[];
  documents: number;
  metaChunkSize: number;
  /** Lower bound of each shard: shard i holds the terms t with shards[i] <= t < shards[i + 1]; shards[0] is "". */
  shards: string[];
  /** The same for the position shards (PositionEntry), which phrases need. */
  positionShards: string[];
  /** First characters of the terms in vocabulary file i (VocabularyEntry), for spelling suggestions. */
  vocabulary: string[];
  /** Documents are numbered newest first: sorting by date is sorting by number. Otherwise Facets.byDate says. */
  newestFirst: boolean;
}

/**
 * One term in a shard file (a shard file is a JSON array of these, sorted by term):
 * `[term, lunrTermIndex, ...perField]`, one entry per field in manifest order, each either 0 (no postings)
 * or a flat list `[docDelta, value, docDelta, value, …]`: document numbers as gaps from the previous one
 * (the first from 0) and lunr's field-vector value for the pair times 1000 (lunr keeps 3 decimals). A CJK
 * character pair, always searched as part of a phrase, carries its positions after the fields, numbers as in
 * PositionEntry; other terms' positions are in the position shards.
 */
export type ShardEntry = [term: string, termIndex: number, ...fields: (number[] | 0 | number)[]];

/**
 * One term in a position shard (a JSON array of these, sorted by term; CJK character pairs have theirs in
 * their term shard): `[term, ~position, gap, gap, …,
 * ~position, gap, …]`: for each document holding the term in any field, in the order of document numbers
 * (those of the term's shard entry, its fields merged), its first position as a negative number (−position − 1:
 * it also says where the document starts), then the gaps to the next positions.
 */
export type PositionEntry = [term: string, ...numbers: number[]];

/**
 * A vocabulary file: `[term, documents, word, term, documents, word, …]`, sorted by term, every word-like term
 * of ≥3 characters, with the word of the text it was first made from ("" when that is the term itself).
 */
export type VocabularyEntry = (string | number)[];

/** `search-index/<build>/d.json`: what narrowing results needs about every document. */
export interface Facets {
  /** Category names, as shown; documents refer to them by number. */
  categories: string[];
  /** Category number of each document. */
  category: number[];
  /** Document numbers newest first, when the manifest's newestFirst is false. */
  byDate?: number[];
}

/** One document in a metadata chunk file (a JSON array of these, in document order); `fragment` names its text file. */
export type MetaEntry = [title: string, url: string, category: string, date: string, excerpt: string, lang: string, fragment: string];

/** `search-index/f/<fragment>.json`: the plain text of a document's body (cut to maxFragmentLength), for excerpts. */
export type FragmentEntry = [text: string];

/** A matching document, as ranked by lunr. */
export interface SearchHit {
  /** Document number: its position in the documents given to the build. */
  ref: number;
  score: number;
  /** Index terms that matched (after the pipeline), for highlighting. */
  terms: string[];
}

export type SearchOutcome =
  | { status: "empty"; query: string }
  | {
      status: "found" | "none";
      query: string;
      hits: SearchHit[];
      /** No document had every term: these have some of them. */
      fellBack?: boolean;
      /** Nothing matched `query`; the hits are those of this spelling, one letter away. */
      corrected?: string;
    }
  /** The query needs more shards than the client may fetch (leading wildcard, fuzzy match). */
  | { status: "too-broad"; query: string; shards: number };

/** [start, end) offsets in UTF-16 code units. */
export type TextRange = [start: number, end: number];

/** A hit with what the results page shows. */
export interface SearchResultView {
  ref: number;
  score: number;
  title: string;
  titleHighlights: TextRange[];
  /** Site-relative URL, without the path prefix. */
  url: string;
  category: string;
  date: string;
  lang: string;
  excerpt: string;
  excerptHighlights: TextRange[];
}
