// What a build did beyond Eleventy's pages, and how long each part took, for the build command's summary
// and the benchmark. One build per process.
import type { BrokenLink } from "../check/LinkChecker.ts";
import type { SearchIndexStats } from "../search/types.ts";

export const buildReport = {
  search: undefined as SearchIndexStats | undefined,
  clientBytes: 0,
  /** Every file of the output, relative to it, once the build is complete. */
  files: [] as string[],
  /** Links of production builds that lead nowhere; the build command refuses to publish them. */
  brokenLinks: [] as BrokenLink[],
  /** Article pages rendered so far: the progress of a long build. */
  renderedArticles: 0,
  /** Set by the build command: called with the count above every few seconds while pages render. */
  onProgress: undefined as ((renderedArticles: number) => void) | undefined,
  /** Seconds spent in each timed part. */
  timings: {} as Record<string, number>,
};

const PROGRESS_EVERY_MS = 5000;
let lastProgress = performance.now();

/** Counts a rendered article page. Rendering keeps the event loop busy, so no timer could report this. */
export function articleRendered(): void {
  buildReport.renderedArticles++;
  const now = performance.now();
  if (buildReport.onProgress && now - lastProgress >= PROGRESS_EVERY_MS) {
    lastProgress = now;
    buildReport.onProgress(buildReport.renderedArticles);
  }
}

/** Runs `work`, adding its duration in seconds to `buildReport.timings[name]`. */
export function timed<T>(name: string, work: () => T): T {
  const started = performance.now();
  try {
    return work();
  } finally {
    buildReport.timings[name] = (buildReport.timings[name] ?? 0) + (performance.now() - started) / 1000;
  }
}

export async function timedAsync<T>(name: string, work: () => Promise<T>): Promise<T> {
  const started = performance.now();
  try {
    return await work();
  } finally {
    buildReport.timings[name] = (buildReport.timings[name] ?? 0) + (performance.now() - started) / 1000;
  }
}
