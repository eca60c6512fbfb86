// lunr.Builder's inverted index and field vectors, computed in one pass over the text.
//
// lunr.Builder runs the pipeline on every token and keeps an object per (document, field) and per posting;
// on 10k articles that is 25 s and 2 GB. Here the pipeline runs once per distinct token, and a repeated token
// costs no allocation at all: text is scanned a code unit at a time and tokens are looked up by their range
// (TokenTable). Postings are counted per (document, field), kept as varints in document order, then sorted
// by (term, field) into one typed array. The numbers are lunr's, bit for bit: term numbers in first-seen
// order (lunr's `_index`), field lengths after the pipeline, idf counting a document once per field holding
// the term, BM25 with k1 = 1.2 and b = 0.75, the field boost, 3-decimal rounding.

import { separatorCodes } from "./separatorCodes.ts";
import { TermNumbers } from "./termNumbers.ts";
import { TOKEN_HASH_START, TokenTable, tokenHashStep } from "./tokenTable.ts";
import { VarintStream } from "./varintStream.ts";

/** lunr.Builder's defaults. */
const K1 = 1.2;
const B = 0.75;

/**
 * Longer tokens are not remembered: they are mostly runs of unspaced CJK text, each seen once, and
 * remembering them would cost memory for nothing.
 */
const MAX_REMEMBERED_TOKEN = 40;

/** TokenTable values: a term number, NO_TERMS, or a list of terms at `lists[LIST - value]`. */
const NO_TERMS = -1;
const LIST = -2;

/** A field's value in one document: text, or a list of texts (tags). */
export type FieldValue = string | readonly string[];

export interface Postings {
  documentCount: number;
  fieldCount: number;
  /** Terms by lunr term index. */
  terms: string[];
  /** Postings of term t in field f are postings start[t·fieldCount + f] … start[t·fieldCount + f + 1] − 1, by document. */
  start: Int32Array;
  /**
   * Posting i is entries[2i], its document, and entries[2i + 1], lunr's field-vector value for it times 1000
   * (an integer, since lunr keeps 3 decimals). Side by side, so sorting a posting into place touches one cache line.
   */
  entries: Int32Array;
}

/**
 * The postings of `documents` (each a list of field values, in field order) as lunr.Builder with
 * these field boosts and the search pipeline would index them, document i having ref String(i).
 */
