// `npm run bench`: our full build against a bare Eleventy build and Hugo (when `hugo` is on the PATH), and our
// search against Pagefind, on the same synthetic corpora, in one run on this machine. Writes
// bench/out/results.md (and results.json).
//   npm run bench -- --hugo-max=100000 --skip=hugo  Hugo up to this size (default 10,000), or not at all
//   npm run bench -- --baseline-max=100000          bare Eleventy up to this size (default 10,000)
//   npm run bench                                   1k and 10k articles
//   npm run bench -- --sizes=1000,10000,100000      also 100k (the corpus is generated once, then reused)
//   npm run bench -- --skip=baseline,pagefind,queries,devserver --runs=3 --timeout-minutes=30 --queries-at=10000
//   npm run bench -- --devserver-at=10000 --edits=5        the dev server: save → browser, on the 10k corpus
//   npm run bench -- --repeat=3                      each build three times, the median reported (a busy machine)
//   npm run bench -- --tag-vocabulary=2500          distinct English tags (default 400: see bench/corpus.ts)
//   npm run bench -- --project=/tmp/head            build with another copy of the project (e.g. `git archive` of a commit)
//   npm run bench -- --report=bench/out/tags2500.md  write the report (and its .json) elsewhere
//   npm run bench -- --scratch=/dev/shm/bench        sites written to a tmpfs: a slow or busy disk then adds nothing
//   npm run bench -- --images-at=1000               the corpus with a lead image on every article: first build (empty
//                                                   image cache) and cached rebuild, against the same corpus without images
//   npm run bench -- --incremental-edits=1,100      incremental builds at 10k and up: after 1 and after 100 edited
//                                                   articles, each --repeat times (at least 3); at 10k the result is
//                                                   compared with a clean build, byte for byte
// A size whose bare Eleventy build would, extrapolated from a smaller size (of this run or the last results.json),
// outlast the timeout, or whose Pagefind run would not fit in free memory, skips that step and says why.

import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { ensureCorpus, ensureImageCorpus } from "./corpus.ts";
import { lastJsonLine, measureCommand, type CommandRun } from "./measureCommand.ts";
import { countFiles, folderSize } from "./measureFolder.ts";
import { listFiles } from "../src/io/listFiles.ts";
import { measureDevServer } from "./measureDevServer.ts";
import { hugoCommand, hugoVersion } from "./hugoBuild.ts";
import { measureSearch, ourSearch, pagefindSearch, writePagefindHostPages } from "./measureSearch.ts";
import { resultsMarkdown } from "./resultsTable.ts";
import { sampleQueries } from "./searchQueries.ts";
import type { BenchReport, BuildSummaryData, Measured, PagefindResult, SizeResult } from "./types.ts";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const OUT = path.join(ROOT, "bench", "out");
const STEPS = ["baseline", "hugo", "pagefind", "queries", "devserver", "images", "incremental"] as const;

const { values } = parseArgs({
  options: {
    sizes: { type: "string", default: "1000,10000" },
    seed: { type: "string", default: "42" },
    /** Browser runs per query and engine; the median is reported. */
    runs: { type: "string", default: "5" },
    /** Builds (ours, the baseline and Hugo, taken in turn) per size; the run with the median wall time is reported. */
    repeat: { type: "string", default: "1" },
    /** Sizes up to this one are built with Hugo too, when `hugo` is on the PATH. */
    "hugo-max": { type: "string", default: "10000" },
    /** Sizes up to this one are built with bare Eleventy too (unless it would outlast the timeout). */
    "baseline-max": { type: "string", default: "10000" },
    /** Steps to leave out: baseline, pagefind, queries. */
    skip: { type: "string", default: "" },
    "timeout-minutes": { type: "string", default: "30" },
    /** Corpus size whose site the queries run on (default: 10000, else the largest size below it). */
    "queries-at": { type: "string" },
    /** Corpus size the dev server is measured on (default: the same as --queries-at), and how many saves. */
    "devserver-at": { type: "string" },
    edits: { type: "string", default: "5" },
    /** Corpus size of the images step (default: 1000 when measured, else the smallest size). */
    "images-at": { type: "string" },
    /** Edited articles per incremental build (sizes of 10k and up). */
    "incremental-edits": { type: "string", default: "1,100" },
    "tag-vocabulary": { type: "string" },
    /** The project whose build is measured: this checkout by default. */
    project: { type: "string" },
    report: { type: "string", default: path.join(OUT, "results.md") },
    /** Where the builds write their sites (both builds and the dev server): e.g. a tmpfs, to leave the disk out. */
    scratch: { type: "string", default: OUT },
  },
});

