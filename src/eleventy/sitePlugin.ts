// The site as one Eleventy plugin, given the build as its options: markdown library, the model as global
// data, pages, filters, and the build's run around Eleventy's rendering. Event handlers run one after another
// (Eleventy's sequential mode), in the order they are registered here.
import type UserConfig from "@11ty/eleventy/UserConfig";
import { copySiteAssets } from "../io/copySiteAssets.ts";
import type { EleventyRunMode, SiteBuild } from "../pipeline/SiteBuild.ts";
import { SITE_PATHS } from "../urls/sitePaths.ts";
import { addArticleBodies } from "./articleBodies.ts";
import { addFilters } from "./filters.ts";
import { addPages } from "./pages.ts";
import { addPublishing } from "./publishing.ts";
import { addSharedPartials } from "./sharedPartials.ts";
import { uiTextFor } from "../i18n/uiText.ts";

interface BuildEvent {
  directories: { output: string };
  runMode: EleventyRunMode;
}

export default function sitePlugin(eleventyConfig: UserConfig, build: SiteBuild): void {
  const { settings } = build;
  eleventyConfig.setEventEmitterMode("sequential");
  eleventyConfig.setLibrary("md", build.md);
  eleventyConfig.setQuietMode(true);
  // Every file under the articles folder is content (the build reads them all), so the dev server must
  // watch them all, whatever .gitignore says.
  eleventyConfig.setUseGitIgnore(false);
  // Eleventy warns about filters that take a share of the build; the build summary reports timings itself.
  for (const group of ["Configuration", "Aggregate", "Data"]) eleventyConfig.benchmarkManager.get(group).setMinimumThresholdMs(0);
  eleventyConfig.addWatchTarget(`${settings.articlesDir}/**/*`);

  eleventyConfig.addGlobalData("site", settings.site);
  eleventyConfig.addGlobalData("paths", SITE_PATHS);
  // The interface's words in the site's language (src/i18n/).
  const text = uiTextFor(settings.site.language);
  eleventyConfig.addGlobalData("t", text);
  // Not "content": layouts receive the rendered page under that name.
  eleventyConfig.addGlobalData("model", () => build.run.pages());

  const helpers = addFilters(eleventyConfig, build);
  addSharedPartials(eleventyConfig, build);
  addPages(eleventyConfig, build);
  addPublishing(eleventyConfig, build, helpers);
  const bodies = addArticleBodies(eleventyConfig, build, helpers, text);

  eleventyConfig.addTransform("output", function (this: { page: { outputPath: unknown } }, content: unknown) {
    const outputPath = this.page.outputPath;
    return typeof content === "string" && typeof outputPath === "string" ? build.run.output(outputPath, content) : content;
  });

  eleventyConfig.on("eleventy.beforeWatch", (files: string[]) => build.filesChanged(files));
  eleventyConfig.on("eleventy.before", ({ runMode, directories }: BuildEvent) => {
    const run = build.startRun({ runMode, outputDir: directories.output, pathPrefix: helpers.eleventyPathPrefix() });
    run.startThreads(bodies);
  });
  eleventyConfig.on("eleventy.after", async ({ directories }: BuildEvent) => {
    // The assets must be in place before the page thread lists the output to check links.
    build.run.result.clientBytes = await copySiteAssets(settings, directories.output);
    await build.finishRun();
  });
}
