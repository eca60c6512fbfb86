// The site as one Eleventy plugin: markdown library, content as global data, pages, filters, assets.
import path from "node:path";
import type UserConfig from "@11ty/eleventy/UserConfig";
import { bundleClient, CLIENT_ENTRY } from "../io/bundleClient.ts";
import { copyArticleAssets } from "../io/copyArticleAssets.ts";
import { contentDataFor, type ContentOptions } from "./contentData.ts";
import { addFilters } from "./filters.ts";
import { addPages } from "./pages.ts";

export default function sitePlugin(eleventyConfig: UserConfig, options: ContentOptions): void {
  const content = contentDataFor(options);
  const md = content.md;
  eleventyConfig.setLibrary("md", md);
  eleventyConfig.setQuietMode(true);

  const isDevServer = () => process.env.ELEVENTY_RUN_MODE === "serve" || process.env.ELEVENTY_RUN_MODE === "watch";
  eleventyConfig.addGlobalData("site", options.site);
  // Not "content": layouts receive the rendered page under that name.
  eleventyConfig.addGlobalData("model", () => content.load(isDevServer()));

  const urlsBySource = () => new Map((content.model?.articles ?? []).map((article) => [article.relativePath, article.url]));
  let urlMap: Map<string, string> | undefined;
  eleventyConfig.on("eleventy.before", () => {
    urlMap = undefined;
  });
  addFilters(eleventyConfig, options.site, md, (relativePath) => (urlMap ??= urlsBySource()).get(relativePath));
  addPages(eleventyConfig);

  eleventyConfig.addPassthroughCopy({ "layouts/assets": "assets" });
  eleventyConfig.addWatchTarget(`${options.articlesDir}/**/*`);
  eleventyConfig.on("eleventy.after", async ({ directories }: { directories: { output: string } }) => {
    copyArticleAssets(path.resolve(options.projectRoot, options.articlesDir), directories.output);
    await bundleClient(path.join(options.projectRoot, CLIENT_ENTRY), path.join(directories.output, "assets", "search.js"));
  });
}
