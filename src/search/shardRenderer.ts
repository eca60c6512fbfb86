// Term shard files as UTF-8 bytes, written straight from the postings (format: ShardEntry in types.ts).
//
// No entry ever becomes a JS array or string: on a large site the shards hold hundreds of MB of JSON, and this
// way only one shard of it exists at a time, in a buffer that is reused. The bytes are what
// `JSON.stringify` would give, digit for digit.

import type { PositionRenderer } from "./positionRenderer.ts";
import type { Postings } from "./PostingsBuilder.ts";
import { utf8Length } from "./utf8Length.ts";

const OPEN = 0x5b; // [
const CLOSE = 0x5d; // ]
const COMMA = 0x2c;
const ZERO = 0x30;
const MINUS = 0x2d;

export class ShardRenderer {
  private readonly postings: Postings;
  private readonly order: readonly number[];
  /** JSON of each term, in `order`, and its UTF-8 size. */
  private readonly termJson: string[];
  private readonly termJsonBytes: Int32Array;
  private buffer = new Uint8Array(1 << 16);
  private readonly encoder = new TextEncoder();

  /** Terms whose positions follow their fields in their entry (positions: a renderer over the same `order`). */
  private readonly inline: { positions: PositionRenderer; wants: (i: number) => boolean } | undefined;

  /** `order`: the term numbers in the order the shards list them. */
  constructor(postings: Postings, order: readonly number[], inline?: { positions: PositionRenderer; wants: (i: number) => boolean }) {
    this.postings = postings;
    this.order = order;
    this.inline = inline;
    this.termJson = order.map((t) => JSON.stringify(postings.terms[t]));
    this.termJsonBytes = Int32Array.from(this.termJson, utf8Length);
  }

  /** UTF-8 size of the entry of term `order[i]`. */
  entryBytes(i: number): number {
    const { start, entries, fieldCount } = this.postings;
    const t = this.order[i];
    let bytes = 1 + this.termJsonBytes[i] + 1 + decimalLength(t) + 1;
    for (let c = t * fieldCount; c < (t + 1) * fieldCount; c++) {
      const first = start[c];
      const end = start[c + 1];
      if (first === end) {
        bytes += 2; // ,0
        continue;
      }
      // ,[ and ], then a comma between every two numbers.
      bytes += 3 + 2 * (end - first) - 1;
      let previous = 0;
      for (let at = 2 * first; at < 2 * end; at += 2) {
        bytes += decimalLength(entries[at] - previous) + decimalLength(entries[at + 1]);
        previous = entries[at];
      }
    }
    if (this.inline?.wants(i)) bytes += this.inline.positions.bodyBytes(i);
    return bytes;
  }

  /** The JSON array of entries [first, end), `bytes` long; valid until the next call. */
  render(first: number, end: number, bytes: number): Uint8Array {
    if (this.buffer.length < bytes) this.buffer = new Uint8Array(Math.max(bytes, this.buffer.length * 2));
    const out = this.buffer;
    const { start, entries, fieldCount } = this.postings;
    let pos = 0;
    out[pos++] = OPEN;
    for (let i = first; i < end; i++) {
      if (i > first) out[pos++] = COMMA;
      const t = this.order[i];
      out[pos++] = OPEN;
      pos = this.writeTerm(i, pos);
      out[pos++] = COMMA;
      pos = writeInteger(out, pos, t);
      for (let c = t * fieldCount; c < (t + 1) * fieldCount; c++) {
        out[pos++] = COMMA;
        const from = start[c];
        const to = start[c + 1];
        if (from === to) {
          out[pos++] = ZERO;
          continue;
        }
        out[pos++] = OPEN;
        let previous = 0;
        for (let at = 2 * from; at < 2 * to; at += 2) {
          if (at > 2 * from) out[pos++] = COMMA;
          pos = writeInteger(out, pos, entries[at] - previous);
          out[pos++] = COMMA;
          pos = writeInteger(out, pos, entries[at + 1]);
          previous = entries[at];
        }
        out[pos++] = CLOSE;
      }
      if (this.inline?.wants(i)) pos = this.inline.positions.writeBody(i, out, pos);
      out[pos++] = CLOSE;
    }
    out[pos++] = CLOSE;
    if (pos !== bytes) throw new Error(`ShardRenderer: shard of entries ${first}–${end} is ${pos} bytes, expected ${bytes}`);
    return out.subarray(0, pos);
  }

  private writeTerm(i: number, pos: number): number {
    const json = this.termJson[i];
    const bytes = this.termJsonBytes[i];
    if (bytes === json.length) {
      for (let k = 0; k < bytes; k++) this.buffer[pos + k] = json.charCodeAt(k);
    } else {
      this.encoder.encodeInto(json, this.buffer.subarray(pos, pos + bytes));
    }
    return pos + bytes;
  }
}

/** Characters of `x` (an int32) in decimal. */
export function decimalLength(x: number): number {
  if (x < 0) return 1 + decimalLength(-x);
  if (x < 100_000) return x < 10 ? 1 : x < 100 ? 2 : x < 1000 ? 3 : x < 10_000 ? 4 : 5;
  return x < 1_000_000 ? 6 : x < 10_000_000 ? 7 : x < 100_000_000 ? 8 : x < 1_000_000_000 ? 9 : 10;
}

/** "00" … "99" as character codes: two digits per division. */
const DIGIT_PAIRS = Uint8Array.from({ length: 200 }, (_, i) => ZERO + (i % 2 === 0 ? Math.floor(i / 20) : (i >> 1) % 10));

/** Writes `x` (an int32) in decimal at `pos`; returns the position after it. */
export function writeInteger(out: Uint8Array, pos: number, x: number): number {
  if (x < 0) {
    out[pos++] = MINUS;
    x = -x;
  }
  const end = pos + decimalLength(x);
  let at = end;
  while (x >= 100) {
    // Integer division by a constant compiles to a multiplication; doubles only for 2³¹ (from -2³¹).
    const rest = x >= 0x80000000 ? Math.floor(x / 100) : ((x / 100) | 0);
    const pair = 2 * (x - rest * 100);
    out[--at] = DIGIT_PAIRS[pair + 1];
    out[--at] = DIGIT_PAIRS[pair];
    x = rest;
  }
  if (x >= 10) {
    out[--at] = DIGIT_PAIRS[2 * x + 1];
    out[--at] = DIGIT_PAIRS[2 * x];
  } else {
    out[--at] = ZERO + x;
  }
  return end;
}
