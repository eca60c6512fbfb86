// Text → index terms. The index builder and the browser both import this module, so a word typed in a
// query becomes exactly the term the build stored.
//
// Splitting follows lunr's own tokenizer (lower case, break on whitespace and hyphens) because lunr's
// query lexer splits queries the same way. Everything else happens in pipeline functions, which lunr
// runs on document tokens and on query terms alike:
//   normalize → segment → trim → stop words → stem
// Segmenting inside the pipeline is what lets "城市规划", typed without spaces, find documents: the query
// term is cut exactly as the text was. Runs of Han, kana and Hangul become overlapping character pairs, as
// Lucene's CJK analyzer makes them (城市规划 → 城市 市规 规划): any substring of two characters or more is
// then a run of consecutive pairs, whatever a word segmenter would have made of it, and a Korean particle
// (교통이 → 교통 통이) does not hide its word. Other text goes through Intl.Segmenter (Thai, "foo/bar").

import lunr from "lunr";

/** lunr.tokenizer.separator; lunr.QueryLexer.termSeparator is the same expression. */
const SEPARATOR = /[\s\-]+/;
const WORD = /[^\s\-]+/g;

/** Most tokens are plain ASCII words: they skip normalizing and segmenting. */
const PLAIN = /^[a-z0-9]*$/;

/** A character indexed as part of character pairs: Han, kana (with the prolonged sound mark), Hangul. */
const CJK_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u30fc\uff70]/u;
const CJK_RUN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u30fc\uff70]+/gu;

/** Whether `text` holds a character that is indexed as character pairs. */
export function hasCjk(text: string): boolean {
  return CJK_CHAR.test(text);
}

/** Words of a script the English stemmer can handle; CJK, Cyrillic, Thai… are left alone. */
const LATIN = /^[\p{Script=Latin}\p{M}\p{N}._'’]*$/u;

/** Edges lunr's trimmer strips, widened from \W to anything that is not a letter, digit or mark in any script. */
const LEADING_NON_WORD = /^[^\p{L}\p{N}\p{M}_]+/u;
const WORD_CHARACTER = /[\p{L}\p{N}\p{M}_]/u;

/**
 * Intl.Segmenter gets slow on long strings (seconds for 100k characters in V8), and unspaced Chinese
 * makes paragraph-long tokens, so text is segmented in windows that restart at the last word boundary.
 */
const SEGMENT_WINDOW = 256;

/** A fixed locale, so every browser and the build cut words alike. */
const segmenter: Intl.Segmenter | undefined =
  typeof Intl.Segmenter === "function" ? new Intl.Segmenter("zh", { granularity: "word" }) : undefined;

/** What lunr.Token really holds; @types/lunr hides it. */
interface TokenFields {
  str: string;
  metadata: TokenMetadata;
}

interface TokenMetadata {
  /** [start, length] in the tokenized text; lunr's tokenizer sets it. */
  position?: [number, number];
  /** Set by termSpans: the token still has the length it had in the text, so positions can narrow. */
  exactPosition?: boolean;
  [key: string]: unknown;
}

function fieldsOf(token: lunr.Token): TokenFields {
  return token as unknown as TokenFields;
}

/** Metadata for a piece `length` long starting `offset` into the token, when positions are still exact. */
function narrowed(metadata: TokenMetadata, offset: number, length: number): TokenMetadata {
  const position = metadata.position;
  if (!metadata.exactPosition || !position) return { ...metadata };
  return { ...metadata, position: [position[0] + offset, length] };
}

/** Lower-cased words of `text`, split exactly as lunr.tokenizer splits a string. */
export function splitWords(text: string): string[] {
  const parts = text.toLowerCase().split(SEPARATOR);
  if (parts.length > 0 && parts[0] === "") parts.shift();
  if (parts.length > 0 && parts[parts.length - 1] === "") parts.pop();
  return parts;
}

/**
 * A lunr tokenizer (for `builder.tokenizer`): lunr.tokenizer's behaviour, except that the strings of an
 * array (tags) are split into words too instead of each becoming one token.
 */
export function tokenize(value?: unknown, metadata?: object): lunr.Token[] {
  if (value === null || value === undefined) return [];
  const values: unknown[] = Array.isArray(value) ? value : [value];
  const tokens: lunr.Token[] = [];
  for (const item of values) {
    const text = String(item).toLowerCase();
    for (const match of text.matchAll(WORD)) {
      const start = match.index ?? 0;
      tokens.push(new lunr.Token(match[0], { ...metadata, position: [start, match[0].length], index: tokens.length }));
    }
  }
  return tokens;
}

/** Word-like segments of `text` and their offsets, from Intl.Segmenter in windows. */
export function segmentWords(text: string): { word: string; index: number }[] {
  const words: { word: string; index: number }[] = [];
  forEachWord(text, (word, index) => words.push({ word, index }));
  return words;
}

/** segmentWords without the objects: calls `visit` with each word-like segment and its offset, in order. */
export function forEachWord(text: string, visit: (word: string, index: number) => void): void {
  if (!segmenter) {
    visit(text, 0);
    return;
  }
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + SEGMENT_WINDOW);
    const code = text.charCodeAt(end - 1);
    if (end < text.length && code >= 0xd800 && code <= 0xdbff) end -= 1; // never cut a surrogate pair
    // Each segment is handled once the next one is known, so the last one can be held back.
    let held: Intl.SegmentData | undefined;
    let count = 0;
    for (const segment of segmenter.segment(text.slice(start, end))) {
      if (held?.isWordLike) visit(held.segment, start + held.index);
      held = segment;
      count++;
    }
    if (held === undefined) break;
    // The last segment may be a word cut by the window: drop it and start the next window there.
    if (end < text.length && count > 1) {
      start += held.index;
    } else {
      if (held.isWordLike) visit(held.segment, start + held.index);
      start = end;
    }
  }
}

