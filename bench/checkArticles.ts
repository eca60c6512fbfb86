// The build's "checking articles" step on its own: every article of a synthetic corpus read, its front matter
// parsed and checked, the catalog and the site model built (summaries included, related lists left out),
// in this process, several times. Reports wall and CPU time: on a busy machine CPU time is the steadier one.
//   node --import tsx bench/checkArticles.ts                       10k articles, 5 rounds
//   node --import tsx bench/checkArticles.ts --count=1000 --rounds=9 --project=/tmp/head   another copy's code
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { ensureCorpus } from "./corpus.ts";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const { values } = parseArgs({
  options: {
    count: { type: "string", default: "10000" },
    rounds: { type: "string", default: "5" },
    /** Whose code to time: this checkout by default (the corpus is this checkout's). */
    project: { type: "string", default: ROOT },
  },
});

const project = path.resolve(values.project);
const { dir } = ensureCorpus(path.join(ROOT, "bench", "out", "corpus"), { count: Number(values.count), seed: 42 });
const { SiteCompiler } = (await import(path.join(project, "src/model/SiteCompiler.ts"))) as typeof import("../src/model/SiteCompiler.ts");
const { readArticleSources } = (await import(path.join(project, "src/io/readArticleSources.ts"))) as typeof import("../src/io/readArticleSources.ts");
const { createTextMarkdown } = (await import(path.join(project, "src/markdown/createTextMarkdown.ts"))) as typeof import("../src/markdown/createTextMarkdown.ts");
const { site } = (await import(path.join(project, "src/site.ts"))) as typeof import("../src/site.ts");

const sources = readArticleSources(project, dir);
const wall: number[] = [];
const cpu: number[] = [];
for (let round = 0; round < Number(values.rounds); round++) {
  // A new compiler each round: nothing parsed is reused.
  const compiler = new SiteCompiler(createTextMarkdown());
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  const result = compiler.compile(sources, { site, now: new Date("2026-11-01T00:00:00Z"), includeUnpublished: false, related: (articles) => articles.map(() => []) });
  const used = process.cpuUsage(cpuStarted);
  wall.push(performance.now() - started);
  cpu.push((used.user + used.system) / 1000);
  if (!result.ok) throw new Error(`the corpus has errors: ${result.problems.find((p) => p.severity === "error")?.message}`);
}
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const ms = (value: number) => `${Math.round(value)} ms`;
console.log(`${sources.length} articles, code of ${project}: wall median ${ms(median(wall))} (min ${ms(Math.min(...wall))}), CPU median ${ms(median(cpu))} (min ${ms(Math.min(...cpu))})`);
