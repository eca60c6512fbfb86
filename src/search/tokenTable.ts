// Raw tokens → a number (what buildPostings makes of them), keyed by a range of the text being indexed.
//
// A large site repeats tens of thousands of distinct words tens of millions of times. A Map would need a fresh string per
// occurrence (an allocation and a hash); here a repeated word costs a hash over its characters and a
// comparison, and keys are copied into one character pool, so they never pin the text they came from.

/** FNV-1a offset basis: the hash of the empty token, and where buildPostings starts each token's hash. */
export const TOKEN_HASH_START = 0x811c9dc5 | 0;

/** One FNV-1a step: the hash of a token extended by `code`. */
export function tokenHashStep(hash: number, code: number): number {
  return Math.imul(hash ^ code, 0x01000193);
}

/** Slot layout in `slots`: five int32s. */
const HASH = 0;
const START = 1;
const LENGTH = 2;
const VALUE = 3;
const FORM = 4;
const STRIDE = 5;

export class TokenTable {
  /** Per slot: token hash, start in `pool` (-1: free slot), length, value, form. */
  private slots: Int32Array;
  private mask: number;
  private pool = new Uint16Array(1 << 16);
  private poolUsed = 0;
  /** Number of tokens stored. */
  size = 0;

  constructor(capacity = 1 << 12) {
    let count = 16;
    while (count < capacity * 2) count *= 2;
    this.mask = count - 1;
    this.slots = emptySlots(count);
  }

  /** The slot of `text[start, end)` (hashed with tokenHashStep), or a negative number when it is not stored. */
  find(text: string, start: number, end: number, hash: number): number {
    const slots = this.slots;
    const length = end - start;
    let slot = mix(hash) & this.mask;
    for (;;) {
      const base = slot * STRIDE;
      const at = slots[base + START];
      if (at === -1) return -1 - slot;
      if (slots[base + HASH] === hash && slots[base + LENGTH] === length && this.sameChars(at, text, start, length)) return slot;
      slot = (slot + 1) & this.mask;
    }
  }

  /** The value stored in `slot` (a slot `find` returned). */
  value(slot: number): number {
    return this.slots[slot * STRIDE + VALUE];
  }

  /** The second number stored in `slot` (the form of the token's word, for buildPostings). */
  form(slot: number): number {
    return this.slots[slot * STRIDE + FORM];
  }

  /** Stores `text[start, end)` with `value` and `form`; `missing` is what `find` returned for it. */
  add(text: string, start: number, end: number, hash: number, value: number, form: number, missing: number): void {
    const length = end - start;
    if (this.poolUsed + length > this.pool.length) {
      const grown = new Uint16Array(Math.max(this.pool.length * 2, this.poolUsed + length));
      grown.set(this.pool.subarray(0, this.poolUsed));
      this.pool = grown;
    }
    const at = this.poolUsed;
    for (let i = 0; i < length; i++) this.pool[at + i] = text.charCodeAt(start + i);
    this.poolUsed += length;
    place(this.slots, (-1 - missing) * STRIDE, hash, at, length, value, form);
    this.size += 1;
    // Half full at most, so probes stay short.
    if (this.size * 2 > this.mask) this.grow();
  }

  private sameChars(at: number, text: string, start: number, length: number): boolean {
    const pool = this.pool;
    for (let i = 0; i < length; i++) if (pool[at + i] !== text.charCodeAt(start + i)) return false;
    return true;
  }

  private grow(): void {
    const old = this.slots;
    const count = (this.mask + 1) * 2;
    this.mask = count - 1;
    this.slots = emptySlots(count);
    for (let base = 0; base < old.length; base += STRIDE) {
      if (old[base + START] === -1) continue;
      let slot = mix(old[base + HASH]) & this.mask;
      while (this.slots[slot * STRIDE + START] !== -1) slot = (slot + 1) & this.mask;
      place(this.slots, slot * STRIDE, old[base + HASH], old[base + START], old[base + LENGTH], old[base + VALUE], old[base + FORM]);
    }
  }
}

function emptySlots(count: number): Int32Array {
  const slots = new Int32Array(count * STRIDE);
  for (let base = START; base < slots.length; base += STRIDE) slots[base] = -1;
  return slots;
}

function place(slots: Int32Array, base: number, hash: number, at: number, length: number, value: number, form: number): void {
  slots[base + HASH] = hash;
  slots[base + START] = at;
  slots[base + LENGTH] = length;
  slots[base + VALUE] = value;
  slots[base + FORM] = form;
}

/** FNV-1a's low bits are weak on short keys; a multiply-shift spreads the high ones down. */
function mix(hash: number): number {
  const h = Math.imul(hash ^ (hash >>> 16), 0x45d9f3b);
  return h ^ (h >>> 16);
}