/** NFKC and lower case: full-width "ＡＢＣ１" and "abc1" are one term. */
export function normalizeToken(token: lunr.Token): lunr.Token {
  const t = fieldsOf(token);
  if (PLAIN.test(t.str)) return token;
  const normal = t.str.normalize("NFKC").toLowerCase();
  if (normal === t.str) return token;
  if (normal.length !== t.str.length) t.metadata = { ...t.metadata, exactPosition: false };
  t.str = normal;
  return token;
}

/**
 * Calls `visit` with the pieces of `text`, in order, and their offsets: each run of Han, kana or Hangul as
 * its overlapping pairs of characters (a run of one character as itself), the rest as Intl.Segmenter's words.
 */
export function forEachPiece(text: string, visit: (piece: string, index: number) => void): void {
  let at = 0;
  for (const match of text.matchAll(CJK_RUN)) {
    const start = match.index ?? 0;
    if (start > at) forEachWord(text.slice(at, start), (word, index) => visit(word, at + index));
    const run = match[0];
    const end = start + run.length;
    // Code points, not code units: rare Han characters lie outside the BMP.
    let first = start;
    let second = first + codePointLength(text, first);
    if (second >= end) visit(run, start);
    while (second < end) {
      const after = second + codePointLength(text, second);
      visit(text.slice(first, after), first);
      first = second;
      second = after;
    }
    at = end;
  }
  if (at === 0) forEachWord(text, visit);
  else if (at < text.length) forEachWord(text.slice(at), (word, index) => visit(word, at + index));
}

function codePointLength(text: string, at: number): number {
  const code = text.charCodeAt(at);
  return code >= 0xd800 && code <= 0xdbff && at + 1 < text.length ? 2 : 1;
}

/** Cuts a token into pieces (forEachPiece): CJK runs into character pairs, other unspaced text and glued punctuation into words. */
export function segmentToken(token: lunr.Token): lunr.Token | lunr.Token[] {
  const t = fieldsOf(token);
  if (PLAIN.test(t.str)) return token;
  const pieces: lunr.Token[] = [];
  let whole = false;
  forEachPiece(t.str, (piece, index) => {
    whole = piece === t.str;
    pieces.push(new lunr.Token(piece, narrowed(t.metadata, index, piece.length)));
  });
  return pieces.length === 1 && whole ? token : pieces;
}

/**
 * The strings of the tokens segmentToken makes of a token whose string is `str`, without making tokens:
 * the index builder calls this for millions of words.
 */
export function forEachSegment(str: string, visit: (word: string) => void): void {
  if (PLAIN.test(str)) visit(str);
  else forEachPiece(str, visit);
}

