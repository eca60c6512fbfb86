// lunr.Builder's inverted index and field vectors, computed in one pass over the text.
//
// lunr.Builder runs the pipeline on every token and keeps an object per (document, field) and per posting;
// on a large site that takes most of the build's time and memory. Here the pipeline runs once per distinct token, and a repeated token
// costs no allocation at all: text is scanned a code unit at a time and tokens are looked up by their range
// (TokenTable). Postings are counted per (document, field), kept as varints in document order, then sorted
// by (term, field) into one typed array. The numbers are lunr's, bit for bit: term numbers in first-seen
// order (lunr's `_index`), field lengths after the pipeline, idf counting a document once per field holding
// the term, BM25 with k1 = 1.2 and b = 0.75, the field boost, 3-decimal rounding.
//
// Beside them, the position of every term occurrence, for phrases: terms are numbered in one sequence per
// document, after the pipeline (stop words take no position, character pairs one each), fields and the
// strings of a list one position apart, so a phrase never runs from one into the next.
//
// A builder given a `recorder` also writes each document's **record**: what `add` kept of it (its postings
// per field, its positions, the form of each of its terms) in its own term numbers. `addRecord` takes a
// record of another builder instead of the text (an incremental build takes unchanged articles so), and
// leaves the builder exactly as `add` of that document's text would have.

import { separatorCodes } from "./separatorCodes.ts";
import { TermNumbers } from "./termNumbers.ts";
import { TOKEN_HASH_START, TokenTable, tokenHashStep } from "./tokenTable.ts";
import { VarintReader, VarintStream } from "./varintStream.ts";

/** lunr.Builder's defaults. */
const K1 = 1.2;
const B = 0.75;

/**
 * Longer tokens are not remembered: they are mostly runs of unspaced CJK text, each seen once, and
 * remembering them would cost memory for nothing.
 */
const MAX_REMEMBERED_TOKEN = 40;

/** TokenTable values: a term number, NO_TERMS, or a list of (term, form) pairs at `lists[LIST - value]`. */
const NO_TERMS = -1;
const LIST = -2;

/** A field's value in one document: text, or a list of texts (tags). */
export type FieldValue = string | readonly string[];

/** Where a builder writes its documents' records: any sequence of integers in [0, 2³¹). */
export interface RecordSink {
  write(value: number): void;
}

/** The terms and forms of the builder that wrote some records, to read them with (`addRecord`). */
export class RecordTerms {
  readonly terms: readonly string[];
  readonly forms: readonly string[];
  /** Their numbers in the builder reading the records (-1: not looked up yet). */
  readonly termNumbers: Int32Array;
  readonly formNumbers: Int32Array;
  constructor(terms: readonly string[], forms: readonly string[]) {
    this.terms = terms;
    this.forms = forms;
    this.termNumbers = new Int32Array(terms.length).fill(-1);
    this.formNumbers = new Int32Array(forms.length).fill(-1);
  }
}

export interface Postings {
  documentCount: number;
  fieldCount: number;
  /** Terms by lunr term index. */
  terms: string[];
  /** By term index, the word of the text the term was first made from, or "" when it is the term itself. */
  forms: string[];
  /** Postings of term t in field f are postings start[t·fieldCount + f] … start[t·fieldCount + f + 1] − 1, by document. */
  start: Int32Array;
  /**
   * Posting i is entries[2i], its document, and entries[2i + 1], lunr's field-vector value for it times 1000
   * (an integer, since lunr keeps 3 decimals). Side by side, so sorting a posting into place touches one cache line.
   */
  entries: Int32Array;
  /** The documents holding term t (in any field) are occurrences[occurrenceStart[t] … occurrenceStart[t + 1] − 1], ascending. */
  occurrenceStart: Int32Array;
  occurrenceDocuments: Int32Array;
  /** Positions of occurrence e (a term in a document), ascending: positions[positionStart[e] … positionStart[e + 1] − 1]. */
  positionStart: Int32Array;
  positions: Int32Array;
}

/**
 * The postings of documents (each a list of field values, in field order) as lunr.Builder with these
 * field boosts and the search pipeline would index them, document i having ref String(i), built a document
 * at a time: `add` reads a document's text and keeps only its postings (a few
 * bytes per distinct word), so a caller can index each document as it is made and drop its text.
 */
