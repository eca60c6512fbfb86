// The markdown report of `npm run bench`: tables with ratios to the baseline and to Pagefind, and the targets.

import type { QueryMeasure } from "./measureSearch.ts";
import type { BenchReport, BuildSummaryData, Measured, SizeResult } from "./types.ts";

/** Targets of issues #4, #7 and #17. */
export const TARGETS = {
  /** Our build time ÷ bare Eleventy, at 10k articles. */
  buildRatio: 0.5,
  buildRatioAt: 10_000,
  /** Our build time ÷ Hugo's without related content, at 10k articles (issue #17). */
  hugoRatio: 1,
  /** Our search index build time ÷ Pagefind's. */
  searchTimeRatio: 1,
  /** Our index size on disk ÷ Pagefind's. */
  searchSizeRatio: 2,
  /** Bytes (gzip) a one-word query fetches. */
  oneWordQueryBytes: 150_000,
  /** First result in the DOM. */
  firstResultMs: 300,
  /** 100k articles: wall time and peak memory of the build. */
  largeAt: 100_000,
  largeSeconds: 300,
  /** Issue #17 (was 6 GB, issue #7). */
  largeRssBytes: 3e9,
  /** ms per article at the largest size ÷ at 10k ("flat"; issue #17, was 1.25). */
  perArticleGrowth: 1.1,
  /** Incremental build at 100k articles, after 1 and after 100 edited articles (issue #17). */
  incrementalSeconds: { 1: 15, 100: 30 } as Record<number, number>,
  /** Dev server: save → the browser shows the change, at 10k. */
  devServerMs: 1000,
  devServerAt: 10_000,
};

const s = (seconds: number) => (Number.isFinite(seconds) ? `${seconds < 10 ? seconds.toFixed(2) : seconds.toFixed(1)} s` : "–");
const mib = (bytes: number) => (Number.isFinite(bytes) ? `${(bytes / 2 ** 20).toFixed(0)} MiB` : "–");
const mb = (bytes: number) => (bytes >= 1e6 ? `${(bytes / 1e6).toFixed(1)} MB` : `${(bytes / 1e3).toFixed(1)} KB`);
const kb = (bytes: number) => `${(bytes / 1e3).toFixed(1)} KB`;
const ms = (value: number) => (Number.isFinite(value) ? `${value.toFixed(0)} ms` : "–");
const ratio = (value: number) => (Number.isFinite(value) ? value.toFixed(2) : "–");
const count = (n: number) => n.toLocaleString("en");
const pct = (share: number) => `${(share * 100).toFixed(0)}%`;
const mark = (ok: boolean) => (ok ? "✓" : "✗");
const judged = (value: number, limit: number, text: string) => (Number.isFinite(value) ? `${text} ${mark(value <= limit)}` : text);

function table(header: string[], rows: string[][]): string {
  return [`| ${header.join(" | ")} |`, `|${header.map(() => "---").join("|")}|`, ...rows.map((row) => `| ${row.join(" | ")} |`)].join("\n");
}

const timedOut = (run: Measured | undefined) => run?.failure?.startsWith("timed out") === true;

/** Wall time, or what went wrong. */
function timeOf(run: Measured | undefined): string {
  if (!run) return "skipped";
  if (timedOut(run)) return `> ${s(run.wallSeconds)} (timed out)`;
  if (!run.ok) return `**failed** after ${s(run.wallSeconds)}`;
  const seen = run.wallSecondsSeen;
  return seen ? `${s(run.wallSeconds)} (median of ${seen.map((x) => x.toFixed(1)).join(", ")})` : s(run.wallSeconds);
}

/** Why steps were skipped or failed, one line each, under a table. */
function footnotes(results: readonly SizeResult[], steps: readonly string[], names: readonly string[]): string[] {
  const lines: string[] = [];
  for (const r of results) {
    for (const step of steps) if (r.skipped[step]) lines.push(`- ${count(r.size)}, ${step}: ${r.skipped[step]}`);
    const runs: [string, Measured | undefined][] = [["our build", r.ours], ["bare Eleventy", r.baseline], ["Hugo", r.hugo], ["Hugo with related content", r.hugoRelated], ...r.pagefind.map((p): [string, Measured] => [`Pagefind (${p.scope})`, p])];
    for (const [name, run] of runs) {
      if (!names.some((wanted) => name.startsWith(wanted)) || !run?.failure) continue;
      lines.push(`- ${count(r.size)}, ${name}: ${run.failure.split("\n").filter(Boolean).slice(0, 3).join(" · ")} (log: \`${run.logFile}\`)`);
    }
  }
  return lines.length ? ["", ...lines] : [];
}