const sizes = values.sizes.split(",").map((size) => parsePositive("sizes", size.replace(/_/g, "")));
const seed = parsePositive("seed", values.seed);
const runs = parsePositive("runs", values.runs);
const repeat = parsePositive("repeat", values.repeat);
const timeoutMs = parsePositive("timeout-minutes", values["timeout-minutes"]) * 60_000;
const skip = new Set(values.skip.split(",").filter(Boolean));
for (const step of skip) {
  if (!(STEPS as readonly string[]).includes(step)) fail(`--skip: "${step}" is not a step (use ${STEPS.join(", ")})`);
}
const tagVocabulary = values["tag-vocabulary"] ? parsePositive("tag-vocabulary", values["tag-vocabulary"]) : undefined;
const RESULTS_MD = path.resolve(values.report);
const SCRATCH = path.resolve(values.scratch);
const RESULTS_JSON = RESULTS_MD.replace(/\.md$/, "") + ".json";
const project = path.resolve(values.project ?? ROOT);
if (!fs.existsSync(path.join(project, "src", "cli", "build.ts"))) fail(`--project: ${project} has no src/cli/build.ts`);
const queriesAt = values["queries-at"] ? parsePositive("queries-at", values["queries-at"]) : defaultQueriesSize(sizes);
const devServerAt = values["devserver-at"] ? parsePositive("devserver-at", values["devserver-at"]) : queriesAt;
const edits = parsePositive("edits", values.edits);
const hugoMax = parsePositive("hugo-max", values["hugo-max"]);
const baselineMax = parsePositive("baseline-max", values["baseline-max"]);
const hugo = skip.has("hugo") ? undefined : hugoVersion();
const incrementalEdits = values["incremental-edits"].split(",").map((edits) => parsePositive("incremental-edits", edits));
const imagesAt = values["images-at"] ? parsePositive("images-at", values["images-at"]) : sizes.includes(1000) ? 1000 : Math.min(...sizes);

function parsePositive(name: string, text: string): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1) fail(`--${name}: "${text}" is not a positive whole number`);
  return value;
}

function fail(message: string): never {
  console.error(`bench: ${message}`);
  process.exit(2);
}

/** The queries run on one site only: the 10k one, as the issue asks, or the nearest smaller one. */
function defaultQueriesSize(list: readonly number[]): number {
  if (list.includes(10_000)) return 10_000;
  const smaller = list.filter((size) => size < 10_000);
  return smaller.length > 0 ? Math.max(...smaller) : Math.min(...list);
}

const log = (message: string) => console.error(`[bench] ${message}`);
const loadNow = () => os.loadavg()[0];

function measured(run: CommandRun, logFile: string, loadBefore: number): Measured {
  const failure = run.ok
    ? undefined
    : `${run.timedOut ? `timed out after ${values["timeout-minutes"]} min` : `exit code ${run.exitCode}`}\n${run.stderrTail.trim().split("\n").slice(-8).join("\n")}`;
  return { ok: run.ok, wallSeconds: run.wallSeconds, peakRssBytes: run.peakRssBytes, failure, logFile: path.relative(ROOT, logFile), loadBefore };
}

function describe(name: string, run: Measured): void {
  log(`${name}: ${run.ok ? "" : "FAILED, "}${run.wallSeconds.toFixed(1)} s, peak ${(run.peakRssBytes / 2 ** 20).toFixed(0)} MiB, load before ${run.loadBefore.toFixed(1)}${run.failure ? `\n${run.failure}` : ""}`);
}

