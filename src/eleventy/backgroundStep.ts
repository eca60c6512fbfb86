// Work done on other threads while Eleventy renders: the search index, and in production builds checking and
// writing each rendered page.
//
// Eleventy keeps every page's output in memory until the build ends (500 MB at 10k articles, several GB at
// 100k). The build command therefore runs Eleventy without writing (`dryRun`) and sets SITE_WRITES_PAGES=1:
// each page then goes to the page thread as it is rendered, and Eleventy keeps an empty string. The page
// thread has little to do per page, so pages do not pile up waiting; the index has a thread of its own.
// The dev server writes with Eleventy as usual and does not wait for the search index.
import path from "node:path";
import type UserConfig from "@11ty/eleventy/UserConfig";
import { searchDocument } from "../build/searchDocuments.ts";
import { PageOutputWorker } from "../io/PageOutputWorker.ts";
import { SearchIndexWorker } from "../io/SearchIndexWorker.ts";
import type { SiteConfig } from "../site.ts";
import { buildReport, timedAsync } from "./buildReport.ts";
import type { ModelOfBuild } from "./modelOfBuild.ts";
import type { Step } from "./steps.ts";

export function backgroundStep(eleventyConfig: UserConfig, model: ModelOfBuild, site: SiteConfig, pathPrefix: () => string): Step {
  const isBuild = () => process.env.ELEVENTY_RUN_MODE === "build";
  let search: { worker: SearchIndexWorker; done: Promise<void> } | undefined;
  let pages: PageOutputWorker | undefined;
  let outputDir = "";

  eleventyConfig.addTransform("output", function (this: { page: { outputPath: unknown } }, content: unknown) {
    const outputPath = this.page.outputPath;
    if (!pages || typeof content !== "string" || typeof outputPath !== "string") return content;
    const waiting = pages.page(path.relative(outputDir, path.resolve(outputPath)).split(path.sep).join("/"), content);
    return waiting ? waiting.then(() => "") : "";
  });

  return {
    before({ directories }) {
      search?.worker.stop();
      search = undefined;
      outputDir = path.resolve(directories.output);
      pages = process.env.SITE_WRITES_PAGES === "1" ? new PageOutputWorker(outputDir, pathPrefix(), isBuild()) : undefined;
      let articles;
      try {
        articles = model.full().articles;
      } catch {
        return; // Content errors are reported when Eleventy reads the global data.
      }
      const worker = new SearchIndexWorker();
      // Handled at once (an unhandled failure would end the process); a production build rethrows it later.
      let failure: unknown;
      const done = worker.build(outputDir, () => articles.map((article) => searchDocument(article, site.timeZone))).then(
        ({ stats, seconds }) => {
          buildReport.search = stats;
          buildReport.timings["search index (own thread)"] = seconds;
        },
        (error: unknown) => {
          failure = error;
          if (!isBuild()) console.warn(`Search index not updated: ${error instanceof Error ? error.message : String(error)}`);
        },
      );
      search = { worker, done: done.then(() => { if (failure) throw failure; }) };
      search.done.catch(() => undefined);
    },
    async after() {
      if (!isBuild()) return;
      await timedAsync("waiting for the other threads", async () => {
        if (search) await search.done;
        if (pages) {
          const { files, broken } = await pages.finish();
          buildReport.files = files;
          buildReport.brokenLinks = broken;
        }
      });
      search?.worker.stop();
      pages?.stop();
      search = undefined;
      pages = undefined;
    },
  };
}
