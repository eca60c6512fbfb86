// From a query plan to the shards that hold its terms.

import type { QueryPlan } from "./planQuery.ts";

/** The shard whose range holds `term`: the last one whose lower bound is <= term. */
export function shardOf(bounds: readonly string[], term: string): number {
  let low = 0;
  let high = bounds.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (bounds[mid] <= term) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** Shards [first, last] that can hold a term starting with `prefix`. */
export function shardsWithPrefix(bounds: readonly string[], prefix: string): [first: number, last: number] {
  const first = shardOf(bounds, prefix);
  const after = prefixEnd(prefix);
  if (after === undefined) return [first, bounds.length - 1];
  const last = shardOf(bounds, after);
  return [first, bounds[last] === after ? last - 1 : last];
}

/** Shard numbers, ascending, that hold every term the plan can reach. */
export function selectShards(bounds: readonly string[], plan: QueryPlan): number[] {
  if (bounds.length === 0) return [];
  const selected = new Set<number>();
  for (const term of plan.exact) selected.add(shardOf(bounds, term));
  for (const prefix of plan.prefixes) {
    const [first, last] = shardsWithPrefix(bounds, prefix);
    for (let i = first; i <= last; i++) selected.add(i);
  }
  return [...selected].sort((a, b) => a - b);
}

/** The least string above every string that starts with `prefix`; undefined when there is none. */
function prefixEnd(prefix: string): string | undefined {
  let end = prefix.length;
  while (end > 0 && prefix.charCodeAt(end - 1) === 0xffff) end--;
  if (end === 0) return undefined;
  return prefix.slice(0, end - 1) + String.fromCharCode(prefix.charCodeAt(end - 1) + 1);
}
