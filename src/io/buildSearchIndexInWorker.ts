// Runs src/io/searchIndexWorker.ts: the search index is built on the second core while Eleventy renders.
import { Worker } from "node:worker_threads";
import type { MarkdownSearchDocument } from "../build/searchDocuments.ts";
import type { SearchIndexStats } from "../search/types.ts";

export interface SearchIndexRun {
  done: Promise<SearchIndexStats>;
  /** Stops a run that a newer build made useless (the dev server). */
  cancel(): void;
}

export function buildSearchIndexInWorker(output: string, documents: MarkdownSearchDocument[]): SearchIndexRun {
  // Loader hooks of the main thread do not reach workers: the worker registers tsx itself, then loads
  // its TypeScript module.
  const entry = new URL("./searchIndexWorker.ts", import.meta.url).href;
  const bootstrap = `import("tsx/esm/api").then(({ register }) => { register(); return import(${JSON.stringify(entry)}); });`;
  const worker = new Worker(bootstrap, { eval: true });
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