/** The node arguments of the project's `npm run build` (e.g. ["--max-semi-space-size=16", "--import", "tsx", "src/cli/build.ts"]). */
function buildCommandArgs(): string[] {
  const script: unknown = JSON.parse(fs.readFileSync(path.join(project, "package.json"), "utf8")).scripts?.build;
  const words = typeof script === "string" ? script.trim().split(/\s+/) : [];
  if (words[0] !== "node" || !words.includes("src/cli/build.ts")) fail(`${project}/package.json: scripts.build is not "node … src/cli/build.ts"`);
  return words.slice(1, words.indexOf("src/cli/build.ts") + 1);
}

/**
 * Each timed build starts from the same state: no output folder (ours would otherwise delete the previous one
 * in the background while the next run is timed) and nothing left for the disk to write from the last run.
 */
function cleanStart(output: string): void {
  fs.rmSync(output, { recursive: true, force: true });
  const parent = path.dirname(output);
  if (fs.existsSync(parent)) {
    for (const name of fs.readdirSync(parent)) {
      if (name.startsWith(`.${path.basename(output)}-previous-`) || name.startsWith(`.${path.basename(output)}-staging`)) {
        fs.rmSync(path.join(parent, name), { recursive: true, force: true });
      }
    }
  }
  try {
    execFileSync("sync");
  } catch {
    // no sync command: the disk flushes on its own
  }
}

async function ourBuild(
  size: number,
  corpusDir: string,
  siteDir: string,
  imageCache?: string,
  name = "build",
  incremental?: { cache: string; epoch: string; args?: string[] },
): Promise<SizeResult["ours"]> {
  const logFile = path.join(OUT, "logs", `${name.replace(/\W+/g, "-")}-${size}.log`);
  // A clean build each time, unless it is an incremental one: then the last build's output and cache stay.
  if (!incremental) cleanStart(siteDir);
  const load = loadNow();
  const run = await measureCommand(process.execPath, [...buildCommandArgs(), `--output=${siteDir}`, "--json", ...(incremental?.args ?? [])], {
    cwd: project,
    env: {
      ...process.env,
      SITE_ARTICLES: corpusDir,
      SITE_BUILD_CACHE: incremental?.cache ?? path.join(SCRATCH, "build-cache"),
      ...(incremental ? { SOURCE_DATE_EPOCH: incremental.epoch } : {}),
      ...(imageCache ? { SITE_IMAGE_CACHE: imageCache } : {}),
    },
    timeoutMs,
    logFile,
  });
  const result: SizeResult["ours"] = measured(run, logFile, load);
  if (run.ok) {
    result.summary = lastJsonLine<BuildSummaryData>(run.stdout);
    result.searchIndex = folderSize(path.join(siteDir, "search-index"));
  }
  describe(name === "build" ? "our build" : name, result);
  return result;
}

/**
 * The same corpus with a lead image on every article: a first build with an empty image cache (every image
 * encoded), then rebuilds that find them cached, against rebuilds of the corpus without images, taken in
 * turn so that a busy machine weighs on both alike.
 */
async function imagesStep(size: number): Promise<NonNullable<SizeResult["images"]>> {
  const corpus = await ensureImageCorpus(path.join(OUT, "corpus"), { count: size, seed, tagVocabulary });
  const plain = ensureCorpus(path.join(OUT, "corpus"), { count: size, seed, tagVocabulary });
  log(`images: corpus with ${corpus.stats.articles.toLocaleString("en")} lead images (${((corpus.stats.imageBytes ?? 0) / 1e6).toFixed(1)} MB)`);
  const cache = path.join(SCRATCH, "image-cache", String(size));
  fs.rmSync(cache, { recursive: true, force: true });
  const siteDir = path.join(SCRATCH, "site-images", String(size));
  const first = await ourBuild(size, corpus.dir, siteDir, cache, "first build with images");
  const cached: SizeResult["ours"][] = [];
  const without: SizeResult["ours"][] = [];
  for (let i = 0; i < Math.max(3, repeat); i++) {
    without.push(await ourBuild(size, plain.dir, siteDir, cache, "rebuild without images"));
    cached.push(await ourBuild(size, corpus.dir, siteDir, cache, "rebuild with cached images"));
  }
  const median = (runs: SizeResult["ours"][]) => {
    const sorted = [...runs].sort((a, b) => a.wallSeconds - b.wallSeconds);
    return { ...sorted[(sorted.length - 1) >> 1]!, wallSecondsSeen: runs.map((run) => run.wallSeconds) };
  };
  return { imageBytes: corpus.stats.imageBytes ?? 0, first, cached: median(cached), without: median(without) };
}

