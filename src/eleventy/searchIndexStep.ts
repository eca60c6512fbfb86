// The search index is built in a worker thread while Eleventy renders the pages. A production build waits
// for it; the dev server lets the page reload first.
import { searchDocument } from "../build/searchDocuments.ts";
import { buildSearchIndexInWorker, type SearchIndexRun } from "../io/buildSearchIndexInWorker.ts";
import type { SiteConfig } from "../site.ts";
import { buildReport } from "./buildReport.ts";
import type { ModelOfBuild } from "./modelOfBuild.ts";
import type { Step } from "./steps.ts";

export function searchIndexStep(model: ModelOfBuild, site: SiteConfig): Step {
  let run: SearchIndexRun | undefined;
  let started = 0;
  return {
    before({ directories }) {
      run?.cancel();
      run = undefined;
      let articles;
      try {
        articles = model.full().articles;
      } catch {
        return; // Content errors are reported when Eleventy reads the global data.
      }
      started = performance.now();
      run = buildSearchIndexInWorker(
        directories.output,
        articles.map((article) => searchDocument(article, site.timeZone)),
      );
      run.done.catch((error: unknown) => {
        if (process.env.ELEVENTY_RUN_MODE !== "build") console.warn(`Search index not updated: ${error instanceof Error ? error.message : String(error)}`);
      });
    },
    async after() {
      if (!run || process.env.ELEVENTY_RUN_MODE !== "build") return;
      buildReport.search = await run.done;
      buildReport.timings["search index (beside rendering)"] = (performance.now() - started) / 1000;
    },
  };
}
