// The definition of related articles (see src/related/relatedArticles.ts), written as plainly as
// possible: score every pair, sort every candidate list. The reference the fast code is tested against.

import type { RelatedInput, RelatedLists } from "../../src/related/types.ts";

export function bruteForceRelated(inputs: readonly RelatedInput[], limit: number): RelatedLists {
  const n = inputs.length;
  const tagSets = inputs.map((input) => new Set(input.tags));
  const df = new Map<string, number>();
  for (const tags of tagSets) {
    for (const tag of tags) df.set(tag, (df.get(tag) ?? 0) + 1);
  }
  const weight = (tag: string): number => Math.round(Math.log1p(n / df.get(tag)!) * 2 ** 32) / 2 ** 32;

  const lists = inputs.map((a, i) => {
    const candidates = [];
    for (let j = 0; j < n; j++) {
      if (j === i) continue;
      const b = inputs[j];
      let score = 0;
      for (const tag of tagSets[i]) {
        if (tagSets[j].has(tag)) score += weight(tag);
      }
      const sameCategory = a.category === b.category;
      if (score > 0 || sameCategory) {
        candidates.push({ index: j, score, sameCategory, distance: Math.abs(a.date - b.date), key: b.key });
      }
    }
    candidates.sort(
      (x, y) =>
        y.score - x.score ||
        Number(y.sameCategory) - Number(x.sameCategory) ||
        x.distance - y.distance ||
        (x.key < y.key ? -1 : 1),
    );
    return candidates.slice(0, limit);
  });

  const all = lists.flat();
  const start = new Int32Array(n + 1);
  lists.forEach((list, i) => (start[i + 1] = start[i] + list.length));
  return { start, index: Int32Array.from(all, (c) => c.index), score: Float64Array.from(all, (c) => c.score) };
}