/** lunr.trimmer for every script: lunr's own strips all non-ASCII characters, and with them every CJK word. */
export function trimToken(token: lunr.Token): lunr.Token | null {
  const t = fieldsOf(token);
  if (PLAIN.test(t.str)) return token;
  const leading = LEADING_NON_WORD.exec(t.str)?.[0].length ?? 0;
  const trimmed = withoutTrailingNonWord(t.str.slice(leading));
  if (trimmed === t.str) return token;
  if (trimmed === "") return null;
  t.metadata = narrowed(t.metadata, leading, trimmed.length);
  t.str = trimmed;
  return token;
}

/**
 * `text` without the characters at its end that are not letters, digits, marks or "_". A loop from the end:
 * the expression `[^…]+$` would try again from each character of a long run of them inside a word.
 */
function withoutTrailingNonWord(text: string): string {
  let end = text.length;
  while (end > 0) {
    const pair = end >= 2 && isLowSurrogate(text.charCodeAt(end - 1)) && isHighSurrogate(text.charCodeAt(end - 2));
    const start = pair ? end - 2 : end - 1;
    if (WORD_CHARACTER.test(text.slice(start, end))) break;
    end = start;
  }
  return text.slice(0, end);
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** lunr's English stemmer, applied to Latin-script words only. */
export function stemToken(token: lunr.Token): lunr.Token {
  const str = fieldsOf(token).str;
  return PLAIN.test(str) || LATIN.test(str) ? lunr.stemmer(token) : token;
}

/** The pipeline, by the labels a serialized index names it with. lunr's stop word filter only knows English words. */
const PIPELINE: [label: string, fn: lunr.PipelineFunction][] = [
  ["normalizeToken", normalizeToken],
  ["segmentToken", segmentToken],
  ["trimToken", trimToken],
  ["stopWordFilter", lunr.stopWordFilter],
  ["stemToken", stemToken],
];

// Index.load rebuilds the pipeline from labels and throws on one it does not know, so registering
// is part of importing this module, on the build side and in the browser.
const registered = (lunr.Pipeline as unknown as { registeredFunctions: Record<string, unknown> }).registeredFunctions;
for (const [label, fn] of PIPELINE) {
  if (registered[label] !== fn) lunr.Pipeline.registerFunction(fn, label);
}

/** Labels of the pipeline, as stored in the manifest. */
export const pipelineLabels: readonly string[] = PIPELINE.map(([label]) => label);

/** A fresh lunr pipeline of the functions above; the same one indexes documents and processes queries. */
export function searchPipeline(): lunr.Pipeline {
  const pipeline = new lunr.Pipeline();
  pipeline.add(...PIPELINE.map(([, fn]) => fn));
  return pipeline;
}

let spanPipeline: lunr.Pipeline | undefined;
/** A word's terms and their ranges within it: excerpts run the same words through the pipeline again and again. */
const wordSpans = new Map<string, { term: string; start: number; end: number }[]>();
const MAX_REMEMBERED_WORDS = 50_000;

/** Every index term of `text` with the range of text it came from, for highlighting. */
export function termSpans(text: string): { term: string; start: number; end: number }[] {
  spanPipeline ??= searchPipeline();
  const spans: { term: string; start: number; end: number }[] = [];
  for (const match of text.matchAll(WORD)) {
    const raw = match[0];
    const start = match.index ?? 0;
    let within = wordSpans.get(raw);
    if (within === undefined) {
      within = [];
      const lower = raw.toLowerCase();
      const metadata: TokenMetadata = { position: [0, raw.length], exactPosition: lower.length === raw.length };
      for (const token of spanPipeline.run([new lunr.Token(lower, metadata)])) {
        const t = fieldsOf(token);
        const [from, length] = t.metadata.exactPosition && t.metadata.position ? t.metadata.position : [0, raw.length];
        within.push({ term: t.str, start: from, end: from + length });
      }
      if (wordSpans.size >= MAX_REMEMBERED_WORDS) wordSpans.clear();
      wordSpans.set(raw, within);
    }
    for (const span of within) spans.push({ term: span.term, start: start + span.start, end: start + span.end });
  }
  return spans;
}