const load = (run: Measured | undefined) => (run ? run.loadBefore.toFixed(1) : "–");

/**
 * Our search index time from the build's timers. A build that builds the index beside rendering (in a worker)
 * reports the time until it was awaited instead: an upper bound, not the index's own cost.
 */
function ourIndexTime(result: SizeResult): { seconds: number; upperBound: boolean } {
  const timings = result.ours.summary?.timings ?? {};
  if (timings["search index"] !== undefined) return { seconds: timings["search index"], upperBound: false };
  const key = Object.keys(timings).find((name) => name.startsWith("search index"));
  return key ? { seconds: timings[key], upperBound: true } : { seconds: Number.NaN, upperBound: false };
}

/** A ratio, shown as a bound when the numerator is one; judged only when the bound decides it. */
function boundedRatio(value: number, upperBound: boolean, limit: number): string {
  if (!Number.isFinite(value)) return "–";
  if (!upperBound) return judged(value, limit, ratio(value));
  return `≤ ${ratio(value)}${value <= limit ? ` ${mark(true)}` : " (undecided)"}`;
}

export function resultsMarkdown(report: BenchReport): string {
  const { results } = report;
  const out: string[] = [];
  out.push(`# Benchmark: our build vs bare Eleventy, our search vs Pagefind`);
  out.push("");
  out.push(
    `${report.date}; Node ${report.node}; ${report.cpus}; ${mib(report.memoryBytes)} RAM; seed ${report.seed}; code ${report.code}. ` +
      `Command: \`${report.command}\`. Builds run one at a time; times are wall-clock and peak memory is the peak RSS of the ` +
      `command's largest process, both measured from outside (GNU time). KB and MB are 1000 and 10⁶ bytes; MiB is 2²⁰. ` +
      `*load before* is the machine's 1-minute load average as a command started: above ${report.cpus.split(" ")[0]}, other work ` +
      `shared the cores and the times are inflated.`,
  );

  out.push("", "## Corpora", "");
  out.push(
    table(
      ["articles", "published", "drafts", "scheduled", "Chinese", "categories", "tags", "top tag", "tags per article", "words per English article", "characters per Chinese article", "markdown"],
      results.map(({ corpus: c }) => [
        count(c.articles),
        count(c.articles - c.drafts - c.scheduled),
        count(c.drafts),
        count(c.scheduled),
        count(c.chinese),
        count(c.categories),
        count(c.tags),
        `“${c.topTag.name}” on ${pct(c.topTag.share)}`,
        c.meanTagsPerArticle.toFixed(1),
        c.meanEnglishWords.toFixed(0),
        c.meanChineseChars.toFixed(0),
        mb(c.bytes),
      ]),
    ),
  );

  out.push("", "## Full build vs bare Eleventy", "");
  out.push(
    table(
      ["articles", "our build", "peak RSS", "bare Eleventy", "peak RSS", `time ratio (target ≤ ${TARGETS.buildRatio} at ${count(TARGETS.buildRatioAt)})`, "memory ratio", "ms per article: ours", "ms per article: Eleventy", "load before: ours / Eleventy"],
      results.map((r) => {
        const time = r.ours.wallSeconds / (r.baseline?.wallSeconds ?? Number.NaN);
        const valid = r.ours.ok && r.baseline?.ok === true;
        // A baseline that timed out still bounds the ratio.
        const bound = r.ours.ok && timedOut(r.baseline) ? `< ${ratio(time)}` : "–";
        return [
          count(r.size),
          timeOf(r.ours),
          mib(r.ours.peakRssBytes),
          timeOf(r.baseline),
          mib(r.baseline?.peakRssBytes ?? Number.NaN),
          valid ? (r.size === TARGETS.buildRatioAt ? judged(time, TARGETS.buildRatio, ratio(time)) : ratio(time)) : bound,
          valid ? ratio(r.ours.peakRssBytes / r.baseline!.peakRssBytes) : "–",
          r.ours.ok ? ((r.ours.wallSeconds * 1000) / r.size).toFixed(2) : "–",
          r.baseline?.ok ? ((r.baseline.wallSeconds * 1000) / r.size).toFixed(2) : "–",
          `${load(r.ours)} / ${load(r.baseline)}`,
        ];
      }),
    ),
  );

  out.push(...footnotes(results, ["baseline"], ["our build", "bare Eleventy"]));

  const withHugo = results.filter((r) => r.hugo || r.skipped.hugo);
  if (withHugo.length > 0) {
    out.push("", "## Full build vs Hugo", "");
    out.push(
      table(
        ["articles", "our build", "Hugo, no related content", "peak RSS", "Hugo with related content", "peak RSS", `ours ÷ Hugo without related (target ≤ ${TARGETS.hugoRatio} at ${count(TARGETS.buildRatioAt)})`, "ours ÷ Hugo with related", "pages: ours / Hugo", "load before: ours / Hugo / Hugo related"],
        withHugo.map((r) => {
          const plain = r.ours.wallSeconds / (r.hugo?.ok ? r.hugo.wallSeconds : Number.NaN);
          const related = r.ours.wallSeconds / (r.hugoRelated?.ok ? r.hugoRelated.wallSeconds : Number.NaN);
          return [
            count(r.size),
            timeOf(r.ours),
            timeOf(r.hugo),
            mib(r.hugo?.peakRssBytes ?? Number.NaN),
            timeOf(r.hugoRelated),
            mib(r.hugoRelated?.peakRssBytes ?? Number.NaN),
            r.size === TARGETS.buildRatioAt ? judged(plain, TARGETS.hugoRatio, ratio(plain)) : ratio(plain),
            ratio(related),
            `${r.ours.summary ? count(r.ours.summary.pages) : "–"} / ${r.hugo ? count(r.hugo.pages) : "–"}`,
            `${load(r.ours)} / ${load(r.hugo)} / ${load(r.hugoRelated)}`,
          ];
        }),
      ),
    );
    out.push(...footnotes(withHugo, ["hugo"], ["Hugo"]));
  }

  out.push("", "## Inside our build (its --json summary; seconds)", "");
  // Whatever timers the build reports, in its order: they change as the build does.
  const timers = [...new Set(results.flatMap((r) => Object.keys(r.ours.summary?.timings ?? {})))];
  out.push(
    table(
      ["articles", "pages", "files", ...timers, "in-process total", "self-reported peak RSS"],
      results.map(({ size, ours }) => {
        const sum = ours.summary;
        if (!sum) return [count(size), ours.failure ? `failed: ${ours.failure.split("\n")[0]}` : "–", ...Array<string>(timers.length + 3).fill("")];
        return [count(size), count(sum.pages), count(sum.files), ...timers.map((name) => s(sum.timings[name] ?? Number.NaN)), s(sum.seconds), mib(sum.maxRssBytes)];
      }),
    ),
  );

  out.push("", "## Search index: ours vs Pagefind", "");
  const searchRows: string[][] = [];
  for (const r of results) {
    const ourIndex = r.ours.searchIndex;
    searchRows.push([
      count(r.size),
      "ours (`search-index/`)",
      r.ours.summary ? count(r.ours.summary.articles) : "–",
      `${ourIndexTime(r).upperBound ? "≤ " : ""}${s(ourIndexTime(r).seconds)}`,
      "(inside the build)",
      load(r.ours),
      ourIndex ? `${count(ourIndex.files)} / ${mb(ourIndex.bytes)} / ${mb(ourIndex.gzipBytes)}` : "–",
      r.ours.summary ? `+ search.js ${kb(r.ours.summary.clientBytes)}` : "–",
      "",
      "",
    ]);
    for (const p of r.pagefind) {
      const { seconds, upperBound } = ourIndexTime(r);
      const timeRatio = seconds / p.wallSeconds;
      const sizeRatio = (ourIndex?.bytes ?? Number.NaN) / p.data.bytes;
      const wireRatio = (ourIndex?.gzipBytes ?? Number.NaN) / p.data.gzipBytes;
      searchRows.push([
        count(r.size),
        `Pagefind, ${p.scope}`,
        count(p.pagesIndexed),
        timeOf(p),
        mib(p.peakRssBytes),
        load(p),
        p.ok ? `${count(p.data.files)} / ${mb(p.data.bytes)} / ${mb(p.data.gzipBytes)}` : "–",
        p.ok ? mb(p.bundle.bytes) : "–",
        p.ok ? boundedRatio(timeRatio, upperBound, TARGETS.searchTimeRatio) : "–",
        p.ok ? `${judged(sizeRatio, TARGETS.searchSizeRatio, ratio(sizeRatio))} (gzip ${ratio(wireRatio)})` : "–",
      ]);
    }
  }
  out.push(
    table(
      ["articles", "index", "pages indexed", "build time", "peak RSS", "load before", "index files / bytes / gzip", "whole bundle", `ours ÷ Pagefind: time (target ≤ ${TARGETS.searchTimeRatio})`, `ours ÷ Pagefind: size on disk (target ≤ ${TARGETS.searchSizeRatio})`],
      searchRows,
    ),
  );
  out.push(...footnotes(results, ["pagefind"], ["Pagefind"]));

  for (const r of results.filter((result) => result.queries)) {
    out.push("", `## Queries on the ${count(r.size)}-article site (headless Chromium, median of ${report.runs} runs)`, "");
    out.push(queryTable(r.queries!));
  }

  for (const r of results.filter((result) => result.devServer)) {
    const d = r.devServer!;
    out.push("", `## Dev server on the ${count(r.size)}-article corpus`, "");
    out.push(
      `\`npm start\`'s command on a copy of the corpus; one article page open in headless Chromium. Each save changes the article's title; ` +
        `the time runs from the save until the browser's \`<h1>\` shows the new title (Eleventy's rebuild, then its live reload).`,
      "",
    );
    out.push(
      table(
        ["first build until the page is served", "save → browser, each save", "median", `target ≤ ${TARGETS.devServerMs} ms`],
        [[s(d.firstBuildSeconds), d.failure ? `**failed**: ${d.failure.split("\n")[0]}` : d.editMs.map((value) => ms(value)).join(", "), ms(median(d.editMs)), d.editMs.length ? mark(median(d.editMs) <= TARGETS.devServerMs) : "–"]],
      ),
    );
  }

  for (const r of results.filter((result) => result.images)) {
    const im = r.images!;
    const seen = (m: { wallSecondsSeen?: number[] }) => (m.wallSecondsSeen ?? []).map((value) => value.toFixed(1)).join(", ");
    const added = im.cached.wallSeconds / im.without.wallSeconds - 1;
    out.push("", `## Lead images on the ${count(r.size)}-article corpus`, "");
    out.push(
      `The same corpus with an 800×450 JPEG lead image on every article (${mb(im.imageBytes)} of images), built into a new output ` +
        `folder each time. The first build starts with an empty image cache; the rebuilds find every variant there. Rebuilds with and ` +
        `without images were taken in turn; medians shown, every run in brackets.`,
      "",
    );
    out.push(
      table(
        ["build", "wall time", "peak memory", "images encoded", "load before"],
        [
          ["without images", `${s(im.without.wallSeconds)} (${seen(im.without)})`, mib(im.without.peakRssBytes), "–", im.without.loadBefore.toFixed(1)],
          ["first build with images", s(im.first.wallSeconds), mib(im.first.peakRssBytes), count(im.first.summary?.imagesEncoded ?? 0), im.first.loadBefore.toFixed(1)],
          ["rebuild, images cached", `${s(im.cached.wallSeconds)} (${seen(im.cached)})`, mib(im.cached.peakRssBytes), count(im.cached.summary?.imagesEncoded ?? 0), im.cached.loadBefore.toFixed(1)],
        ],
      ),
    );
    out.push("", `Cached rebuild ÷ rebuild without images: ${ratio(1 + added)} (target ≤ 1.10) ${mark(added <= 0.1)}`);
  }

  for (const r of results.filter((result) => result.incremental)) {
    const inc = r.incremental!;
    const seen = (m: { wallSecondsSeen?: number[] }) => (m.wallSecondsSeen ?? []).map((value) => value.toFixed(1)).join(", ");
    out.push("", `## Incremental builds at ${count(r.size)} articles`, "");
    out.push(
      `A copy of the corpus built once clean (recording its pages in the build cache), then, for each row, that many articles ` +
        `edited (a sentence added to the body) before each of several builds into the same folder. Medians, every run in brackets.`,
      "",
    );
    const pages = (m: { summary?: BuildSummaryData }) => (m.summary ? `${count(m.summary.reusedPages)} of ${count(m.summary.pages)}` : "–");
    out.push(
      table(
        ["build", "wall time", "peak memory", "pages taken from the last build", "load before"],
        [
          ["clean, recording its pages", s(inc.recording.wallSeconds), mib(inc.recording.peakRssBytes), pages(inc.recording), inc.recording.loadBefore.toFixed(1)],
          ...inc.runs.map((run) => [
            `${count(run.edits)} edited article${run.edits === 1 ? "" : "s"}`,
            run.median.ok ? `${s(run.median.wallSeconds)} (${seen(run.median)})` : "failed",
            mib(run.median.peakRssBytes),
            pages(run.median),
            run.median.loadBefore.toFixed(1),
          ]),
        ],
      ),
    );
    const timings = inc.runs[0]?.median.summary?.timings;
    if (timings) out.push("", `Inside the build after ${count(inc.runs[0]!.edits)} edit(s): ${Object.entries(timings).map(([name, value]) => `${name} ${s(value)}`).join(", ")}.`);
    if (inc.identical) {
      out.push("", `Compared with a clean build of the same sources: ${inc.identical.same ? `the same ${count(inc.identical.files)} files, byte for byte ✓` : `**not the same**: ${inc.identical.difference} ✗`}`);
    }
  }

  out.push("", "## Targets", "");
  out.push(targetsTable(results));
  const onPaper = millionOnPaper(results);
  if (onPaper) out.push("", onPaper);
  out.push("", NOTES);
  return `${out.join("\n")}\n`;
}