export class PostingsBuilder {
  private readonly boosts: readonly number[];
  private readonly fieldCount: number;
  private documentCount = 0;
  private readonly termNumbers = new TermNumbers();
  // Per (document, field): the length after the pipeline and how many distinct terms it holds.
  private fieldLengths = new Int32Array(1024);
  private distinctTerms = new Int32Array(1024);
  private readonly lengthSums: number[];
  // Postings in document order: term, frequency, term, frequency…
  private readonly stream = new VarintStream();
  private postingCount = 0;
  // Per term: occurrences in the current field, postings per field; `seen` lists the current field's terms.
  private counts = new Int32Array(0);
  private fieldPostings = new Int32Array(0);
  private seen = new Int32Array(0);
  private seenCount = 0;
  private readonly table = new TokenTable();
  private readonly lists: number[] = [];
  private readonly recorder: RecordSink | undefined;
  // Positions: the current document's occurrences (term, position), then per document its distinct terms,
  // each with its positions, in `positionStream`; per term, documents and positions in all.
  private occurrenceTerms = new Int32Array(1024);
  private occurrenceForms = new Int32Array(1024);
  private occurrencePositions = new Int32Array(1024);
  private occurrenceCount = 0;
  private position = 0;
  private documentTerms = new Int32Array(0);
  private termOccurrences = new Int32Array(0);
  private termPositions = new Int32Array(0);
  private documentDistinct = new Int32Array(1024);
  private readonly positionStream = new VarintStream();
  private positionCount = 0;

  constructor(boosts: readonly number[], recorder?: RecordSink) {
    this.boosts = boosts;
    this.recorder = recorder;
    this.fieldCount = boosts.length;
    this.lengthSums = new Array<number>(this.fieldCount).fill(0);
  }

  /** Term numbers of a token not met before, each followed by its form's, with room made for new terms. */
  private termsOfNew(raw: string, remember: boolean): number[] {
    const numbers: number[] = [];
    this.termNumbers.add(raw, numbers, remember);
    this.makeRoom();
    return numbers;
  }

  /** Room in the per-term arrays for every term numbered so far. */
  private makeRoom(): void {
    const terms = this.termNumbers.terms;
    if (terms.length > this.counts.length) {
      const capacity = Math.max(terms.length, this.counts.length * 2, 1024);
      this.counts = grown(this.counts, capacity);
      this.seen = grown(this.seen, capacity);
      this.documentTerms = grown(this.documentTerms, capacity);
      this.termOccurrences = grown(this.termOccurrences, capacity);
      this.termPositions = grown(this.termPositions, capacity);
      this.fieldPostings = grown(this.fieldPostings, capacity * this.fieldCount);
    }
  }

  /** A TokenTable value for (term, form) pairs. */
  private tableEntry(numbers: readonly number[]): number {
    if (numbers.length === 0) return NO_TERMS;
    if (numbers.length === 2) return numbers[0];
    this.lists.push(numbers.length / 2, ...numbers);
    return LIST - (this.lists.length - numbers.length - 1);
  }

