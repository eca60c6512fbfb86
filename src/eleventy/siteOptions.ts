// The site's wiring, shared by .eleventy.ts and the build command so both compile the same content.
import { rememberingRelatedForArticles } from "../build/relatedForArticles.ts";
import { site } from "../site.ts";
import { timed } from "./buildReport.ts";
import type { ContentOptions } from "./contentData.ts";
import { siteFromEnvironment } from "./siteFromEnvironment.ts";

/** Eleventy's input folder: empty on purpose (see its README). */
export const ELEVENTY_INPUT = "src/eleventy/input";

export interface SiteOptions extends ContentOptions {
  outputDir: string;
}

/** Tests point SITE_ARTICLES at fixture sites and SITE_OUTPUT at temporary folders. */
export function siteOptions(env: NodeJS.ProcessEnv = process.env, projectRoot = process.cwd()): SiteOptions {
  const resolved = siteFromEnvironment(site, env);
  const related = rememberingRelatedForArticles(resolved.related.limit);
  return {
    projectRoot,
    articlesDir: env.SITE_ARTICLES ?? "articles",
    outputDir: env.SITE_OUTPUT ?? "dist",
    site: resolved,
    related: (articles) => timed("related", () => related(articles)),
  };
}
