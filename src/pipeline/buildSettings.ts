// Where a build reads and writes, and the site's settings with the environment's overrides. Read once by
// each entry point (the build command, `npm run check`, the dev server's .eleventy.ts) and handed on as one
// object: nothing further down reads the environment.
import path from "node:path";
import { SettingError, site as siteSettings, type SiteConfig } from "../site.ts";

export interface BuildSettings {
  projectRoot: string;
  /** The articles folder: relative to the project root, or absolute. */
  articlesDir: string;
  /** Where Eleventy renders the site: absolute (the build command's staging folder, the dev server's output). */
  outputDir: string;
  site: SiteConfig;
  /** Heap limit of the article and search-index threads in MB (SITE_THREAD_MEMORY_MB), for machines with little memory. */
  threadMemoryMb: number | undefined;
  /** Where resized images are kept between builds (absolute): a rebuild encodes only new or changed images. */
  imageCacheDir: string;
  /** Where the build command records the pages it published (absolute): the next build renders only what changed. */
  buildCacheDir: string;
}

/** Eleventy's input folder: empty on purpose (see its README). */
export const ELEVENTY_INPUT = "src/eleventy/input";

/**
 * The settings an environment asks for: SITE_ARTICLES (the articles folder), SITE_OUTPUT (the output
 * folder), SITE_URL (the site's public origin, which the deploy workflow sets), SITE_LANGUAGE (the site's
 * language, e.g. for a test of another interface language), SITE_IMAGE_CACHE (the resized-image cache,
 * .cache/images by default), SITE_BUILD_CACHE (what the build command records for the next build, .cache/build
 * by default) and SITE_THREAD_MEMORY_MB. Throws a SettingError naming the variable when one
 * is not usable.
 */
export function settingsFromEnvironment(env: NodeJS.ProcessEnv, projectRoot = process.cwd()): BuildSettings {
  const url = env.SITE_URL?.trim();
  const language = env.SITE_LANGUAGE?.trim();
  let site = siteSettings;
  if (url) site = { ...site, url: url.replace(/\/+$/, "") };
  if (language) site = { ...site, language };
  const memory = env.SITE_THREAD_MEMORY_MB?.trim();
  if (memory && !(/^\d+$/.test(memory) && Number(memory) >= 16)) {
    throw new SettingError("SITE_THREAD_MEMORY_MB", `SITE_THREAD_MEMORY_MB: ${JSON.stringify(memory)} is not a number of megabytes (use a whole number of at least 16, e.g. 2048, or leave it unset)`);
  }
  return {
    projectRoot,
    articlesDir: env.SITE_ARTICLES ?? "articles",
    outputDir: path.resolve(projectRoot, env.SITE_OUTPUT ?? "dist"),
    site,
    imageCacheDir: path.resolve(projectRoot, env.SITE_IMAGE_CACHE ?? path.join(".cache", "images")),
    buildCacheDir: path.resolve(projectRoot, env.SITE_BUILD_CACHE?.trim() || path.join(".cache", "build")),
    threadMemoryMb: memory ? Number(memory) : undefined,
  };
}
