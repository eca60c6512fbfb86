import { describe, expect, it } from "vitest";
import { shardTerms } from "../../src/search/shardTerms.ts";
import { shardOf } from "../../src/search/selectShards.ts";
import { seededRandom } from "./fixtures/randomCorpus.ts";

function randomTerms(seed: number, count: number): string[] {
  const random = seededRandom(seed);
  const alphabet = ["a", "b", "c", "d", "e", "é", "城", "市", "😀", "z"];
  const terms = new Set<string>();
  while (terms.size < count) {
    let term = "";
    const length = 1 + Math.floor(random() * 6);
    for (let i = 0; i < length; i++) term += alphabet[Math.floor(random() * alphabet.length)];
    terms.add(term);
  }
  return [...terms].sort();
}

describe("shardTerms", () => {
  it("packs consecutive terms up to the budget, counting commas and brackets", () => {
    const shards = shardTerms(["a", "b", "c", "d"], [4, 4, 4, 4], 11);
    // [aaaa,bbbb] is 2 + 4 + 1 + 4 = 11 bytes.
    expect(shards.map((s) => [s.first, s.end, s.bytes])).toEqual([
      [0, 2, 11],
      [2, 4, 11],
    ]);
  });

  it("gives a term larger than the budget a shard of its own", () => {
    const shards = shardTerms(["a", "big", "c"], [3, 50, 3], 10);
    expect(shards.map((s) => [s.first, s.end])).toEqual([
      [0, 1],
      [1, 2],
      [2, 3],
    ]);
    expect(shards[1].bytes).toBe(52);
  });

  it("bounds each shard with the shortest string between its neighbours", () => {
    const shards = shardTerms(["apple", "apricot", "banana", "band", "bandana"], [10, 10, 10, 10, 10], 15);
    expect(shards.map((s) => s.bound)).toEqual(["", "apr", "b", "band", "banda"]);
  });

  it.each([1, 2, 3])("puts every term in exactly one shard within budget (random terms, seed %i)", (seed) => {
    const terms = randomTerms(seed, 2000);
    const random = seededRandom(seed);
    const sizes = terms.map(() => 5 + Math.floor(random() * 300));
    const budget = 2_000;
    const shards = shardTerms(terms, sizes, budget);
    expect(shards[0].first).toBe(0);
    expect(shards[shards.length - 1].end).toBe(terms.length);
    shards.forEach((shard, i) => {
      if (i > 0) expect(shard.first).toBe(shards[i - 1].end);
      expect(shard.end).toBeGreaterThan(shard.first);
      expect(shard.bytes <= budget || shard.end - shard.first === 1).toBe(true);
    });
    const bounds = shards.map((s) => s.bound);
    terms.forEach((term, t) => {
      const shard = shards[shardOf(bounds, term)];
      expect(t >= shard.first && t < shard.end).toBe(true);
    });
  });

  it("refuses unsorted terms and a bad budget", () => {
    expect(() => shardTerms(["b", "a"], [1, 1], 100)).toThrowError('shardTerms: terms must be sorted and unique, but "b" comes before "a"');
    expect(() => shardTerms(["a"], [1], 0)).toThrowError("shardTerms: maxBytes must be a positive number, got 0");
  });
});
