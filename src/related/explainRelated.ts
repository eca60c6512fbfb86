// Why an article got its related articles: each one's score, broken down into the tags behind it.

import { tagWeight } from "./relatedArticles.ts";
import type { RelatedExplanation, RelatedInput, RelatedLists, RelatedReason, SharedTag } from "./types.ts";

const DAY = 86_400_000;

/** Explains inputs[article]'s list in `lists` (computed by relatedArticles from the same inputs). */
export function explainRelated(inputs: readonly RelatedInput[], lists: RelatedLists, article: number): RelatedExplanation {
  if (!Number.isInteger(article) || article < 0 || article >= inputs.length) {
    throw new Error(`explainRelated: article must be an index into the ${inputs.length} inputs, got ${article}`);
  }
  if (lists.start.length !== inputs.length + 1) {
    throw new Error(`explainRelated: lists were computed for ${lists.start.length - 1} articles, not these ${inputs.length}`);
  }
  const df = new Map<string, number>();
  for (const input of inputs) {
    for (const tag of new Set(input.tags)) df.set(tag, (df.get(tag) ?? 0) + 1);
  }
  const a = inputs[article];
  const tagsOfA = new Set(a.tags);
  const reasons: RelatedReason[] = [];
  for (let p = lists.start[article]; p < lists.start[article + 1]; p++) {
    const b = inputs[lists.index[p]];
    const sharedTags: SharedTag[] = [...new Set(b.tags)]
      .filter((tag) => tagsOfA.has(tag))
      .map((tag) => ({ tag, df: df.get(tag)!, weight: tagWeight(inputs.length, df.get(tag)!) }))
      .sort((x, y) => x.df - y.df || (x.tag < y.tag ? -1 : 1));
    reasons.push({
      index: lists.index[p],
      key: b.key,
      score: lists.score[p],
      sameCategory: a.category === b.category,
      distance: Math.abs(a.date - b.date),
      sharedTags,
    });
  }

  const lines = [
    `${a.key}  (category ${a.category}, ${day(a.date)}, tags: ${[...tagsOfA].join(", ") || "none"})`,
    reasons.length === 0
      ? "  no related articles (no other article shares one of its tags or its category)"
      : `  ${reasons.length} related, by score (sum of the shared tags' weights ln(1 + N/df), N = ${inputs.length}), then same category, then date:`,
  ];
  reasons.forEach((reason, i) => {
    const where = `${reason.sameCategory ? "same category" : "other category"}, ${days(reason.distance)}`;
    lines.push(`  ${String(i + 1).padStart(2)}. ${reason.key}  score ${reason.score.toFixed(3)}  (${where})`);
    lines.push(
      reason.sharedTags.length === 0
        ? "        no shared tag: fills the list from the same category, closest date first"
        : `        ${reason.sharedTags.map((t) => `${t.tag} (on ${t.df}, weight ${t.weight.toFixed(3)})`).join(" + ")}`,
    );
  });
  return { key: a.key, reasons, lines };
}

function day(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

function days(ms: number): string {
  if (ms === 0) return "same time";
  const d = ms / DAY;
  return d < 1 ? "same day" : `${Number(d.toFixed(1))} day${d === 1 ? "" : "s"} apart`;
}