export function buildPostings(documents: readonly (readonly FieldValue[])[], boosts: readonly number[]): Postings {
  const fieldCount = boosts.length;
  const documentCount = documents.length;
  const termNumbers = new TermNumbers();
  const { terms } = termNumbers;

  // Per (document, field): the length after the pipeline and how many distinct terms it holds.
  const fieldLengths = new Int32Array(documentCount * fieldCount);
  const distinctTerms = new Int32Array(documentCount * fieldCount);
  const lengthSums = new Array<number>(fieldCount).fill(0);
  // Postings in document order: term, frequency, term, frequency…
  const stream = new VarintStream();
  let postingCount = 0;
  // Per term: occurrences in the current field, postings per field; `seen` lists the current field's terms.
  let counts = new Int32Array(0);
  let fieldPostings = new Int32Array(0);
  let seen = new Int32Array(0);
  let seenCount = 0;

  const table = new TokenTable();
  const lists: number[] = [];
  /** Term numbers of a token not met before, with room made for new terms. */
  function termsOfNew(raw: string, remember: boolean): number[] {
    const numbers: number[] = [];
    termNumbers.add(raw, numbers, remember);
    if (terms.length > counts.length) {
      const capacity = Math.max(terms.length, counts.length * 2, 1024);
      counts = grown(counts, capacity);
      seen = grown(seen, capacity);
      fieldPostings = grown(fieldPostings, capacity * fieldCount);
    }
    return numbers;
  }
  function tableEntry(numbers: readonly number[]): number {
    if (numbers.length === 0) return NO_TERMS;
    if (numbers.length === 1) return numbers[0];
    lists.push(numbers.length, ...numbers);
    return LIST - (lists.length - numbers.length - 1);
  }

  for (let d = 0; d < documentCount; d++) {
    const values = documents[d];
    for (let f = 0; f < fieldCount; f++) {
      const value = values[f];
      // lunr indexes a missing field as empty; tags are a list of texts.
      const many = typeof value !== "string";
      const textCount = value === undefined || value === null ? 0 : many ? value.length : 1;
      let length = 0;
      for (let k = 0; k < textCount; k++) {
        const text = (many ? value[k] : value).toLowerCase();
        const end = text.length;
        let i = 0;
        while (i < end) {
          let code = text.charCodeAt(i);
          if (separatorCodes[code] === 1) {
            i++;
            continue;
          }
          const start = i;
          let hash = TOKEN_HASH_START;
          do {
            hash = tokenHashStep(hash, code);
            code = ++i < end ? text.charCodeAt(i) : 0x20;
          } while (separatorCodes[code] === 0);

          if (i - start > MAX_REMEMBERED_TOKEN) {
            for (const n of termsOfNew(text.slice(start, i), true)) {
              if (counts[n] === 0) seen[seenCount++] = n;
              counts[n] += 1;
              length += 1;
            }
            continue;
          }
          let entry: number;
          const slot = table.find(text, start, i, hash);
          if (slot >= 0) entry = table.value(slot);
          else {
            entry = tableEntry(termsOfNew(text.slice(start, i), false));
            table.add(text, start, i, hash, entry, slot);
          }
          if (entry >= 0) {
            if (counts[entry] === 0) seen[seenCount++] = entry;
            counts[entry] += 1;
            length += 1;
          } else if (entry !== NO_TERMS) {
            const at = LIST - entry;
            const last = at + lists[at];
            for (let l = at + 1; l <= last; l++) {
              const n = lists[l];
              if (counts[n] === 0) seen[seenCount++] = n;
              counts[n] += 1;
              length += 1;
            }
          }
        }
      }
      const cell = d * fieldCount + f;
      fieldLengths[cell] = length;
      lengthSums[f] += length;
      distinctTerms[cell] = seenCount;
      for (let s = 0; s < seenCount; s++) {
        const n = seen[s];
        stream.write(n);
        stream.write(counts[n]);
        fieldPostings[n * fieldCount + f] += 1;
        counts[n] = 0;
      }
      postingCount += seenCount;
      seenCount = 0;
    }
  }

  // Group postings by (term, field): a counting sort, which keeps document order.
  const termCount = terms.length;
  const start = new Int32Array(termCount * fieldCount + 1);
  for (let c = 0; c < termCount * fieldCount; c++) start[c + 1] = start[c] + fieldPostings[c];
  const next = start.slice(0, termCount * fieldCount);
  const idf = new Float64Array(termCount);
  for (let t = 0; t < termCount; t++) {
    // lunr.idf: a document counts once per field that holds the term.
    const withTerm = start[(t + 1) * fieldCount] - start[t * fieldCount];
    idf[t] = Math.log(1 + Math.abs((documentCount - withTerm + 0.5) / (withTerm + 0.5)));
  }
  const averageLengths = lengthSums.map((sum) => sum / documentCount);
  const entries = new Int32Array(postingCount * 2);

  for (let d = 0; d < documentCount; d++) {
    for (let f = 0; f < fieldCount; f++) {
      const cell = d * fieldCount + f;
      // Same expression, same order of operations as lunr.Builder#createFieldVectors.
      const norm = K1 * (1 - B + B * (fieldLengths[cell] / averageLengths[f]));
      const boost = boosts[f] || 1;
      for (let p = distinctTerms[cell]; p > 0; p--) {
        const t = stream.read();
        const tf = stream.read();
        const at = 2 * next[t * fieldCount + f]++;
        entries[at] = d;
        let score = (idf[t] * ((K1 + 1) * tf)) / (norm + tf);
        score *= boost;
        entries[at + 1] = Math.round(score * 1000);
      }
    }
  }

  return { documentCount, fieldCount, terms, start, entries };
}

function grown(array: Int32Array, length: number): Int32Array<ArrayBuffer> {
  const bigger = new Int32Array(length);
  bigger.set(array);
  return bigger;
}
