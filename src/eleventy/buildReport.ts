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
  /** Article bodies rendered so far: the progress of a long build. */
  renderedBodies: 0,
  /** Seconds spent in each timed part. */
  timings: {} as Record<string, number>,
};

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
