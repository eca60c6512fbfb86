// Related articles on tiny hand-made corpora, one scenario each. Every case is checked three ways: the
// expected lists, the brute force, and the fast code with every tag rare, every tag common, and the default.

import { describe, expect, test } from "vitest";
import { relatedArticles, tagWeight } from "../../src/related/relatedArticles.ts";
import type { RelatedInput, RelatedLists } from "../../src/related/types.ts";
import { bruteForceRelated } from "./bruteForce.ts";

const DAY = 86_400_000;

/** An article: key, category, day number, tags. */
function doc(key: string, category: string, day: number, ...tags: string[]): RelatedInput {
  return { key, category, date: Date.UTC(2024, 0, 1) + day * DAY, tags };
}

/** Keys of each article's related articles, by key. */
function keysOf(inputs: readonly RelatedInput[], lists: RelatedLists): Record<string, string[]> {
  return Object.fromEntries(
    inputs.map((input, i) => [input.key, Array.from(lists.index.subarray(lists.start[i], lists.start[i + 1]), (j) => inputs[j].key)]),
  );
}

function related(inputs: readonly RelatedInput[], limit = 10): Record<string, string[]> {
  const expected = bruteForceRelated(inputs, limit);
  for (const commonTagThreshold of [undefined, 0, Infinity]) {
    const lists = relatedArticles(inputs, { limit, commonTagThreshold });
    expect(lists).toEqual(expected);
  }
  return keysOf(inputs, expected);
}

describe("relatedArticles", () => {
  test("a rare shared tag outweighs a common one", () => {
    const inputs = [
      doc("a", "x", 0, "rare", "common"),
      doc("b", "y", 30, "rare"),
      doc("c", "y", 1, "common"),
      doc("d", "y", 2, "common"),
      doc("e", "y", 3, "common"),
    ];
    expect(related(inputs).a).toEqual(["b", "c", "d", "e"]);
    const lists = relatedArticles(inputs, { limit: 10 });
    expect(lists.score[lists.start[0]]).toBe(tagWeight(5, 2));
    expect(lists.score[lists.start[0] + 1]).toBe(tagWeight(5, 4));
  });

  test("more shared tags score more", () => {
    const inputs = [doc("a", "x", 0, "t", "u"), doc("b", "y", 9, "t", "u"), doc("c", "y", 1, "t"), doc("d", "y", 2, "u"), doc("e", "z", 3, "t", "u")];
    expect(related(inputs).a).toEqual(["e", "b", "c", "d"]);
  });

  test("equal scores: the same category first", () => {
    const inputs = [doc("a", "x", 0, "t"), doc("b", "y", 1, "t"), doc("c", "x", 5, "t")];
    expect(related(inputs).a).toEqual(["c", "b"]);
  });

  test("equal scores and categories: the closer date first", () => {
    const inputs = [doc("a", "x", 0, "t"), doc("b", "x", 10, "t"), doc("c", "x", -2, "t")];
    expect(related(inputs).a).toEqual(["c", "b"]);
  });

  test("equal scores, categories and distances: the smaller key first", () => {
    const inputs = [doc("m", "x", 0, "t"), doc("z", "x", -3, "t"), doc("b", "x", 3, "t"), doc("c", "x", 3, "t"), doc("a", "x", -3, "t")];
    expect(related(inputs).m).toEqual(["a", "b", "c", "z"]);
  });

  test("the list is filled from the same category by date, older and newer alike", () => {
    const inputs = [
      doc("a", "x", 100, "t"),
      doc("b", "y", 0, "t"),
      doc("old", "x", 97),
      doc("new", "x", 102),
      doc("older", "x", 90),
      doc("newer", "x", 105, "u"),
      doc("other", "y", 100),
    ];
    expect(related(inputs, 4).a).toEqual(["b", "new", "old", "newer"]);
  });

  test("an article without tags gets its category by date, and only from it", () => {
    const inputs = [doc("a", "x", 0), doc("b", "x", 3, "t"), doc("c", "x", -1, "u"), doc("d", "y", 0, "t")];
    const lists = related(inputs);
    expect(lists.a).toEqual(["c", "b"]);
    expect(lists.d).toEqual(["b"]);
  });

  test("an article alone in its category gets only articles sharing a tag, or nothing", () => {
    const inputs = [doc("alone", "solo", 0, "t"), doc("lonely", "solo2", 0, "v"), doc("b", "x", 5, "t"), doc("c", "x", 1, "u")];
    const lists = related(inputs);
    expect(lists.alone).toEqual(["b"]);
    expect(lists.lonely).toEqual([]);
  });

  test("the limit caps every list; 0 gives empty lists", () => {
    const inputs = Array.from({ length: 6 }, (_, i) => doc(`k${i}`, "x", i, "t"));
    expect(related(inputs, 2).k0).toEqual(["k1", "k2"]);
    expect(related(inputs, 100).k0).toHaveLength(5);
    expect(Object.values(related(inputs, 0)).flat()).toEqual([]);
  });

  test("never lists an article as related to itself, even sharing its own date and tags", () => {
    const inputs = Array.from({ length: 8 }, (_, i) => doc(`k${i}`, "x", 0, "t", "u"));
    for (const [key, list] of Object.entries(related(inputs, 20))) {
      expect(list).not.toContain(key);
      expect(list).toHaveLength(7);
    }
  });

  test("a repeated tag counts once", () => {
    const inputs = [doc("a", "x", 0, "t", "t"), doc("b", "y", 0, "t"), doc("c", "y", 0, "u")];
    const lists = relatedArticles(inputs, { limit: 10 });
    expect(lists.score[lists.start[0]]).toBe(tagWeight(3, 2));
    expect(related(inputs).a).toEqual(["b"]);
  });

  test("an empty corpus gives no lists", () => {
    expect(relatedArticles([], { limit: 10 }).start).toEqual(new Int32Array(1));
  });

  test("misuse fails with a sentence", () => {
    expect(() => relatedArticles([doc("a", "x", 0), doc("a", "y", 1)], { limit: 3 })).toThrow(
      'inputs[0] and inputs[1] share the key "a"; keys must be unique (use the URL)',
    );
    expect(() => relatedArticles([doc("a", "x", 0)], { limit: -1 })).toThrow("limit must be an integer ≥ 0, got -1");
    expect(() => relatedArticles([{ ...doc("a", "x", 0), date: NaN }], { limit: 1 })).toThrow("inputs[0] (a): date must be a finite number of ms");
  });
});

describe("tagWeight", () => {
  test("is positive and strictly decreasing in df", () => {
    for (const n of [1, 2, 10, 1000, 1_000_000]) {
      for (let df = 1; df < Math.min(n, 2000); df++) expect(tagWeight(n, df)).toBeGreaterThan(tagWeight(n, df + 1));
      expect(tagWeight(n, n)).toBeGreaterThan(0);
    }
  });

  test("is a multiple of 2^-32, so sums of weights are exact in any order", () => {
    const weights = [1, 2, 3, 7, 100, 999].map((df) => tagWeight(1000, df));
    for (const w of weights) expect(Number.isInteger(w * 2 ** 32)).toBe(true);
    const forward = weights.reduce((sum, w) => sum + w, 0);
    const backward = weights.reduceRight((sum, w) => sum + w, 0);
    expect(forward).toBe(backward);
  });
});
