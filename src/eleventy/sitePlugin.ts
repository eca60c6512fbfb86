// The site as one Eleventy plugin: markdown library, content as global data, pages, filters, assets.
import fs from "node:fs";
import path from "node:path";
import type UserConfig from "@11ty/eleventy/UserConfig";
import { searchDocument } from "../build/searchDocuments.ts";
import { bundleClient, CLIENT_ENTRY } from "../io/bundleClient.ts";
import { copyArticleAssets } from "../io/copyArticleAssets.ts";
import { writeFiles } from "../io/writeFiles.ts";
import type { SiteModel } from "../pages/buildSiteModel.ts";
import { buildSearchIndex } from "../search/buildSearchIndex.ts";
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

  const helpers = addFilters(eleventyConfig, { site: options.site, md: content.md, articleUrl, bodyText: (article) => content.compiler.bodyText(article) });
  addPages(eleventyConfig);
  addPublishing(eleventyConfig, { site: options.site, absolute: helpers.absolute, bodyHtml: (article) => helpers.renderBody(article).html });

  eleventyConfig.addPassthroughCopy({ "layouts/assets": "assets" });
  eleventyConfig.addWatchTarget(`${options.articlesDir}/**/*`);
  eleventyConfig.on("eleventy.after", async ({ directories }: { directories: { output: string } }) => {
    const output = directories.output;
    copyArticleAssets(path.resolve(options.projectRoot, options.articlesDir), output);
    buildReport.clientBytes = await bundleClient(path.join(options.projectRoot, CLIENT_ENTRY), path.join(output, "assets", "search.js"));
    timed("search index", () => {
      const documents = model().articles.map((article) => searchDocument(article, content.compiler.bodyText(article).text, options.site.timeZone));
      const index = buildSearchIndex(documents);
      writeFiles(output, index.files);
      removeOtherSearchBuilds(output, index.files);
      buildReport.search = index.stats;
    });
  });
}

/** The dev server rebuilds into the same folder: drop index files of earlier builds. */
function removeOtherSearchBuilds(output: string, files: readonly { path: string }[]): void {
  const current = new Set(files.map((file) => file.path.split("/")[1]));
  const folder = path.join(output, "search-index");
  for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
    if (entry.isDirectory() && !current.has(entry.name)) fs.rmSync(path.join(folder, entry.name), { recursive: true, force: true });
  }
}
