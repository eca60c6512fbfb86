// Position shard files as UTF-8 bytes, straight from the postings (format: PositionEntry in types.ts), the
// way ShardRenderer writes term shards: the positions of a large site never become JS arrays or strings.
// Documents are not named: they are those of the term's postings, in order, which the client has already.

import type { Postings } from "./PostingsBuilder.ts";
import { decimalLength, writeInteger } from "./shardRenderer.ts";
import { utf8Length } from "./utf8Length.ts";

const OPEN = 0x5b; // [
const CLOSE = 0x5d; // ]
const COMMA = 0x2c;

export class PositionRenderer {
  private readonly postings: Postings;
  private readonly order: readonly number[];
  private readonly termJson: readonly string[];
  private readonly termJsonBytes: Int32Array;
  private buffer = new Uint8Array(1 << 16);
  private readonly encoder = new TextEncoder();

  /** `order`: the term numbers in the order the shards list them; `termJson`: each one's JSON, in that order. */
  constructor(postings: Postings, order: readonly number[], termJson: readonly string[]) {
    this.postings = postings;
    this.order = order;
    this.termJson = termJson;
    this.termJsonBytes = Int32Array.from(termJson, utf8Length);
  }

  /** UTF-8 size of the entry of term `order[i]`. */
  entryBytes(i: number): number {
    return 2 + this.termJsonBytes[i] + this.bodyBytes(i);
  }

  /** UTF-8 size of the positions of term `order[i]`, each after a comma (an entry without its term and brackets). */
  bodyBytes(i: number): number {
    const { occurrenceStart, positionStart, positions } = this.postings;
    const t = this.order[i];
    let bytes = 0;
    for (let e = occurrenceStart[t]; e < occurrenceStart[t + 1]; e++) {
      const from = positionStart[e];
      const to = positionStart[e + 1];
      bytes += 1 + decimalLength(~positions[from]);
      for (let p = from + 1; p < to; p++) bytes += 1 + decimalLength(positions[p] - positions[p - 1]);
    }
    return bytes;
  }

  /** Writes the positions of term `order[i]` into `out` at `pos`, each after a comma; returns the position after them. */
  writeBody(i: number, out: Uint8Array, pos: number): number {
    const { occurrenceStart, positionStart, positions } = this.postings;
    const t = this.order[i];
    for (let e = occurrenceStart[t]; e < occurrenceStart[t + 1]; e++) {
      const from = positionStart[e];
      const to = positionStart[e + 1];
      out[pos++] = COMMA;
      pos = writeInteger(out, pos, ~positions[from]);
      for (let p = from + 1; p < to; p++) {
        out[pos++] = COMMA;
        pos = writeInteger(out, pos, positions[p] - positions[p - 1]);
      }
    }
    return pos;
  }

  /** The JSON array of entries [first, end), `bytes` long; valid until the next call. */
  render(first: number, end: number, bytes: number): Uint8Array {
    if (this.buffer.length < bytes) this.buffer = new Uint8Array(Math.max(bytes, this.buffer.length * 2));
    const out = this.buffer;
    let pos = 0;
    out[pos++] = OPEN;
    for (let i = first; i < end; i++) {
      if (i > first) out[pos++] = COMMA;
      out[pos++] = OPEN;
      const json = this.termJson[i];
      const length = this.termJsonBytes[i];
      if (length === json.length) for (let k = 0; k < length; k++) out[pos + k] = json.charCodeAt(k);
      else this.encoder.encodeInto(json, out.subarray(pos, pos + length));
      pos += length;
      pos = this.writeBody(i, out, pos);
      out[pos++] = CLOSE;
    }
    out[pos++] = CLOSE;
    if (pos !== bytes) throw new Error(`PositionRenderer: shard of entries ${first}–${end} is ${pos} bytes, expected ${bytes}`);
    return out.subarray(0, pos);
  }
}
