import { describe, expect, it } from "vitest";
import { planQuery } from "../../src/search/planQuery.ts";
import { selectShards, shardOf, shardsWithPrefix } from "../../src/search/selectShards.ts";
import { shardTerms } from "../../src/search/shardTerms.ts";
import { searchPipeline } from "../../src/search/tokenize.ts";
import { seededRandom } from "./fixtures/randomCorpus.ts";

const FIELDS = ["title", "tags", "description", "body"];
const bounds = ["", "b", "ca", "cat", "d", "城"];

describe("shardOf", () => {
  it.each([
    ["a", 0],
    ["azzz", 0],
    ["b", 1],
    ["c", 1],
    ["ca", 2],
    ["caz", 3],
    ["cat", 3],
    ["zebra", 4],
    ["城市", 5],
  ])("puts %j in shard %i", (term, shard) => {
    expect(shardOf(bounds, term)).toBe(shard);
  });
});

describe("shardsWithPrefix", () => {
  it.each([
    ["c", [1, 3]],
    ["ca", [2, 3]],
    ["cat", [3, 3]],
    ["b", [1, 1]],
    ["", [0, 5]],
    ["城", [5, 5]],
  ])("finds the shards of terms starting with %j", (prefix, range) => {
    expect(shardsWithPrefix(bounds, prefix as string)).toEqual(range);
  });

  it("covers exactly the shards holding a term with the prefix (random terms and prefixes)", () => {
    const random = seededRandom(9);
    const alphabet = ["a", "b", "c", "é", "城", "\uffff"];
    const pick = (n: number) => Array.from({ length: n }, () => alphabet[Math.floor(random() * alphabet.length)]).join("");
    const terms = [...new Set(Array.from({ length: 800 }, () => pick(1 + Math.floor(random() * 5))))].sort();
    const shards = shardTerms(terms, terms.map(() => 20), 100);
    const shardBounds = shards.map((s) => s.bound);
    for (let trial = 0; trial < 300; trial++) {
      const prefix = pick(Math.floor(random() * 3));
      const holding = shards.flatMap((s, i) => (terms.slice(s.first, s.end).some((t) => t.startsWith(prefix)) ? [i] : []));
      const [first, last] = shardsWithPrefix(shardBounds, prefix);
      for (const i of holding) expect(i >= first && i <= last).toBe(true);
      // No more than the holding shards, give or take a shard at either end whose range only straddles the prefix.
      if (holding.length > 0) expect(last - first + 1).toBeLessThanOrEqual(holding[holding.length - 1] - holding[0] + 3);
    }
  });
});

describe("selectShards", () => {
  const pipeline = searchPipeline();
  const select = (query: string) => selectShards(bounds, planQuery(query, FIELDS, pipeline));

  it("fetches one shard per exact term, after the pipeline", () => {
    expect(select("apple")).toEqual([0]);
    expect(select("Deployments")).toEqual([4]); // "deploy"
    expect(select("apple deploy")).toEqual([0, 4]);
    expect(select("城市规划")).toEqual([5]);
    expect(select('"apple deploy"')).toEqual([0, 4]);
  });

  it("fetches the range of shards a wildcard prefix spans", () => {
    expect(select("ca*")).toEqual([2, 3]);
    expect(select("c*t")).toEqual([1, 2, 3]);
  });

  it("fetches every shard for a leading wildcard or a fuzzy term", () => {
    expect(select("*ing")).toEqual([0, 1, 2, 3, 4, 5]);
    expect(select("apple~1")).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it("fetches nothing for stop words only", () => {
    expect(select("the and of")).toEqual([]);
  });

  it("fetches nothing from an empty index", () => {
    expect(selectShards([], planQuery("apple", FIELDS, pipeline))).toEqual([]);
  });
});

describe("planQuery", () => {
  const pipeline = searchPipeline();

  it("names the terms lunr will look up, words without an operator required", () => {
    expect(planQuery("+Deployments -tax title:city plan*", FIELDS, pipeline)).toEqual({
      clauses: [
        { terms: ["deploy"], fields: FIELDS, presence: "required", boost: 1, word: undefined },
        { terms: ["tax"], fields: FIELDS, presence: "prohibited", boost: 1, word: undefined },
        { terms: ["citi"], fields: ["title"], presence: "required", boost: 1, word: undefined },
        { terms: [], expand: [{ term: "plan*", editDistance: undefined }], fields: FIELDS, presence: "required", boost: 1 },
      ],
      exact: ["deploy", "tax", "citi"],
      prefixes: ["plan"],
      phraseTerms: [],
      negated: false,
      defaulted: 2,
    });
  });

  it("makes those words optional in any mode", () => {
    expect(planQuery("heat pump", FIELDS, pipeline, "any").clauses.map((c) => c.presence)).toEqual(["optional", "optional"]);
    expect(planQuery("+heat pump", FIELDS, pipeline, "any").clauses.map((c) => c.presence)).toEqual(["required", "optional"]);
  });

  it("reads quoted phrases, and runs of CJK characters as phrases of their pairs", () => {
    const plan = planQuery('"heat pumps" -"gas boiler" 城市规划 TiDB', FIELDS, pipeline);
    expect(plan.clauses.map((c) => [c.terms, c.presence])).toEqual([
      [["heat", "pump"], "required"],
      [["ga", "boiler"], "prohibited"],
      [["城市", "市规", "规划"], "required"],
      [["tidb"], "required"],
    ]);
    expect(plan.phraseTerms).toEqual(["heat", "pump", "ga", "boiler", "城市", "市规", "规划"]);
    // In any mode a quoted phrase becomes its words; a CJK run stays whole.
    expect(planQuery('"heat pumps" 城市规划', FIELDS, pipeline, "any").clauses.map((c) => c.terms)).toEqual([["heat"], ["pump"], ["城市", "市规", "规划"]]);
  });

  it("knows a query of prohibited terms only", () => {
    expect(planQuery("-tax -reform", FIELDS, pipeline).negated).toBe(true);
  });

  it("searches what lunr cannot parse as plain words", () => {
    expect(planQuery("author:someone", FIELDS, pipeline).clauses.map((c) => c.terms)).toEqual([["author"], ["someon"]]);
  });
});
