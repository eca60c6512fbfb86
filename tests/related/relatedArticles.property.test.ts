// The fast related articles against the brute force on seeded random corpora: identical lists, to the bit.

import { describe, expect, test } from "vitest";
import { mulberry32, randomInt, zipfExponentForTopShare, zipfSampler, type Random } from "../../bench/zipf.ts";
import { relatedArticles } from "../../src/related/relatedArticles.ts";
import type { RelatedInput, RelatedLists } from "../../src/related/types.ts";
import { bruteForceRelated } from "./bruteForce.ts";

const DAY = 86_400_000;

/** How one family of corpora is drawn; each field is a choice made per corpus from its own PRNG. */
interface Shape {
  /** Vocabulary size for a corpus of n articles. */
  vocabulary: (n: number, random: Random) => number;
  /** Returns a tag sampler (ranks) for the vocabulary. */
  tagSampler: (vocabulary: number, random: Random) => () => number;
  tagsPerArticle: (random: Random) => number;
  categories: (n: number, random: Random) => number;
  /** Distinct dates to choose from (few = many ties). */
  dates: (n: number, random: Random) => number;
}

const zipfTags = (vocabulary: number, random: Random) =>
  zipfSampler(vocabulary, zipfExponentForTopShare(vocabulary, 5, 0.2 + 0.2 * random()), random);

const shapes: Record<string, Shape> = {
  "uniform tags": {
    vocabulary: (n, r) => randomInt(r, 1, Math.max(2, n)),
    tagSampler: (v, r) => () => randomInt(r, 0, v - 1),
    tagsPerArticle: (r) => randomInt(r, 0, 6),
    categories: (n, r) => randomInt(r, 1, 12),
    dates: (n, r) => randomInt(r, 1, 4 * n),
  },
  "Zipf tags, top tag on 20–40% of articles": {
    vocabulary: (n, r) => randomInt(r, 5, Math.max(6, n)),
    tagSampler: zipfTags,
    tagsPerArticle: (r) => randomInt(r, 2, 8),
    categories: (n, r) => randomInt(r, 3, 30),
    dates: (n, r) => randomInt(r, n, 3650),
  },
  "many ties: few tags, few dates": {
    vocabulary: (n, r) => randomInt(r, 1, 6),
    tagSampler: (v, r) => () => randomInt(r, 0, v - 1),
    tagsPerArticle: (r) => randomInt(r, 0, 3),
    categories: (n, r) => randomInt(r, 1, 4),
    dates: (n, r) => randomInt(r, 1, 5),
  },
  "many articles without tags": {
    vocabulary: (n, r) => randomInt(r, 3, 40),
    tagSampler: zipfTags,
    tagsPerArticle: (r) => (r() < 0.6 ? 0 : randomInt(r, 1, 4)),
    categories: (n, r) => randomInt(r, 1, 8),
    dates: (n, r) => randomInt(r, 1, 50),
  },
  "many tags per article": {
    vocabulary: (n, r) => randomInt(r, 10, 40),
    tagSampler: zipfTags,
    tagsPerArticle: (r) => randomInt(r, 6, 12),
    categories: (n, r) => randomInt(r, 1, 10),
    dates: (n, r) => randomInt(r, 1, 200),
  },
  "one-article categories": {
    vocabulary: (n, r) => randomInt(r, 2, 60),
    tagSampler: zipfTags,
    tagsPerArticle: (r) => randomInt(r, 0, 5),
    categories: (n) => n,
    dates: (n, r) => randomInt(r, 1, 100),
  },
};

function randomCorpus(shape: Shape, n: number, random: Random): RelatedInput[] {
  const vocabulary = shape.vocabulary(n, random);
  const nextTag = shape.tagSampler(vocabulary, random);
  const categories = shape.categories(n, random);
  const dates = shape.dates(n, random);
  const start = Date.UTC(2015, 0, 1);
  return Array.from({ length: n }, (_, i) => {
    // Repeated tags are kept on purpose: an article's tags are a set.
    const tags = Array.from({ length: shape.tagsPerArticle(random) }, () => `t${nextTag()}`);
    return {
      key: `/a/${randomInt(random, 0, 1e9)}-${i}/`,
      category: `c${categories === n ? i : randomInt(random, 0, categories - 1)}`,
      date: start + randomInt(random, 0, dates - 1) * DAY,
      tags,
    };
  });
}

/** Corpus sizes: mostly small, so many shapes are tried, and a few large ones. */
function corpusSize(run: number, random: Random): number {
  if (run % 32 === 31) return randomInt(random, 1000, 1600);
  if (run % 8 === 7) return randomInt(random, 200, 600);
  return randomInt(random, 1, 120);
}

/** Limits and thresholds are varied too: the threshold must never change the result. */
function randomOptions(n: number, random: Random) {
  const limits = [1, 2, 3, 10, randomInt(random, 0, 40), n + 1];
  const thresholds = [undefined, 0, 1, 2, randomInt(random, 0, n), Infinity];
  return {
    limit: limits[randomInt(random, 0, limits.length - 1)],
    commonTagThreshold: thresholds[randomInt(random, 0, thresholds.length - 1)],
  };
}

/** Article i's list as text: indices and the exact bits of the scores. */
function listOf(lists: RelatedLists, i: number): string {
  const matches = [];
  for (let p = lists.start[i]; p < lists.start[i + 1]; p++) matches.push(`${lists.index[p]}:${lists.score[p]}`);
  return matches.join(" ");
}

const RUNS_PER_SHAPE = 64;

describe("relatedArticles equals the brute force", () => {
  Object.entries(shapes).forEach(([name, shape], shapeIndex) => {
    test(name, () => {
      for (let run = 0; run < RUNS_PER_SHAPE; run++) {
        const seed = 1000 * shapeIndex + run;
        const random = mulberry32(seed);
        const n = corpusSize(run, random);
        const corpus = randomCorpus(shape, n, random);
        const options = randomOptions(n, random);
        const fast = relatedArticles(corpus, options);
        const slow = bruteForceRelated(corpus, options.limit);
        // One failure message names the seed and the first differing article, not a 2000-line diff.
        for (let i = 0; i < n; i++) {
          const [got, want] = [listOf(fast, i), listOf(slow, i)];
          if (got !== want) expect({ seed, n, options, article: i, list: got }).toEqual({ seed, n, options, article: i, list: want });
        }
      }
    });
  });
});
