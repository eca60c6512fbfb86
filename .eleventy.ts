// Eleventy configuration: folders, and the site plugin that does the rest (src/eleventy/sitePlugin.ts).
import path from "node:path";
import type UserConfig from "@11ty/eleventy/UserConfig";
import sitePlugin from "./src/eleventy/sitePlugin.ts";
import { ELEVENTY_INPUT, siteOptions } from "./src/eleventy/siteOptions.ts";

export default function (eleventyConfig: UserConfig) {
  const options = siteOptions(process.env);
  eleventyConfig.addPlugin(sitePlugin, options);
  // Eleventy's input is an empty folder: every page is virtual and articles are read as data, so no file
  // among the articles is ever run as a template or data file. Layouts are resolved from the input folder.
  const layouts = path.relative(ELEVENTY_INPUT, "layouts");
  return {
    dir: { input: ELEVENTY_INPUT, output: options.outputDir, includes: layouts, layouts, data: "_no_data" },
    templateFormats: ["11ty.js"],
    markdownTemplateEngine: false,
    htmlTemplateEngine: false,
  };
}