/**
 * Incremental builds on a copy of the corpus: a clean build that records its pages, then, for each number of
 * edited articles, `max(3, repeat)` rounds of editing that many articles (a sentence added to the body) and
 * building again. At 10k the output of the last one is compared with a clean build of the same sources.
 */
async function incrementalStep(size: number, corpusDir: string): Promise<NonNullable<SizeResult["incremental"]>> {
  const work = path.join(SCRATCH, "incremental", String(size));
  fs.rmSync(work, { recursive: true, force: true });
  const articles = path.join(work, "articles");
  fs.cpSync(corpusDir, articles, { recursive: true });
  const files = listMarkdown(articles);
  const site = path.join(work, "site");
  // One "now" for every build of the step, so that the clean build compared with them sees the same articles.
  const build = { cache: path.join(work, "cache"), epoch: String(Math.floor(Date.now() / 1000)) };
  const recording = await ourBuild(size, articles, site, undefined, "incremental: first build", build);
  const result: NonNullable<SizeResult["incremental"]> = { recording, runs: [] };
  if (!recording.ok) return result;
  let edited = 0;
  for (const edits of incrementalEdits) {
    const builds: SizeResult["ours"][] = [];
    for (let round = 0; round < Math.max(3, repeat); round++) {
      // Spread over the site, different articles each round.
      for (let i = 0; i < edits; i++) {
        const file = files[(edited++ * 7919) % files.length]!;
        fs.appendFileSync(file, `\nAn edit for the benchmark, number ${edited}.\n`);
      }
      const run = await ourBuild(size, articles, site, undefined, `incremental: ${edits} edited`, build);
      builds.push(run);
      if (!run.ok) break;
    }
    result.runs.push({ edits, median: medianRun(builds) });
  }
  if (size === 10_000 && result.runs.every((run) => run.median.ok)) {
    const clean = path.join(work, "clean");
    const run = await ourBuild(size, articles, clean, undefined, "incremental: clean build to compare", { ...build, cache: path.join(work, "clean-cache"), args: ["--clean"] });
    if (run.ok) {
      const difference = firstDifference(site, clean);
      result.identical = { same: difference === undefined, files: countFiles(site, /./), difference };
      log(difference === undefined ? "incremental: the same files, byte for byte, as a clean build" : `incremental: NOT the same as a clean build: ${difference}`);
    }
  }
  return result;
}

function listMarkdown(root: string): string[] {
  return fs
    .readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(".md"))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

/** The first difference between two folders' files, or undefined when they hold the same bytes. */
function firstDifference(a: string, b: string): string | undefined {
  const left = listFiles(a);
  const right = listFiles(b);
  if (left.join("\n") !== right.join("\n")) {
    const only = left.filter((file) => !right.includes(file)).concat(right.filter((file) => !left.includes(file)).map((file) => `(clean) ${file}`));
    return `files differ: ${only.slice(0, 5).join(", ")}`;
  }
  for (const file of left) if (!fs.readFileSync(path.join(a, file)).equals(fs.readFileSync(path.join(b, file)))) return `${file} differs`;
  return undefined;
}

