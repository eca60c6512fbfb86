// What a build did beyond Eleventy's pages, and how long each part took: the build command prints it as the
// summary and the benchmark reads it.
import type { BrokenLink } from "../check/LinkChecker.ts";
import type { ImageStats } from "../io/ImageWorker.ts";
import type { PageWeight } from "../io/pageWeight.ts";
import type { SearchIndexStats } from "../search/types.ts";

export interface BuildResult {
  /** Every file of the output, relative to it, once the build is complete (production builds). */
  files: string[];
  /** Links that lead nowhere (production builds); the build command refuses to publish them. */
  brokenLinks: BrokenLink[];
  search: SearchIndexStats | undefined;
  /** Size of the bundled search script. */
  clientBytes: number;
  /** Article pages rendered. */
  renderedArticles: number;
  /** Local images resized, when the site has any. */
  images: ImageStats | undefined;
  /** One article page's weight on a phone (production builds): the front page's lead story. */
  pageWeight: PageWeight | undefined;
}

export function emptyResult(): BuildResult {
  return { files: [], brokenLinks: [], search: undefined, clientBytes: 0, renderedArticles: 0, images: undefined, pageWeight: undefined };
}

/** Seconds spent in each timed part of a build, in the order they first ran. */
export class Timings {
  readonly seconds: Record<string, number> = {};

  /** Runs `work`, adding its duration to `name`. */
  time<T>(name: string, work: () => T): T {
    const started = performance.now();
    try {
      return work();
    } finally {
      this.add(name, (performance.now() - started) / 1000);
    }
  }

  async timeAsync<T>(name: string, work: () => Promise<T>): Promise<T> {
    const started = performance.now();
    try {
      return await work();
    } finally {
      this.add(name, (performance.now() - started) / 1000);
    }
  }

  add(name: string, seconds: number): void {
    this.seconds[name] = (this.seconds[name] ?? 0) + seconds;
  }
}