  /** Indexes the next document: its field values, in field order. */
  add(values: readonly FieldValue[]): void {
    const { fieldCount, table, lists, stream } = this;
    const d = this.documentCount++;
    if ((d + 1) * fieldCount > this.fieldLengths.length) {
      this.fieldLengths = grown(this.fieldLengths, this.fieldLengths.length * 2);
      this.distinctTerms = grown(this.distinctTerms, this.distinctTerms.length * 2);
    }
    if (d >= this.documentDistinct.length) this.documentDistinct = grown(this.documentDistinct, this.documentDistinct.length * 2);
    this.occurrenceCount = 0;
    this.position = 0;
    for (let f = 0; f < fieldCount; f++) {
      const value = values[f];
      // lunr indexes a missing field as empty; tags are a list of texts.
      const many = typeof value !== "string";
      const textCount = value === undefined || value === null ? 0 : many ? value.length : 1;
      let length = 0;
      let { counts, seen, seenCount } = this;
      for (let k = 0; k < textCount; k++) {
        this.position += 1; // a gap before each field and each string of a list
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
            const numbers = this.termsOfNew(text.slice(start, i), true);
            ({ counts, seen } = this);
            for (let l = 0; l < numbers.length; l += 2) {
              const n = numbers[l];
              if (counts[n] === 0) seen[seenCount++] = n;
              counts[n] += 1;
              length += 1;
              this.occur(n, numbers[l + 1]);
            }
            continue;
          }
          let entry: number;
          let form: number;
          const slot = table.find(text, start, i, hash);
          if (slot >= 0) {
            entry = table.value(slot);
            form = table.form(slot);
          } else {
            const numbers = this.termsOfNew(text.slice(start, i), false);
            entry = this.tableEntry(numbers);
            form = numbers.length === 2 ? numbers[1] : 0;
            table.add(text, start, i, hash, entry, form, slot);
            ({ counts, seen } = this);
          }
          if (entry >= 0) {
            if (counts[entry] === 0) seen[seenCount++] = entry;
            counts[entry] += 1;
            length += 1;
            this.occur(entry, form);
          } else if (entry !== NO_TERMS) {
            const at = LIST - entry;
            const last = at + 2 * lists[at];
            for (let l = at + 1; l <= last; l += 2) {
              const n = lists[l];
              if (counts[n] === 0) seen[seenCount++] = n;
              counts[n] += 1;
              length += 1;
              this.occur(n, lists[l + 1]);
            }
          }
        }
      }
      const cell = d * fieldCount + f;
      this.fieldLengths[cell] = length;
      this.lengthSums[f] += length;
      this.distinctTerms[cell] = seenCount;
      const fieldPostings = this.fieldPostings;
      const recorder = this.recorder;
      recorder?.write(length);
      recorder?.write(seenCount);
      for (let s = 0; s < seenCount; s++) {
        const n = seen[s];
        stream.write(n);
        stream.write(counts[n]);
        recorder?.write(n);
        recorder?.write(counts[n]);
        fieldPostings[n * fieldCount + f] += 1;
        counts[n] = 0;
      }
      this.postingCount += seenCount;
      this.seenCount = 0;
    }
    this.keepPositions(d);
  }

  /**
   * Indexes the next document from its record (`bytes`, written by a builder with a recorder, whose terms and
   * forms are `from`): the same as `add` of the document's text, without the text.
   */
  addRecord(bytes: Uint8Array, from: RecordTerms): void {
    const { fieldCount, stream, positionStream, recorder } = this;
    const record = new VarintReader(bytes);
    const d = this.documentCount++;
    if ((d + 1) * fieldCount > this.fieldLengths.length) {
      this.fieldLengths = grown(this.fieldLengths, this.fieldLengths.length * 2);
      this.distinctTerms = grown(this.distinctTerms, this.distinctTerms.length * 2);
    }
    if (d >= this.documentDistinct.length) this.documentDistinct = grown(this.documentDistinct, this.documentDistinct.length * 2);
    // Terms new to this builder take the form they have in this document: set below, from its positions.
    const firstNew = this.termNumbers.terms.length;
    const term = (recorded: number): number => {
      let n = from.termNumbers[recorded];
      if (n < 0) {
        n = from.termNumbers[recorded] = this.termNumbers.number(from.terms[recorded], "");
        this.makeRoom();
      }
      return n;
    };
    for (let f = 0; f < fieldCount; f++) {
      const cell = d * fieldCount + f;
      const length = record.read();
      const distinct = record.read();
      this.fieldLengths[cell] = length;
      this.lengthSums[f] += length;
      this.distinctTerms[cell] = distinct;
      recorder?.write(length);
      recorder?.write(distinct);
      for (let k = 0; k < distinct; k++) {
        const n = term(record.read());
        const count = record.read();
        stream.write(n);
        stream.write(count);
        recorder?.write(n);
        recorder?.write(count);
        this.fieldPostings[n * fieldCount + f] += 1;
      }
      this.postingCount += distinct;
    }
    const distinct = record.read();
    this.documentDistinct[d] = distinct;
    recorder?.write(distinct);
    let positions = 0;
    for (let k = 0; k < distinct; k++) {
      const n = term(record.read());
      const recordedForm = record.read();
      const count = record.read();
      let form = from.formNumbers[recordedForm];
      if (form < 0) form = from.formNumbers[recordedForm] = this.termNumbers.formNumber(from.forms[recordedForm]);
      if (n >= firstNew) this.termNumbers.forms[n] = this.termNumbers.formList[form];
      positionStream.write(n);
      positionStream.write(count);
      recorder?.write(n);
      recorder?.write(form);
      recorder?.write(count);
      this.termOccurrences[n] += 1;
      this.termPositions[n] += count;
      positions += count;
    }
    this.positionCount += positions;
    for (let p = 0; p < positions; p++) {
      const gap = record.read();
      positionStream.write(gap);
      recorder?.write(gap);
    }
    if (!record.done) throw new Error("search index: a document's record in the build cache does not have the length it says (the cache is damaged: build with --clean)");
  }

  /** Notes an occurrence of term `n`, made from form `form`, at the next position of the current document. */
  private occur(n: number, form: number): void {
    const i = this.occurrenceCount++;
    if (i === this.occurrenceTerms.length) {
      this.occurrenceTerms = grown(this.occurrenceTerms, i * 2);
      this.occurrenceForms = grown(this.occurrenceForms, i * 2);
      this.occurrencePositions = grown(this.occurrencePositions, i * 2);
    }
    this.occurrenceTerms[i] = n;
    this.occurrenceForms[i] = form;
    this.occurrencePositions[i] = this.position++;
  }

  /** Writes the current document's positions, grouped by term, to the position stream. */
  private keepPositions(d: number): void {
    const { occurrenceTerms, occurrenceForms, occurrencePositions, occurrenceCount, documentTerms, positionStream, recorder } = this;
    // A counting sort by term: documentTerms[n] counts n's occurrences, then says where its positions go.
    const distinct: number[] = [];
    const forms: number[] = [];
    for (let i = 0; i < occurrenceCount; i++) {
      const n = occurrenceTerms[i];
      if (documentTerms[n] === 0) {
        distinct.push(n);
        forms.push(occurrenceForms[i]);
      }
      documentTerms[n] += 1;
    }
    this.documentDistinct[d] = distinct.length;
    recorder?.write(distinct.length);
    const counts = new Array<number>(distinct.length);
    let at = 0;
    for (let k = 0; k < distinct.length; k++) {
      const n = distinct[k];
      const count = (counts[k] = documentTerms[n]);
      positionStream.write(n);
      positionStream.write(count);
      recorder?.write(n);
      recorder?.write(forms[k]);
      recorder?.write(count);
      this.termOccurrences[n] += 1;
      this.termPositions[n] += count;
      documentTerms[n] = at;
      at += count;
    }
    this.positionCount += at;
    const sorted = this.sortedPositions(at);
    for (let i = 0; i < occurrenceCount; i++) sorted[documentTerms[occurrenceTerms[i]]++] = occurrencePositions[i];
    // Each term's positions ascend: written as gaps.
    at = 0;
    for (let k = 0; k < distinct.length; k++) {
      let previous = 0;
      for (const end = at + counts[k]; at < end; at++) {
        positionStream.write(sorted[at] - previous);
        recorder?.write(sorted[at] - previous);
        previous = sorted[at];
      }
      documentTerms[distinct[k]] = 0;
    }
  }

  private sorted = new Int32Array(1024);

  private sortedPositions(length: number): Int32Array {
    if (this.sorted.length < length) this.sorted = new Int32Array(Math.max(length, this.sorted.length * 2));
    return this.sorted;
  }

  /** The terms and forms this builder's records name by number (RecordTerms of the builder that reads them). */
  recordTables(): { terms: readonly string[]; forms: readonly string[] } {
    return { terms: this.termNumbers.terms, forms: this.termNumbers.formList };
  }

  /** The postings of every document added. */
  finish(): Postings {
    const { fieldCount, documentCount, fieldLengths, distinctTerms, stream, fieldPostings, boosts } = this;
    const { terms } = this.termNumbers;
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
    const averageLengths = this.lengthSums.map((sum) => sum / documentCount);
    const entries = new Int32Array(this.postingCount * 2);

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

    return { documentCount, fieldCount, terms, forms: this.termNumbers.forms, start, entries, ...this.finishPositions(termCount) };
  }

  /** Positions grouped by term (a counting sort of the position stream, which keeps document order). */
  private finishPositions(termCount: number): Pick<Postings, "occurrenceStart" | "occurrenceDocuments" | "positionStart" | "positions"> {
    const { termOccurrences, termPositions, positionStream, documentDistinct, documentCount } = this;
    const occurrenceStart = new Int32Array(termCount + 1);
    const termPositionStart = new Int32Array(termCount + 1);
    for (let t = 0; t < termCount; t++) {
      occurrenceStart[t + 1] = occurrenceStart[t] + termOccurrences[t];
      termPositionStart[t + 1] = termPositionStart[t] + termPositions[t];
    }
    const occurrenceCount = occurrenceStart[termCount];
    const occurrenceDocuments = new Int32Array(occurrenceCount);
    const positionStart = new Int32Array(occurrenceCount + 1);
    positionStart[occurrenceCount] = this.positionCount;
    const positions = new Int32Array(this.positionCount);
    const nextOccurrence = occurrenceStart.slice(0, termCount);
    const nextPosition = termPositionStart.slice(0, termCount);
    const terms: number[] = [];
    const counts: number[] = [];
    for (let d = 0; d < documentCount; d++) {
      terms.length = 0;
      counts.length = 0;
      for (let k = documentDistinct[d]; k > 0; k--) {
        terms.push(positionStream.read());
        counts.push(positionStream.read());
      }
      for (let k = 0; k < terms.length; k++) {
        const t = terms[k];
        const e = nextOccurrence[t]++;
        occurrenceDocuments[e] = d;
        let at = (positionStart[e] = nextPosition[t]);
        nextPosition[t] += counts[k];
        let position = 0;
        for (let c = counts[k]; c > 0; c--) positions[at++] = position += positionStream.read();
      }
    }
    return { occurrenceStart, occurrenceDocuments, positionStart, positions };
  }
}

function grown(array: Int32Array, length: number): Int32Array<ArrayBuffer> {
  const bigger = new Int32Array(length);
  bigger.set(array);
  return bigger;
}