function queryTable(queries: readonly QueryMeasure[]): string {
  return table(
    ["query", "engine", "results", "files (gzip): script + entry + index + metadata", "bytes", `gzip (target ≤ ${kb(TARGETS.oneWordQueryBytes)} for one word)`, "first result from navigation", `first result from submit (target ≤ ${TARGETS.firstResultMs} ms)`],
    queries.map((q) => [
      `${q.label}: \`${q.query}\``,
      q.engine,
      count(q.results),
      (["script", "entry", "index", "metadata"] as const).map((kind) => `${q.files[kind]} (${kb(q.kindGzipBytes[kind])})`).join(" + "),
      kb(q.bytes),
      q.engine === "ours" && q.label === "common word" ? judged(q.gzipBytes, TARGETS.oneWordQueryBytes, kb(q.gzipBytes)) : kb(q.gzipBytes),
      ms(q.navigationMs),
      q.engine === "ours" ? judged(q.submitMs, TARGETS.firstResultMs, ms(q.submitMs)) : ms(q.submitMs),
    ]),
  );
}

function targetsTable(results: readonly SizeResult[]): string {
  const rows: string[][] = [];
  const at = results.find((r) => r.size === TARGETS.buildRatioAt);
  if (at?.ours.ok && at.baseline?.ok) {
    const value = at.ours.wallSeconds / at.baseline.wallSeconds;
    rows.push([`build time ÷ bare Eleventy at ${count(at.size)}`, `≤ ${TARGETS.buildRatio}`, ratio(value), mark(value <= TARGETS.buildRatio)]);
  }
  if (at?.ours.ok && at.hugo?.ok) {
    const value = at.ours.wallSeconds / at.hugo.wallSeconds;
    rows.push([`build time ÷ Hugo without related content at ${count(at.size)}`, `≤ ${TARGETS.hugoRatio}`, ratio(value), mark(value <= TARGETS.hugoRatio)]);
  }
  for (const r of results) {
    const p = r.pagefind.find((entry) => entry.scope === "all pages" && entry.ok);
    if (!p || !r.ours.searchIndex) continue;
    const { seconds, upperBound } = ourIndexTime(r);
    const time = seconds / p.wallSeconds;
    const size = r.ours.searchIndex.bytes / p.data.bytes;
    const decided = !upperBound || time <= TARGETS.searchTimeRatio;
    rows.push([`search index time ÷ Pagefind at ${count(r.size)}`, `≤ ${TARGETS.searchTimeRatio}`, `${upperBound ? "≤ " : ""}${ratio(time)}`, decided ? mark(time <= TARGETS.searchTimeRatio) : "? (only an upper bound)"]);
    rows.push([`search index size ÷ Pagefind at ${count(r.size)}`, `≤ ${TARGETS.searchSizeRatio}`, ratio(size), mark(size <= TARGETS.searchSizeRatio)]);
  }
  for (const r of results.filter((result) => result.queries)) {
    const ours = r.queries!.filter((q) => q.engine === "ours");
    for (const q of ours.filter((entry) => entry.label === "common word")) {
      rows.push([`one-word query (\`${q.query}\`) at ${count(r.size)}, gzip`, `≤ ${kb(TARGETS.oneWordQueryBytes)}`, kb(q.gzipBytes), mark(q.gzipBytes <= TARGETS.oneWordQueryBytes)]);
    }
    const slowestNavigation = Math.max(...ours.map((q) => q.navigationMs));
    const slowestSubmit = Math.max(...ours.map((q) => q.submitMs));
    // Not the issue's target (that is from submit), shown for what a reader arriving from another page waits.
    rows.push([`first result, slowest sample query, from navigation, at ${count(r.size)}`, "(no target)", ms(slowestNavigation), ""]);
    rows.push([`first result, slowest sample query, from submit, at ${count(r.size)}`, `≤ ${TARGETS.firstResultMs} ms`, ms(slowestSubmit), mark(slowestSubmit <= TARGETS.firstResultMs)]);
  }
  const large = results.find((r) => r.size === TARGETS.largeAt);
  if (large) {
    rows.push([`build time at ${count(large.size)}`, `≤ ${TARGETS.largeSeconds} s`, large.ours.ok ? s(large.ours.wallSeconds) : "failed", mark(large.ours.ok && large.ours.wallSeconds <= TARGETS.largeSeconds)]);
    rows.push([`peak memory at ${count(large.size)}`, `≤ ${(TARGETS.largeRssBytes / 1e9).toFixed(0)} GB`, `${(large.ours.peakRssBytes / 1e9).toFixed(2)} GB`, mark(large.ours.ok && large.ours.peakRssBytes <= TARGETS.largeRssBytes)]);
  }
  const reference = results.find((r) => r.size === 10_000 && r.ours.ok);
  const largest = results.filter((r) => r.ours.ok).sort((a, b) => b.size - a.size)[0];
  if (reference && largest && largest.size > reference.size) {
    const growth = largest.ours.wallSeconds / largest.size / (reference.ours.wallSeconds / reference.size);
    rows.push([`ms per article at ${count(largest.size)} ÷ at ${count(reference.size)}`, `≤ ${TARGETS.perArticleGrowth}`, ratio(growth), mark(growth <= TARGETS.perArticleGrowth)]);
  }
  for (const r of results.filter((result) => result.incremental)) {
    for (const run of r.incremental!.runs) {
      const limit = r.size === TARGETS.largeAt ? TARGETS.incrementalSeconds[run.edits] : undefined;
      const label = `incremental build, ${count(run.edits)} edited article${run.edits === 1 ? "" : "s"}, at ${count(r.size)}`;
      rows.push([label, limit ? `≤ ${limit} s` : "(no target)", run.median.ok ? s(run.median.wallSeconds) : "failed", limit ? mark(run.median.ok && run.median.wallSeconds <= limit) : ""]);
    }
    if (r.incremental!.identical) rows.push([`incremental output = clean output at ${count(r.size)}`, "byte for byte", r.incremental!.identical.same ? "the same" : "differs", mark(r.incremental!.identical.same)]);
  }
  for (const r of results.filter((result) => result.devServer?.editMs.length)) {
    const value = median(r.devServer!.editMs);
    rows.push([`dev server, save → browser (median) at ${count(r.size)}`, `≤ ${TARGETS.devServerMs} ms`, ms(value), mark(value <= TARGETS.devServerMs)]);
  }
  return table(["target", "limit", "measured", "met"], rows);
}

