// The explanation an author reads: every related article with its score and the tags behind it.

import { expect, test } from "vitest";
import { explainRelated } from "../../src/related/explainRelated.ts";
import { relatedArticles, tagWeight } from "../../src/related/relatedArticles.ts";
import type { RelatedInput } from "../../src/related/types.ts";

const DAY = 86_400_000;
const inputs: RelatedInput[] = [
  { key: "/economy/tax-reform/", category: "economy", date: Date.UTC(2024, 2, 10), tags: ["tax", "budget"] },
  { key: "/economy/vat/", category: "economy", date: Date.UTC(2024, 2, 13), tags: ["tax", "budget"] },
  { key: "/politics/budget-vote/", category: "politics", date: Date.UTC(2024, 2, 10), tags: ["budget"] },
  { key: "/economy/markets/", category: "economy", date: Date.UTC(2024, 2, 9), tags: [] },
  { key: "/sport/final/", category: "sport", date: Date.UTC(2024, 2, 9), tags: ["football"] },
];

test("explains each related article's score by its shared tags, rarest first", () => {
  const explanation = explainRelated(inputs, relatedArticles(inputs, { limit: 10 }), 0);
  expect(explanation.reasons.map((r) => [r.key, r.sameCategory, r.distance / DAY])).toEqual([
    ["/economy/vat/", true, 3],
    ["/politics/budget-vote/", false, 0],
    ["/economy/markets/", true, 1],
  ]);
  const [vat] = explanation.reasons;
  expect(vat.sharedTags).toEqual([
    { tag: "tax", df: 2, weight: tagWeight(5, 2) },
    { tag: "budget", df: 3, weight: tagWeight(5, 3) },
  ]);
  expect(vat.score).toBe(tagWeight(5, 2) + tagWeight(5, 3));
  expect(explanation.lines).toEqual([
    "/economy/tax-reform/  (category economy, 2024-03-10, tags: tax, budget)",
    "  3 related, by score (sum of the shared tags' weights ln(1 + N/df), N = 5), then same category, then date:",
    "   1. /economy/vat/  score 2.234  (same category, 3 days apart)",
    "        tax (on 2, weight 1.253) + budget (on 3, weight 0.981)",
    "   2. /politics/budget-vote/  score 0.981  (other category, same time)",
    "        budget (on 3, weight 0.981)",
    "   3. /economy/markets/  score 0.000  (same category, 1 day apart)",
    "        no shared tag: fills the list from the same category, closest date first",
  ]);
});

test("says so when there is nothing to relate", () => {
  const explanation = explainRelated(inputs, relatedArticles(inputs, { limit: 10 }), 4);
  expect(explanation.reasons).toEqual([]);
  expect(explanation.lines[1]).toBe("  no related articles (no other article shares one of its tags or its category)");
});

test("refuses an index or lists that do not fit the inputs", () => {
  const lists = relatedArticles(inputs, { limit: 10 });
  expect(() => explainRelated(inputs, lists, 5)).toThrow("article must be an index into the 5 inputs, got 5");
  expect(() => explainRelated(inputs.slice(1), lists, 0)).toThrow("lists were computed for 5 articles, not these 4");
});
