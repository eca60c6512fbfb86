// Work done on the build's second thread while Eleventy renders: the search index, and in production builds
// checking and writing each rendered page.
//
// Eleventy keeps every page's output in memory until the build ends (500 MB at 10k articles, several GB at
// 100k). The build command therefore runs Eleventy without writing (`dryRun`) and sets SITE_WRITES_PAGES=1:
// each page then goes to the second thread as it is rendered, and Eleventy keeps an empty string.
// The dev server writes with Eleventy as usual and does not wait for the search index.
import path from "node:path";
import type UserConfig from "@11ty/eleventy/UserConfig";
import { searchDocument } from "../build/searchDocuments.ts";
import { BuildWorker } from "../io/BuildWorker.ts";
import type { SiteConfig } from "../site.ts";
import { buildReport, timedAsync } from "./buildReport.ts";
import type { ModelOfBuild } from "./modelOfBuild.ts";
import type { Step } from "./steps.ts";

export function backgroundStep(eleventyConfig: UserConfig, model: ModelOfBuild, site: SiteConfig, pathPrefix: () => string): Step {
  const isBuild = () => process.env.ELEVENTY_RUN_MODE === "build";
  let worker: BuildWorker | undefined;
  let search: Promise<unknown> | undefined;
  let writing = false;
  let outputDir = "";

  eleventyConfig.addTransform("output", function (this: { page: { outputPath: unknown } }, content: unknown) {
    const outputPath = this.page.outputPath;
    if (!writing || !worker || typeof content !== "string" || typeof outputPath !== "string") return content;
    worker.page(path.relative(outputDir, path.resolve(outputPath)).split(path.sep).join("/"), content);
    return "";
  });

  return {
    before({ directories }) {
      worker?.stop();
      worker = new BuildWorker();
      outputDir = path.resolve(directories.output);
      let articles;
      try {
        articles = model.full().articles;
      } catch {
        search = undefined; // Content errors are reported when Eleventy reads the global data.
        return;
      }
      search = worker.searchIndex(outputDir, articles.map((article) => searchDocument(article, site.timeZone))).then(
        ({ stats, seconds }) => {
          buildReport.search = stats;
          buildReport.timings["search index (second thread)"] = seconds;
        },
        (error: unknown) => {
          if (isBuild()) throw error;
          console.warn(`Search index not updated: ${error instanceof Error ? error.message : String(error)}`);
        },
      );
      writing = process.env.SITE_WRITES_PAGES === "1";
      if (writing) worker.startOutput(outputDir, pathPrefix(), isBuild());
    },
    async after() {
      if (!isBuild() || !worker) return;
      await timedAsync("waiting for the second thread", async () => {
        await search;
        if (!writing) return;
        const { files, broken } = await worker!.finish();
        buildReport.files = files;
        buildReport.brokenLinks = broken;
      });
      worker.stop();
      worker = undefined;
    },
  };
}
