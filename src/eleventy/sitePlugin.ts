// The site as one Eleventy plugin: markdown library, content as global data, pages, filters, assets.
import path from "node:path";
import type UserConfig from "@11ty/eleventy/UserConfig";
import { searchDocument } from "../build/searchDocuments.ts";
import { bundleClient, CLIENT_ENTRY } from "../io/bundleClient.ts";
import { copyArticleAssets } from "../io/copyArticleAssets.ts";
import { buildSearchIndexInWorker, type SearchIndexRun } from "../io/buildSearchIndexInWorker.ts";
import type { SiteModel } from "../pages/buildSiteModel.ts";
import { LinkChecker } from "../check/LinkChecker.ts";
import { listFiles } from "../io/listFiles.ts";
import { buildReport, timed } from "./buildReport.ts";
import { contentDataFor, type ContentOptions } from "./contentData.ts";
import { addFilters } from "./filters.ts";
import { addPages } from "./pages.ts";
import { addPublishing, publishingFor } from "./publishing.ts";

export default function sitePlugin(eleventyConfig: UserConfig, options: ContentOptions): void {
  const content = contentDataFor(options);
  eleventyConfig.setLibrary("md", content.md);
  eleventyConfig.setQuietMode(true);

  // Compiled once per build (the dev server rebuilds after every save).
  let modelOfBuild: SiteModel | undefined;
  let urlsOfBuild: Map<string, string> | undefined;
  eleventyConfig.on("eleventy.before", () => {
    modelOfBuild = undefined;
    urlsOfBuild = undefined;
  });
  const isDevServer = () => process.env.ELEVENTY_RUN_MODE === "serve" || process.env.ELEVENTY_RUN_MODE === "watch";
  const model = () => (modelOfBuild ??= content.load(isDevServer()));
  const articleUrl = (relativePath: string) =>
    (urlsOfBuild ??= new Map(model().articles.map((article) => [article.relativePath, article.url]))).get(relativePath);

  eleventyConfig.addGlobalData("site", options.site);
  // Not "content": layouts receive the rendered page under that name.
  eleventyConfig.addGlobalData("model", model);
  eleventyConfig.addGlobalData("publishing", () => publishingFor(model(), options.site));

  const helpers = addFilters(eleventyConfig, { site: options.site, md: content.md, articleUrl });
  addPages(eleventyConfig);
  addPublishing(eleventyConfig, { site: options.site, absolute: helpers.absolute, bodyHtml: (article) => helpers.renderBody(article).html });

  // Production builds check every link of every page as it is written, and list what is broken at the end.
  let links: LinkChecker | undefined;
  let outputDir = "";
  eleventyConfig.on("eleventy.before", ({ directories }: { directories: { output: string } }) => {
    outputDir = directories.output;
    links = process.env.ELEVENTY_RUN_MODE === "build" ? new LinkChecker(helpers.pathPrefix()) : undefined;
  });
  eleventyConfig.addTransform("check-links", function (this: { page: { outputPath: unknown } }, content: unknown) {
    const outputPath = this.page.outputPath;
    if (links && typeof content === "string" && typeof outputPath === "string" && outputPath.endsWith(".html")) {
      links.addPage(path.relative(outputDir, outputPath).split(path.sep).join("/"), content);
    }
    return content;
  });
  // Eleventy keeps every page's output until the build ends: as UTF-8 bytes outside the JavaScript heap
  // that is half the memory of a string with one non-Latin-1 character in it.
  eleventyConfig.addTransform("utf8", (content: unknown) => (typeof content === "string" ? Buffer.from(content) : content));

  eleventyConfig.addPassthroughCopy({ "layouts/assets": "assets" });
  eleventyConfig.addWatchTarget(`${options.articlesDir}/**/*`);
  // The search index is built in a worker thread while Eleventy renders the pages.
  let searchIndex: SearchIndexRun | undefined;
  let searchStarted = 0;
  eleventyConfig.on("eleventy.before", ({ directories }: { directories: { output: string } }) => {
    searchIndex?.cancel();
    searchIndex = undefined;
    let current: SiteModel;
    try {
      current = model();
    } catch {
      return; // Content errors are reported when Eleventy reads the global data.
    }
    searchStarted = performance.now();
    const documents = current.articles.map((article) => searchDocument(article, options.site.timeZone));
    searchIndex = buildSearchIndexInWorker(directories.output, documents);
    searchIndex.done.catch(() => undefined);
  });
  eleventyConfig.on("eleventy.after", async ({ directories }: { directories: { output: string } }) => {
    const output = directories.output;
    copyArticleAssets(path.resolve(options.projectRoot, options.articlesDir), output);
    buildReport.clientBytes = await bundleClient(path.join(options.projectRoot, CLIENT_ENTRY), path.join(output, "assets", "search.js"));
    if (searchIndex) {
      buildReport.search = await searchIndex.done;
      buildReport.timings["search index (beside rendering)"] = (performance.now() - searchStarted) / 1000;
    }
    buildReport.files = listFiles(output);
    if (links) {
      const checker = links;
      buildReport.brokenLinks = timed("checking links", () => checker.finish(buildReport.files));
    }
  });
}