/**
 * A million articles on paper: time and memory extrapolated linearly from the two largest sizes measured
 * (what each added article cost between them), said as an estimate, not a measurement.
 */
function millionOnPaper(results: readonly SizeResult[]): string | undefined {
  const measured = results.filter((r) => r.ours.ok && r.size >= 10_000).sort((a, b) => a.size - b.size);
  if (measured.length < 2) return undefined;
  const [a, b] = [measured.at(-2)!, measured.at(-1)!];
  const target = 1_000_000;
  const perArticle = (b.ours.wallSeconds - a.ours.wallSeconds) / (b.size - a.size);
  const seconds = b.ours.wallSeconds + perArticle * (target - b.size);
  const bytesPerArticle = (b.ours.peakRssBytes - a.ours.peakRssBytes) / (b.size - a.size);
  const bytes = b.ours.peakRssBytes + bytesPerArticle * (target - b.size);
  return (
    `**A million articles, on paper** (not measured): extrapolated linearly from ${count(a.size)} and ${count(b.size)} articles ` +
    `(${(perArticle * 1000).toFixed(2)} ms and ${(bytesPerArticle / 1024).toFixed(0)} KiB more per added article), a clean build would take ` +
    `about ${(seconds / 60).toFixed(0)} min and peak at about ${(bytes / 1e9).toFixed(0)} GB.`
  );
}