async function baselineBuild(size: number, corpusDir: string): Promise<NonNullable<SizeResult["baseline"]>> {
  const output = path.join(SCRATCH, "baseline", String(size));
  cleanStart(output);
  const logFile = path.join(OUT, "logs", `baseline-${size}.log`);
  const load = loadNow();
  const run = await measureCommand(
    process.execPath,
    ["node_modules/@11ty/eleventy/cmd.cjs", "--config=bench/baseline/eleventy.config.js", `--input=${corpusDir}`, `--output=${output}`, "--quiet"],
    { cwd: ROOT, timeoutMs, logFile },
  );
  const result = { ...measured(run, logFile, load), pages: countFiles(output, /\.html$/) };
  describe("bare Eleventy", result);
  return result;
}

async function hugoBuild(size: number, corpusDir: string, related: boolean): Promise<NonNullable<SizeResult["hugo"]>> {
  const name = related ? "hugo-related" : "hugo";
  const output = path.join(SCRATCH, name, String(size));
  cleanStart(output);
  const logFile = path.join(OUT, "logs", `${name}-${size}.log`);
  const [command, args] = hugoCommand(corpusDir, output, SCRATCH, related);
  const load = loadNow();
  const run = await measureCommand(command, args, { cwd: ROOT, timeoutMs, logFile });
  const result = { ...measured(run, logFile, load), pages: countFiles(output, /\.html$/) };
  describe(related ? "Hugo with related content" : "Hugo", result);
  return result;
}

/** Pagefind's own binary (the npm package ships it through an optional dependency), else its npm wrapper. */
function pagefindCommand(): [string, string[]] {
  const binary = path.join(ROOT, "node_modules", "@pagefind", `${process.platform}-${process.arch}`, "bin", "pagefind_extended");
  if (fs.existsSync(binary)) return [binary, []];
  return [process.execPath, [path.join(ROOT, "node_modules", "pagefind", "lib", "runner", "bin.cjs")]];
}

async function pagefind(size: number, siteDir: string, scope: string, bundle: string, extraArgs: string[]): Promise<PagefindResult> {
  fs.rmSync(path.join(siteDir, bundle), { recursive: true, force: true });
  const logFile = path.join(OUT, "logs", `${bundle}-${size}.log`);
  const [command, prefix] = pagefindCommand();
  const load = loadNow();
  const run = await measureCommand(command, [...prefix, "--site", siteDir, "--output-subdir", bundle, ...extraArgs], { cwd: ROOT, timeoutMs, logFile });
  const dir = path.join(siteDir, bundle);
  const isData = (file: string) => /^(index|fragment|filter)\//.test(file) || file.endsWith(".pf_meta");
  const result: PagefindResult = {
    ...measured(run, logFile, load),
    scope,
    pagesIndexed: Number(run.stdout.match(/Indexed (\d+) pages/)?.[1] ?? Number.NaN),
    data: folderSize(dir, isData),
    bundle: folderSize(dir),
  };
  describe(`Pagefind (${scope})`, result);
  return result;
}

/**
 * Runs each build `repeat` times, taking them in turn (ours, then the next, …, then ours again), so that a
 * machine that gets busier or quieter weighs on all alike; keeps each one's run of median wall time, with
 * every time seen. A build that fails is not run again.
 */
async function alternated<K extends string>(builds: Record<K, () => Promise<Measured>>): Promise<Record<K, Measured>> {
  const all = {} as Record<K, Measured[]>;
  const names = Object.keys(builds) as K[];
  for (const name of names) all[name] = [];
  for (let i = 0; i < repeat; i++) {
    for (const name of names) {
      if (all[name].some((run) => !run.ok)) continue;
      all[name].push(await builds[name]());
    }
  }
  const result = {} as Record<K, Measured>;
  for (const name of names) result[name] = medianRun(all[name]);
  return result;
}

/** The run of median wall time (a failed run, if any), with every time seen. */
function medianRun<T extends Measured>(runs: readonly T[]): T {
  const failed = runs.find((run) => !run.ok);
  if (failed) return failed;
  const sorted = [...runs].sort((a, b) => a.wallSeconds - b.wallSeconds);
  const median = sorted[(sorted.length - 1) >> 1]!;
  return runs.length > 1 ? { ...median, wallSecondsSeen: runs.map((run) => run.wallSeconds) } : median;
}

