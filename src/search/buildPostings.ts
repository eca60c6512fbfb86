// lunr.Builder's inverted index and field vectors, computed in one pass.
//
// lunr.Builder runs the pipeline on every token and keeps an object per (document, field) and per posting;
// on 10k articles that is 25 s and 2 GB. Here the pipeline runs once per distinct token (a Map from raw
// token to term numbers) and postings live in flat arrays. The numbers are lunr's, bit for bit: term
// numbers in first-seen order (lunr's `_index`), field lengths after the pipeline, idf counting a document
// once per field holding the term, BM25 with k1 = 1.2 and b = 0.75, the field boost, 3-decimal rounding.

import lunr from "lunr";
import { searchPipeline, splitWords } from "./tokenize.ts";

/** lunr.Builder's defaults. */
const K1 = 1.2;
const B = 0.75;

/** A field's value in one document: text, or a list of texts (tags). */
export type FieldValue = string | readonly string[];

export interface Postings {
  documentCount: number;
  fieldCount: number;
  /** Terms by lunr term index. */
  terms: string[];
  /** Postings of term i are positions start[i] … start[i + 1] - 1 of the arrays below, by document then field. */
  start: Int32Array;
  doc: Int32Array;
  field: Uint8Array;
  /** lunr's field-vector value for the posting times 1000: an integer, since lunr keeps 3 decimals. */
  value: Int32Array;
}

/**
 * The postings of `documents` (each a list of field values, in field order) as lunr.Builder with
 * these field boosts and the search pipeline would index them, document i having ref String(i).
 */
export function buildPostings(documents: readonly (readonly FieldValue[])[], boosts: readonly number[]): Postings {
  const fieldCount = boosts.length;
  const documentCount = documents.length;
  const pipeline = searchPipeline();
  const termNumbers = new Map<string, number>();
  const terms: string[] = [];
  const tokenTerms = new Map<string, number[]>();

  function termsOfToken(raw: string): number[] {
    let numbers = tokenTerms.get(raw);
    if (numbers === undefined) {
      numbers = pipeline.run([new lunr.Token(raw, {})]).map((token) => {
        const term = token.toString();
        let n = termNumbers.get(term);
        if (n === undefined) {
          n = terms.length;
          termNumbers.set(term, n);
          terms.push(term);
        }
        return n;
      });
      tokenTerms.set(raw, numbers);
    }
    return numbers;
  }

  const fieldLengths = new Int32Array(documentCount * fieldCount);
  const lengthSums = new Array<number>(fieldCount).fill(0);
  const postTerm: number[] = [];
  const postDoc: number[] = [];
  const postField: number[] = [];
  const postFrequency: number[] = [];
  let counts = new Int32Array(1024);
  const seen: number[] = [];

  for (let d = 0; d < documentCount; d++) {
    const values = documents[d];
    for (let f = 0; f < fieldCount; f++) {
      const value = values[f];
      // lunr indexes a missing field as empty.
      const texts = value === undefined || value === null ? [] : typeof value === "string" ? [value] : value;
      let length = 0;
      for (const text of texts) {
        for (const raw of splitWords(text)) {
          for (const n of termsOfToken(raw)) {
            if (n >= counts.length) {
              const grown = new Int32Array(Math.max(n + 1, counts.length * 2));
              grown.set(counts);
              counts = grown;
            }
            if (counts[n] === 0) seen.push(n);
            counts[n] += 1;
            length += 1;
          }
        }
      }
      fieldLengths[d * fieldCount + f] = length;
      lengthSums[f] += length;
      for (const n of seen) {
        postTerm.push(n);
        postDoc.push(d);
        postField.push(f);
        postFrequency.push(counts[n]);
        counts[n] = 0;
      }
      seen.length = 0;
    }
  }

  // Group postings by term (a counting sort keeps document order within a term).
  const postingCount = postTerm.length;
  const start = new Int32Array(terms.length + 1);
  for (let p = 0; p < postingCount; p++) start[postTerm[p] + 1] += 1;
  for (let t = 0; t < terms.length; t++) start[t + 1] += start[t];
  const next = start.slice(0, terms.length);
  const doc = new Int32Array(postingCount);
  const field = new Uint8Array(postingCount);
  const value = new Int32Array(postingCount);
  const averageLengths = lengthSums.map((sum) => sum / documentCount);

  for (let p = 0; p < postingCount; p++) {
    const t = postTerm[p];
    const at = next[t]++;
    doc[at] = postDoc[p];
    field[at] = postField[p];
    // Filled with the frequency now, replaced by the BM25 value below once document frequencies are known.
    value[at] = postFrequency[p];
  }

  for (let t = 0; t < terms.length; t++) {
    // lunr.idf: a document counts once per field that holds the term.
    const withTerm = start[t + 1] - start[t];
    const idf = Math.log(1 + Math.abs((documentCount - withTerm + 0.5) / (withTerm + 0.5)));
    for (let at = start[t]; at < start[t + 1]; at++) {
      const f = field[at];
      const tf = value[at];
      const fieldLength = fieldLengths[doc[at] * fieldCount + f];
      // Same expression, same order of operations as lunr.Builder#createFieldVectors.
      let score = (idf * ((K1 + 1) * tf)) / (K1 * (1 - B + B * (fieldLength / averageLengths[f])) + tf);
      score *= boosts[f] || 1;
      value[at] = Math.round(score * 1000);
    }
  }

  return { documentCount, fieldCount, terms, start, doc, field, value };
}
