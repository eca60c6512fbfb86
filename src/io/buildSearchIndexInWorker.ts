// Runs src/io/searchIndexWorker.ts in a worker thread: the search index is built on the second core while
// Eleventy renders. The worker's code is bundled with esbuild (in memory, ~50 ms) because the main
// thread's TypeScript loader does not reach workers, and loading it again there cost over a second.
import { buildSync } from "esbuild";
import { Worker } from "node:worker_threads";
import { fileURLToPath } from "node:url";
import type { MarkdownSearchDocument } from "../build/searchDocuments.ts";
import type { SearchIndexStats } from "../search/types.ts";

export interface SearchIndexRun {
  done: Promise<SearchIndexStats>;
  /** Stops a run that a newer build made useless (the dev server). */
  cancel(): void;
}

let workerCode: string | undefined;

function bundledWorker(): string {
  workerCode ??= buildSync({
    entryPoints: [fileURLToPath(new URL("./searchIndexWorker.ts", import.meta.url))],
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    write: false,
    logLevel: "silent",
  }).outputFiles[0]!.text;
  return workerCode;
}

export function buildSearchIndexInWorker(output: string, documents: MarkdownSearchDocument[]): SearchIndexRun {
  const worker = new Worker(bundledWorker(), { eval: true });
  let cancelled = false;
  const done = new Promise<SearchIndexStats>((resolve, reject) => {
    worker.once("message", (result: { ok: true; stats: SearchIndexStats } | { ok: false; message: string }) => {
      void worker.terminate();
      if (result.ok) resolve(result.stats);
      else reject(new Error(`search index: ${result.message}`));
    });
    worker.once("error", reject);
    worker.once("exit", (code) => {
      if (cancelled) reject(new Error("search index: cancelled by a newer build"));
      else if (code !== 0) reject(new Error(`search index: worker stopped with exit code ${code}`));
    });
  });
  worker.postMessage({ output, documents });
  return {
    done,
    cancel() {
      cancelled = true;
      void worker.terminate();
    },
  };
}
