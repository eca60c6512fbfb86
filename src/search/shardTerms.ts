// Splits the sorted term list into shards: consecutive runs of terms below a size budget.
//
// Ranges rather than fixed prefixes: a shard is full before a new one starts, so common prefixes ("con…")
// get many shards and rare ones share. A prefix query still maps to a range of shards (selectShards).

export interface TermShard {
  /** Terms [first, end) of the sorted list. */
  first: number;
  end: number;
  /** Shortest string that is > the previous shard's last term and <= this shard's first term ("" for shard 0). */
  bound: string;
  /** JSON size: the entries, their commas and the brackets. */
  bytes: number;
}

/**
 * Packs `terms` (sorted as JavaScript sorts strings) whose encoded entries are `sizes` bytes into shards of
 * at most `maxBytes`; a term larger than that on its own gets a shard of its own.
 */
export function shardTerms(terms: readonly string[], sizes: ArrayLike<number>, maxBytes: number): TermShard[] {
  if (terms.length !== sizes.length) throw new Error(`shardTerms: ${terms.length} terms but ${sizes.length} sizes`);
  if (!(maxBytes > 0)) throw new Error(`shardTerms: maxBytes must be a positive number, got ${maxBytes}`);
  const shards: TermShard[] = [];
  let first = 0;
  let bytes = 2;
  for (let i = 0; i < terms.length; i++) {
    if (i > 0 && terms[i - 1] >= terms[i]) {
      throw new Error(`shardTerms: terms must be sorted and unique, but "${terms[i - 1]}" comes before "${terms[i]}"`);
    }
    const added = sizes[i] + (i > first ? 1 : 0);
    if (i > first && bytes + added > maxBytes) {
      shards.push({ first, end: i, bound: shards.length === 0 ? "" : separator(terms[first - 1], terms[first]), bytes });
      first = i;
      bytes = 2 + sizes[i];
    } else {
      bytes += added;
    }
  }
  if (terms.length > first) {
    shards.push({ first, end: terms.length, bound: shards.length === 0 ? "" : separator(terms[first - 1], terms[first]), bytes });
  }
  return shards;
}

/** The shortest prefix of `b` that is greater than `a` (given a < b). */
function separator(a: string, b: string): string {
  let common = 0;
  while (common < a.length && a.charCodeAt(common) === b.charCodeAt(common)) common++;
  return b.slice(0, common + 1);
}
