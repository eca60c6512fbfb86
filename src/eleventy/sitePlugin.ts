// The site as one Eleventy plugin: markdown library, content as global data, pages, filters and the steps
// around rendering (assets; search index, writing and checking pages on a second thread).
import type UserConfig from "@11ty/eleventy/UserConfig";
import { addArticleBodies } from "./articleBodies.ts";
import { assetsStep } from "./assetsStep.ts";
import { contentDataFor, type ContentOptions } from "./contentData.ts";
import { addFilters } from "./filters.ts";
import { addModelOfBuild } from "./modelOfBuild.ts";
import { addSharedPartials } from "./sharedPartials.ts";
import { addPages } from "./pages.ts";
import { addPublishing, publishingFor } from "./publishing.ts";
import { backgroundStep } from "./backgroundStep.ts";
import type { BuildEvent, Step } from "./steps.ts";

export default function sitePlugin(eleventyConfig: UserConfig, options: ContentOptions): void {
  const content = contentDataFor(options);
  eleventyConfig.setLibrary("md", content.md);
  eleventyConfig.setQuietMode(true);
  // Every file under the articles folder is content (the build reads them all), so the dev server must
  // watch them all, whatever .gitignore says.
  eleventyConfig.setUseGitIgnore(false);
  // Eleventy warns about filters that take a share of the build; the build summary reports timings itself.
  for (const group of ["Configuration", "Aggregate", "Data"]) eleventyConfig.benchmarkManager.get(group).setMinimumThresholdMs(0);
  eleventyConfig.addWatchTarget(`${options.articlesDir}/**/*`);

  const model = addModelOfBuild(eleventyConfig, content, options);
  let urls: Map<string, string> | undefined;
  const articleUrl = (relativePath: string) =>
    (urls ??= new Map(model.full().articles.map((article) => [article.relativePath, article.url]))).get(relativePath);

  eleventyConfig.addGlobalData("site", options.site);
  // Not "content": layouts receive the rendered page under that name.
  eleventyConfig.addGlobalData("model", () => model.pages());
  // Feeds and the sitemap wait for a full build in the dev server.
  eleventyConfig.addGlobalData("publishing", () => publishingFor(model.partial() ? undefined : model.full(), options.site));

  const helpers = addFilters(eleventyConfig, { site: options.site, md: content.md, articleUrl });
  addSharedPartials(eleventyConfig);
  addPages(eleventyConfig);
  addPublishing(eleventyConfig, { site: options.site, absolute: helpers.absolute, bodyHtml: (article) => helpers.renderBody(article).html });

  // In order: the assets must be in place before the second thread lists the output to check links.
  const bodies = addArticleBodies(eleventyConfig, helpers);
  const steps: Step[] = [
    assetsStep(options),
    backgroundStep(eleventyConfig, { model, site: options.site, pathPrefix: helpers.pathPrefix, bodies }),
  ];
  eleventyConfig.on("eleventy.before", async (event: BuildEvent) => {
    model.startBuild();
    urls = undefined;
    for (const step of steps) await step.before?.(event);
  });
  eleventyConfig.on("eleventy.after", async (event: BuildEvent) => {
    for (const step of steps) await step.after?.(event);
  });
}