/** Why a step cannot run at this size, judged from the size before; undefined when it can. */
function tooBig(size: number, tags: number, earlier: readonly SizeResult[]): { baseline?: string; pagefind?: string } {
  const reasons: { baseline?: string; pagefind?: string } = {};
  const largest = <T>(pick: (result: SizeResult) => T | undefined): [SizeResult, T] | undefined => {
    const found = earlier.filter((r) => r.size < size && pick(r) !== undefined).sort((a, b) => b.size - a.size)[0];
    return found ? [found, pick(found)!] : undefined;
  };
  // Eleventy sorts every article once per tag: time grows with articles × tags.
  const baseline = largest((r) => (r.baseline?.ok ? r.baseline : undefined));
  if (baseline) {
    const [from, run] = baseline;
    const growth = (size / from.size) * Math.max(1, tags / from.corpus.tags);
    const estimate = run.wallSeconds * growth;
    if (estimate * 1000 > timeoutMs) {
      reasons.baseline = `skipped: about ${Math.round(estimate / 60)} min extrapolated from ${from.size.toLocaleString("en")} articles (× ${growth.toFixed(0)} for articles × tags), over --timeout-minutes=${values["timeout-minutes"]}`;
    }
  }
  const pagefind = largest((r) => r.pagefind.find((p) => p.ok && p.scope === "all pages"));
  if (pagefind) {
    const [from, run] = pagefind;
    const estimate = run.peakRssBytes * (size / from.size);
    if (estimate > os.freemem() * 0.8) {
      reasons.pagefind = `skipped: about ${(estimate / 2 ** 30).toFixed(0)} GiB peak RSS extrapolated from ${from.size.toLocaleString("en")} articles, more than this machine has free (${(os.freemem() / 2 ** 30).toFixed(0)} GiB)`;
    }
  }
  return reasons;
}

/** Results of earlier runs, so a run of one large size can still judge what will not fit. */
function lastResults(): SizeResult[] {
  return [...new Set([RESULTS_JSON, path.join(OUT, "results.json")])].flatMap((file) => {
    try {
      return (JSON.parse(fs.readFileSync(file, "utf8")) as BenchReport).results;
    } catch {
      return [];
    }
  });
}

