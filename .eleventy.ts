// The dev server's Eleventy configuration (`npm start`): one build of the site, made from the environment's
// settings and handed to the site plugin. The build command (src/cli/build.ts) configures Eleventy itself.
import type UserConfig from "@11ty/eleventy/UserConfig";
import { configureEleventy } from "./src/eleventy/configureEleventy.ts";
import { settingsFromEnvironment } from "./src/pipeline/buildSettings.ts";
import { SiteBuild } from "./src/pipeline/SiteBuild.ts";

export default function (eleventyConfig: UserConfig) {
  configureEleventy(eleventyConfig, new SiteBuild({ settings: settingsFromEnvironment(process.env), writesPages: false }));
}
