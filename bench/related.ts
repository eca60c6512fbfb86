// Benchmark of related articles on synthetic metadata: `npm run bench:related -- --sizes=1000,10000,100000`.
// Each size runs in a fresh child process, so peak RSS belongs to that size alone.

import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { relatedArticles } from "../src/related/relatedArticles.ts";
import type { RelatedInput, RelatedLists } from "../src/related/types.ts";
import { mulberry32, randomInt, zipfExponentForTopShare, zipfSampler } from "./zipf.ts";

const LIMIT = 10;
const DAY = 86_400_000;

/**
 * A site of n articles: 2–8 Zipf tags each (the most common on ~30% of articles), a vocabulary of
 * n / 4 tags, 20 categories of Zipf-ish sizes, dates at day precision over 10 years.
 */
function syntheticCorpus(n: number, seed = 42): RelatedInput[] {
  const random = mulberry32(seed);
  const vocabulary = Math.max(100, Math.round(n / 4));
  const nextTag = zipfSampler(vocabulary, zipfExponentForTopShare(vocabulary, 5, 0.3), random);
  const nextCategory = zipfSampler(20, 0.5, random);
  const start = Date.UTC(2015, 0, 1);
  return Array.from({ length: n }, (_, i) => {
    const count = randomInt(random, 2, 8);
    const tags = new Set<string>();
    while (tags.size < count) tags.add(`tag-${nextTag()}`);
    const category = `category-${nextCategory()}`;
    return { key: `/${category}/article-${i}/`, category, date: start + randomInt(random, 0, 3652) * DAY, tags: [...tags] };
  });
}

/**
 * The straightforward way, for comparison: score everything on the posting lists of all of a's tags,
 * add its whole category, keep the best. Common tags make this quadratic.
 */
function invertedIndexRelated(inputs: readonly RelatedInput[], limit: number): RelatedLists {
  const n = inputs.length;
  const postings = new Map<string, number[]>();
  const byCategory = new Map<string, number[]>();
  const listOf = (map: Map<string, number[]>, key: string): number[] => {
    let list = map.get(key);
    if (!list) map.set(key, (list = []));
    return list;
  };
  inputs.forEach((input, i) => {
    for (const tag of new Set(input.tags)) listOf(postings, tag).push(i);
    listOf(byCategory, input.category).push(i);
  });
  const weight = new Map<string, number>();
  for (const [tag, list] of postings) weight.set(tag, Math.round(Math.log1p(n / list.length) * 2 ** 32) / 2 ** 32);
  const score = new Float64Array(n);
  const stamp = new Int32Array(n).fill(-1);
  const lists = inputs.map((a, i) => {
    const candidates: number[] = [];
    const touch = (j: number): void => {
      if (stamp[j] !== i) {
        stamp[j] = i;
        score[j] = 0;
        candidates.push(j);
      }
    };
    for (const tag of new Set(a.tags)) {
      const w = weight.get(tag)!;
      for (const j of postings.get(tag)!) {
        touch(j);
        score[j] += w;
      }
    }
    for (const j of byCategory.get(a.category)!) touch(j);
    // Bounded insertion, so the comparison is about candidate generation, not sorting.
    const best: { j: number; s: number; c: number; d: number; key: string }[] = [];
    for (const j of candidates) {
      if (j === i || (best.length === limit && score[j] < best[limit - 1].s)) continue;
      const x = { j, s: score[j], c: inputs[j].category === a.category ? 1 : 0, d: Math.abs(a.date - inputs[j].date), key: inputs[j].key };
      let at = best.length;
      for (; at > 0; at--) {
        const y = best[at - 1];
        const before = x.s !== y.s ? x.s > y.s : x.c !== y.c ? x.c > y.c : x.d !== y.d ? x.d < y.d : x.key < y.key;
        if (!before) break;
      }
      if (at < limit) {
        best.splice(at, 0, x);
        if (best.length > limit) best.pop();
      }
    }
    return best;
  });
  const all = lists.flat();
  const start = new Int32Array(n + 1);
  lists.forEach((list, i) => (start[i + 1] = start[i] + list.length));
  return { start, index: Int32Array.from(all, (x) => x.j), score: Float64Array.from(all, (x) => x.s) };
}

interface Measurement {
  method: string;
  n: number;
  /** The first run after warming up on another corpus: what one build pays. */
  firstSeconds: number;
  /** Median over the runs, the first included. */
  medianSeconds: number;
  runs: number;
  rssBeforeMiB: number;
  peakRssMiB: number;
  heapAfterMiB: number;
  topTagShare: number;
  fullShare: number;
  sameAsFast?: boolean;
}