function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

const NOTES = `## What the numbers mean

- **our build**: \`npm run build\`'s node command with \`--output=<dir> --json\` and \`SITE_ARTICLES=<corpus>\`: validation,
  related links, every page, feeds, sitemap, search index and the link check, written atomically. Wall time includes
  Node's start and tsx's compilation. **bare Eleventy**: Eleventy 3.1.8 with \`bench/baseline/eleventy.config.js\`: one
  markdown template per article (its front-matter \`tags\` make Eleventy collections), one Nunjucks layout, nothing else.
  It renders every file, drafts and scheduled articles included. ms per article divides wall time by the corpus size.
  Its time is dominated by Eleventy's tag collections: for each distinct tag it sorts all templates and filters them
  (\`TemplateCollection.getFilteredByTag\` → \`getAllSorted\`), so it grows with tags × articles × log(articles), and the
  ratio depends on how many distinct tags the corpus has (400 English ones by default; \`--tag-vocabulary\`).
- **Inside our build**: the build's own timers, as it names them. They overlap (*related* runs inside *checking
  articles*; the search index runs inside or beside *rendering pages*), so the parts do not add up to the total.
- **Search index build time**: ours is the build's *search index* timer (documents from the already-parsed articles →
  files). A build that makes the index in a worker beside rendering reports only when it was awaited: that is shown
  as an upper bound (≤), and the time ratio is then decided only if even the bound meets the target;
  Pagefind's is the wall time of its CLI, which also reads and parses every HTML page. **Size**: ours is \`search-index/\`
  (manifest, term shards, metadata chunks); Pagefind's index is \`index/\`, \`fragment/\`, \`filter/\` and the \`.pf_meta\` files,
  and the whole bundle adds its UI scripts, styles and wasm. Pagefind's files are already compressed, so their gzip
  size is their size. *all pages* is Pagefind's default on our output (articles, home, category and tag lists: more pages
  than we index); *article pages* limits it with \`--glob\` to the category folders' \`*/index.html\`.
- **Queries**: a fresh browser context per run, the site served by tests/support/staticServer.ts from 127.0.0.1 (no
  compression, no latency: times are CPU and parsing, not network). *bytes* are what the search downloaded on a first
  visit to the results page (ours: \`assets/search.js\`, \`search-index/manifest.json\`, term shards, metadata chunks;
  Pagefind: its UI script and CSS, pagefind.js, worker, entry, language meta and wasm, index chunks, fragments); *gzip* is
  each of those files gzipped (level 6). Pages, the site's CSS and the HTML are not counted. *from navigation*: ms from
  navigation start of \`search/?q=…\` (Pagefind: a host page with its default UI, 10 results per page, no debounce) to the
  first result with its title in the DOM. *from submit*: the same page already loaded and idle, the query submitted.
`;
