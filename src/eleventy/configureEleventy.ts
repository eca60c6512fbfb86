// Eleventy's configuration for a build: its folders and the site plugin, which gets the build as its options.
// The build command passes this to Eleventy directly; the dev server's .eleventy.ts calls it.
import path from "node:path";
import type UserConfig from "@11ty/eleventy/UserConfig";
import { ELEVENTY_INPUT } from "../pipeline/buildSettings.ts";
import type { SiteBuild } from "../pipeline/SiteBuild.ts";
import sitePlugin from "./sitePlugin.ts";

export function configureEleventy(eleventyConfig: UserConfig, build: SiteBuild): void {
  const { projectRoot, outputDir } = build.settings;
  // Eleventy's input is an empty folder: every page is virtual and articles are read as data, so no file
  // among the articles is ever run as a template or data file. Layouts are resolved from the input folder.
  const layouts = path.relative(path.join(projectRoot, ELEVENTY_INPUT), path.join(projectRoot, "layouts"));
  eleventyConfig.setInputDirectory(ELEVENTY_INPUT);
  eleventyConfig.setOutputDirectory(outputDir);
  eleventyConfig.setIncludesDirectory(layouts);
  eleventyConfig.setLayoutsDirectory(layouts);
  eleventyConfig.setDataDirectory("_no_data");
  eleventyConfig.setTemplateFormats(["11ty.js"]);
  eleventyConfig.addPlugin(sitePlugin, build);
}
