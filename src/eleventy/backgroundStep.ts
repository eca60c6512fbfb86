// Work done on other threads while Eleventy renders: the article thread parses every body once, for the
// search index and (production builds) for the article pages; the page thread checks and writes each
// rendered page (production builds).
//
// Eleventy keeps every page's output in memory until the build ends (500 MB at 10k articles, several GB at
// 100k). The build command therefore runs Eleventy without writing (`dryRun`) and sets SITE_WRITES_PAGES=1:
// each page then goes to the page thread as it is rendered, and Eleventy keeps an empty string.
// The dev server renders bodies here (an edited article must not wait behind thousands of others), writes
// with Eleventy as usual, and updates the search index after each build without waiting for it.
import path from "node:path";
import type UserConfig from "@11ty/eleventy/UserConfig";
import { searchDocument } from "../build/searchDocuments.ts";
import { ARTICLE_THREAD, ArticleWorker } from "../io/ArticleWorker.ts";
import { PAGE_OUTPUT_THREAD, PageOutputWorker } from "../io/PageOutputWorker.ts";
import { prepareWorkers } from "../io/startWorker.ts";
import { sourceDirOf } from "../markdown/renderBody.ts";
import type { SiteConfig } from "../site.ts";
import type { ArticleBodies } from "./articleBodies.ts";
import { buildReport, timedAsync } from "./buildReport.ts";
import type { ModelOfBuild } from "./modelOfBuild.ts";
import type { Step } from "./steps.ts";

export function backgroundStep(
  eleventyConfig: UserConfig,
  context: { model: ModelOfBuild; site: SiteConfig; pathPrefix: () => string; bodies: ArticleBodies },
): Step {
  const { model, site, pathPrefix, bodies } = context;
  const isBuild = () => process.env.ELEVENTY_RUN_MODE === "build";
  let search: { worker: ArticleWorker; done: Promise<void> } | undefined;
  let pages: PageOutputWorker | undefined;
  let outputDir = "";
  // Bundled while the articles are read and Eleventy starts; a failure shows when a thread starts.
  const prepared = prepareWorkers([ARTICLE_THREAD, PAGE_OUTPUT_THREAD]).catch(() => undefined);

  eleventyConfig.addTransform("output", function (this: { page: { outputPath: unknown } }, content: unknown) {
    const outputPath = this.page.outputPath;
    if (typeof content !== "string") return content;
    const filled = bodies.fill(content);
    if (!pages || typeof outputPath !== "string") return filled;
    const file = path.relative(outputDir, path.resolve(outputPath)).split(path.sep).join("/");
    const send = (html: string) => {
      const waiting = pages!.page(file, html);
      return waiting ? waiting.then(() => "") : "";
    };
    return typeof filled === "string" ? send(filled) : filled.then(send);
  });

  /** Starts the article thread on the build's articles: search index, and bodies for production pages. */
  const startArticleThread = (renderBodies: boolean) => {
    let articles;
    try {
      articles = model.full().articles;
    } catch {
      return; // Content errors are reported when Eleventy reads the global data.
    }
    const worker = new ArticleWorker(
      (function* () {
        for (const article of articles) yield { document: searchDocument(article, site.timeZone), sourceDir: sourceDirOf(article.relativePath) };
      })(),
      renderBodies ? { pathPrefix: pathPrefix(), articleUrls: articles.map((article) => [article.relativePath, article.url]) } : null,
    );
    if (renderBodies) bodies.startBuild({ worker, articles });
    // Handled at once (an unhandled failure would end the process); a production build rethrows it later.
    let failure: unknown;
    const done = worker.searchIndex(outputDir).then(
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
  };

  return {
    async before({ directories }) {
      await prepared;
      search?.worker.stop();
      search = undefined;
      bodies.startBuild(undefined);
      outputDir = path.resolve(directories.output);
      const writesPages = process.env.SITE_WRITES_PAGES === "1";
      pages = writesPages ? new PageOutputWorker(outputDir, pathPrefix(), isBuild()) : undefined;
      // The dev server updates the index once the pages are written: a saved article shows sooner.
      if (isBuild()) startArticleThread(writesPages);
    },
    async after() {
      if (!isBuild()) {
        startArticleThread(false);
        return;
      }
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
      bodies.startBuild(undefined);
      search = undefined;
      pages = undefined;
    },
  };
}
