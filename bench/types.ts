// What `npm run bench` measures for one corpus size; run.ts fills it, resultsTable.ts prints it.

import type { BuildSummary } from "../src/cli/buildSummary.ts";
import type { CorpusStats } from "./corpus.ts";
import type { DevServerMeasure } from "./measureDevServer.ts";
import type { FolderSize } from "./measureFolder.ts";
import type { QueryMeasure } from "./measureSearch.ts";

/** One command as measured from outside. */
export interface Measured {
  ok: boolean;
  wallSeconds: number;
  peakRssBytes: number;
  /** Why it failed: exit code or timeout, and the end of its stderr. */
  failure?: string;
  logFile: string;
  /** The machine's 1-minute load average when the command started: above the core count, others were busy too. */
  loadBefore: number;
  /** With --repeat: the wall time of every run, this one being the median. */
  wallSecondsSeen?: number[];
}

/** The last line of `build.ts --json` (see src/cli/buildSummary.ts). */
export type BuildSummaryData = BuildSummary["data"];

export interface PagefindResult extends Measured {
  /** "all pages" (Pagefind's default) or "article pages" (--glob of the category folders). */
  scope: string;
  pagesIndexed: number;
  /** The index proper: index/, fragment/, filter/ and the .pf_meta files. */
  data: FolderSize;
  /** Everything Pagefind wrote, UI scripts, styles and wasm included. */
  bundle: FolderSize;
}

export interface SizeResult {
  size: number;
  corpus: CorpusStats;
  corpusSeconds?: number;
  ours: Measured & { summary?: BuildSummaryData; searchIndex?: FolderSize };
  baseline?: Measured & { pages: number };
  /** Hugo on the same corpus (bench/hugo/), without and with related content on the article pages. */
  hugo?: Measured & { pages: number };
  hugoRelated?: Measured & { pages: number };
  pagefind: PagefindResult[];
  queries?: QueryMeasure[];
  devServer?: DevServerMeasure;
  /** The same corpus with a lead image on every article: first build, cached rebuild, and rebuild without images. */
  images?: {
    imageBytes: number;
    first: Measured & { summary?: BuildSummaryData };
    cached: Measured & { summary?: BuildSummaryData };
    without: Measured & { summary?: BuildSummaryData };
  };
  /**
   * Incremental builds (issue #17): a clean build that records its pages, then builds after `edits` articles
   * were edited, several times each; `identical` compares the last incremental output with a clean build.
   */
  incremental?: {
    recording: Measured & { summary?: BuildSummaryData };
    runs: { edits: number; median: Measured & { summary?: BuildSummaryData } }[];
    identical?: { same: boolean; files: number; difference?: string };
  };
  /** Steps left out at this size ("baseline", "pagefind"), and why. */
  skipped: Record<string, string>;
}

export interface BenchReport {
  date: string;
  node: string;
  cpus: string;
  memoryBytes: number;
  seed: number;
  runs: number;
  command: string;
  /** The commit measured, and whether src/ had uncommitted changes. */
  code: string;
  results: SizeResult[];
}