function measure(method: string, n: number): Measurement {
  const corpus = syntheticCorpus(n);
  const run = method === "fast" ? relatedArticles : (inputs: readonly RelatedInput[]) => invertedIndexRelated(inputs, LIMIT);
  run(syntheticCorpus(2000, 7), { limit: LIMIT }); // warm up the JIT on another corpus
  const rssBefore = process.memoryUsage().rss;
  const time = (): [number, RelatedLists] => {
    const started = process.hrtime.bigint();
    const result = run(corpus, { limit: LIMIT });
    return [Number(process.hrtime.bigint() - started) / 1e9, result];
  };
  const [firstSeconds, result] = time();
  const peakRss = process.resourceUsage().maxRSS * 1024;
  const heapAfter = process.memoryUsage().heapUsed;
  const seconds = [firstSeconds];
  const runs = method === "fast" ? (n <= 10_000 ? 7 : 3) : 1;
  while (seconds.length < runs) seconds.push(time()[0]);
  seconds.sort((x, y) => x - y);

  const df = new Map<string, number>();
  for (const input of corpus) for (const tag of input.tags) df.set(tag, (df.get(tag) ?? 0) + 1);
  const measurement: Measurement = {
    method, n, firstSeconds, runs,
    medianSeconds: seconds[Math.floor(runs / 2)],
    rssBeforeMiB: rssBefore / 2 ** 20,
    peakRssMiB: peakRss / 2 ** 20,
    heapAfterMiB: heapAfter / 2 ** 20,
    topTagShare: Math.max(...df.values()) / n,
    fullShare: result.start.filter((start, i) => i < n && result.start[i + 1] - start === LIMIT).length / n,
  };
  if (method !== "fast") {
    const fast = relatedArticles(corpus, { limit: LIMIT });
    measurement.sameAsFast = (["start", "index", "score"] as const).every((field) => fast[field].every((x, i) => x === result[field][i]));
  }
  return measurement;
}

function main(): void {
  const child = process.argv.find((arg) => arg.startsWith("--child="));
  if (child) {
    const [method, n] = child.slice("--child=".length).split(":");
    process.stdout.write(JSON.stringify(measure(method, Number(n))));
    return;
  }
  const sizesArg = process.argv.find((arg) => arg.startsWith("--sizes="));
  const sizes = (sizesArg?.slice("--sizes=".length) ?? "1000,10000,100000").split(",").map(Number);
  if (sizes.some((n) => !Number.isInteger(n) || n < 2)) throw new Error(`bench: --sizes must be integers ≥ 2, got ${sizesArg}`);
  const runs = [...sizes.map((n) => ["fast", n] as const), ...(sizes.includes(10000) ? [["inverted index", 10000] as const] : [])];

  console.log(`Related articles, limit ${LIMIT}, Node ${process.version}; each row in a fresh process, after a warm-up on 2000 other articles.`);
  console.log("first: the first run (what a build pays); median: over all runs; peak RSS: of the process, after the first run.\n");
  console.log("| method | articles | first (s) | median (s) | runs | articles/s (first) | peak RSS (MiB) | RSS before (MiB) | heap after (MiB) | top tag on | full lists |");
  console.log("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
  for (const [method, n] of runs) {
    const output = execFileSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), `--child=${method}:${n}`], {
      encoding: "utf8",
      maxBuffer: 1 << 20,
    });
    const m = JSON.parse(output) as Measurement;
    const check = m.sameAsFast === undefined ? "" : m.sameAsFast ? " (same lists as fast)" : " (DIFFERS from fast!)";
    console.log(
      `| ${m.method}${check} | ${m.n} | ${m.firstSeconds.toFixed(3)} | ${m.medianSeconds.toFixed(3)} | ${m.runs} | ${Math.round(m.n / m.firstSeconds)} | ` +
        `${m.peakRssMiB.toFixed(0)} | ${m.rssBeforeMiB.toFixed(0)} | ${m.heapAfterMiB.toFixed(0)} | ${(100 * m.topTagShare).toFixed(0)}% | ${(100 * m.fullShare).toFixed(1)}% |`,
    );
  }
  const largest = Math.max(...sizes);
  console.log(`\nThe ${largest}-article run: "full lists" is the share of articles with all ${LIMIT} related articles.`);
}

main();