async function benchSize(size: number, earlier: readonly SizeResult[]): Promise<SizeResult> {
  log(`— ${size.toLocaleString("en")} articles —`);
  const corpus = ensureCorpus(path.join(OUT, "corpus"), { count: size, seed, tagVocabulary });
  log(corpus.generatedSeconds === undefined ? `corpus: reusing ${path.relative(ROOT, corpus.dir)}` : `corpus: generated in ${corpus.generatedSeconds.toFixed(1)} s`);
  const siteDir = path.join(SCRATCH, "site", String(size));
  const guard = tooBig(size, corpus.stats.tags, earlier);
  const skipped: Record<string, string> = {};
  if (skip.has("baseline")) skipped.baseline = "skipped (--skip)";
  else if (size > baselineMax) skipped.baseline = `skipped: over --baseline-max=${baselineMax}`;
  else if (guard.baseline) skipped.baseline = guard.baseline;
  if (skip.has("hugo")) skipped.hugo = "skipped (--skip)";
  else if (!hugo) skipped.hugo = "skipped: no `hugo` on the PATH (apt-get install hugo)";
  else if (size > hugoMax) skipped.hugo = `skipped: over --hugo-max=${hugoMax}`;
  for (const [step, why] of Object.entries(skipped)) log(`${step}: ${why}`);
  const builds: Record<string, () => Promise<Measured>> = { ours: () => ourBuild(size, corpus.dir, siteDir) };
  if (!skipped.baseline) builds.baseline = () => baselineBuild(size, corpus.dir);
  if (!skipped.hugo) {
    builds.hugo = () => hugoBuild(size, corpus.dir, false);
    builds.hugoRelated = () => hugoBuild(size, corpus.dir, true);
  }
  const built = await alternated(builds);
  const result: SizeResult = {
    size,
    corpus: corpus.stats,
    corpusSeconds: corpus.generatedSeconds,
    ours: built.ours as SizeResult["ours"],
    baseline: built.baseline as SizeResult["baseline"],
    hugo: built.hugo as SizeResult["hugo"],
    hugoRelated: built.hugoRelated as SizeResult["hugoRelated"],
    pagefind: [],
    skipped,
  };
  if (!result.ours.ok) return result;

  if (skip.has("pagefind")) result.skipped.pagefind = "skipped (--skip)";
  else if (guard.pagefind) result.skipped.pagefind = guard.pagefind;
  else {
    result.pagefind.push(await pagefind(size, siteDir, "all pages", "pagefind", []));
    const folders = fs.readdirSync(corpus.dir, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
    result.pagefind.push(await pagefind(size, siteDir, "article pages", "pagefind-articles", ["--glob", `{${folders.join(",")}}/*/index.html`]));
  }
  if (result.skipped.pagefind) log(`Pagefind: ${result.skipped.pagefind}`);
  if (!skip.has("queries") && size === queriesAt) {
    log(`queries: ${runs} runs each in headless Chromium`);
    const engines = [ourSearch];
    for (const p of result.pagefind.filter((entry) => entry.ok)) {
      const bundle = p.scope === "all pages" ? "pagefind" : "pagefind-articles";
      writePagefindHostPages(siteDir, bundle);
      engines.push(pagefindSearch(bundle, `Pagefind, ${p.scope}`));
    }
    result.queries = await measureSearch(siteDir, engines, sampleQueries(corpus.stats), runs);
  }
  if (!skip.has("images") && size === imagesAt) result.images = await imagesStep(size);
  if (!skip.has("incremental") && size >= 10_000) result.incremental = await incrementalStep(size, corpus.dir);
  if (!skip.has("devserver") && size === devServerAt) {
    log(`dev server: ${edits} saves of an article, each until headless Chromium shows it`);
    result.devServer = await measureDevServer({ project, corpusDir: corpus.dir, workDir: path.join(SCRATCH, "devserver"), size, edits });
    if (result.devServer.failure) log(`dev server: ${result.devServer.failure}`);
  }
  return result;
}

/** Which code was measured: the commit, and how many files under src/ and layouts/ differ from it. */
function codeState(): string {
  const where = project === ROOT ? "" : `${project}: `;
  try {
    const commit = execFileSync("git", ["rev-parse", "--short", "HEAD"], { cwd: project, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
    const changed = execFileSync("git", ["status", "--porcelain", "--", "src", "layouts", ".eleventy.ts"], { cwd: project, encoding: "utf8" })
      .split("\n")
      .filter(Boolean).length;
    return `${where}${changed ? `${commit} with ${changed} uncommitted file(s) in src/, layouts/` : commit}`;
  } catch {
    return `${project} (not a git checkout)`;
  }
}

async function main(): Promise<void> {
  fs.mkdirSync(OUT, { recursive: true });
  const known = lastResults();
  const report: BenchReport = {
    date: new Date().toISOString().slice(0, 16).replace("T", " ") + " UTC",
    node: process.version,
    cpus: `${os.cpus().length} × ${os.cpus()[0]?.model.trim() ?? "CPU"}`,
    memoryBytes: os.totalmem(),
    seed,
    runs,
    command: `npm run bench -- ${process.argv.slice(2).join(" ")}`.trim().replace(/ --$/, ""),
    code: codeState(),
    results: [],
  };
  for (const size of sizes) {
    report.results.push(await benchSize(size, [...report.results, ...known]));
    // Written after every size, so a long run that dies later still leaves what it measured.
    fs.writeFileSync(RESULTS_JSON, `${JSON.stringify(report, null, 2)}\n`);
    fs.writeFileSync(RESULTS_MD, resultsMarkdown(report));
  }
  console.log(resultsMarkdown(report));
  log(`written to ${path.relative(ROOT, RESULTS_MD)}`);
}

await main();
