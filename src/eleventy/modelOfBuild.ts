// The site model of the build under way, computed once per build. In the dev server, a rebuild after
// saving articles renders only the pages those articles change (src/pages/pagesForChange.ts).
import path from "node:path";
import type UserConfig from "@11ty/eleventy/UserConfig";
import { formatProblem, type Problem } from "../content/problems.ts";
import type { SiteModel } from "../pages/buildSiteModel.ts";
import { pagesForChange } from "../pages/pagesForChange.ts";
import type { ContentData } from "./contentData.ts";

export interface ModelOfBuild {
  /** Forgets the previous build's model; call when a build starts. */
  startBuild(): void;
  /** Every article and page of the site. */
  full(): SiteModel;
  /** What Eleventy renders this time: the full model, or in the dev server the part a save changed. */
  pages(): SiteModel;
  /** True while a dev-server rebuild renders only part of the site. */
  partial(): boolean;
}

export function addModelOfBuild(
  eleventyConfig: UserConfig,
  content: ContentData,
  options: { projectRoot: string; articlesDir: string },
): ModelOfBuild {
  const isDevServer = () => process.env.ELEVENTY_RUN_MODE === "serve" || process.env.ELEVENTY_RUN_MODE === "watch";
  const articlesRoot = path.resolve(options.projectRoot, options.articlesDir);
  let previous: SiteModel | undefined;
  let current: SiteModel | undefined;
  let narrowed: SiteModel | undefined;
  let changed: Set<string> | undefined;

  eleventyConfig.on("eleventy.beforeWatch", (files: string[]) => {
    const relative = files.map((file) => path.relative(articlesRoot, path.resolve(options.projectRoot, file)).split(path.sep).join("/"));
    const onlyArticles = relative.every((file) => !file.startsWith("..") && /\.(md|markdown)$/i.test(file));
    changed = onlyArticles ? new Set(relative) : undefined;
  });
  const startBuild = () => {
    previous = current ?? previous;
    current = undefined;
    narrowed = undefined;
  };
  eleventyConfig.on("eleventy.after", () => {
    changed = undefined;
  });

  // The build command reports warnings itself before Eleventy starts; the dev server prints them here.
  const printWarnings = (warnings: Problem[]) => console.warn(warnings.map((warning) => `warning: ${formatProblem(warning)}`).join("\n"));
  const full = () => (current ??= content.load(isDevServer(), isDevServer() ? printWarnings : undefined));
  const pages = () => {
    if (!isDevServer() || !changed || !previous) return full();
    return (narrowed ??= pagesForChange(previous, full(), changed) ?? full());
  };
  return { startBuild, full, pages, partial: () => pages() !== full() };
}
