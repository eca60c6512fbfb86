// Eleventy configuration: folders, and the site plugin that does the rest (src/eleventy/sitePlugin.ts).
import path from "node:path";
import type UserConfig from "@11ty/eleventy/UserConfig";
import sitePlugin from "./src/eleventy/sitePlugin.ts";
import { siteOptions } from "./src/eleventy/siteOptions.ts";

export default function (eleventyConfig: UserConfig) {
  const options = siteOptions(process.env);
  eleventyConfig.addPlugin(sitePlugin, options);
  // Layouts live beside the articles folder, and Eleventy resolves them from the input folder.
  const layouts = path.relative(options.articlesDir, "layouts");
  return {
    dir: { input: options.articlesDir, output: options.outputDir, includes: layouts, layouts },
    templateFormats: ["11ty.js"],
    markdownTemplateEngine: false,
    htmlTemplateEngine: false,
  };
}
