// Every page and generated file a build of this model writes, as output paths ("economy/rates/index.html"),
// known before anything is rendered: links in article bodies are checked against it from the sources
// (`npm run check`, the dev server), and the dev server removes pages that left the site. The rendered
// site's own link check stays the final guard (tests compare this list with a real build's files).
import { publishingFor } from "../publish/publishing.ts";
import type { SiteConfig } from "../site.ts";
import { SITE_PATHS } from "../urls/sitePaths.ts";
import type { SiteModel } from "./buildSiteModel.ts";

/** The output file a site path is written to: "/economy/" → "economy/index.html", "/feed.xml" → "feed.xml". */
export const outputPathOf = (sitePath: string): string => (sitePath.endsWith("/") ? `${sitePath.slice(1)}index.html` : sitePath.slice(1));

/** The pages that list articles or show one: what comes and goes as articles do. */
export function contentPages(model: SiteModel): string[] {
  return [
    ...model.articlePages.map((page) => page.article.url),
    ...model.categoryPages.map((page) => page.url),
    ...model.tagPages.map((page) => page.url),
    ...model.authorPages.map((page) => page.url),
    ...model.redirects.map((redirect) => redirect.from),
  ].map(outputPathOf);
}

/** Every page and generated file of the site, without the files copied as they are (assets, images). */
export function sitePages(model: SiteModel, site: SiteConfig): Set<string> {
  const publishing = publishingFor(model, site);
  const singles = [SITE_PATHS.home, SITE_PATHS.categories, SITE_PATHS.tags, SITE_PATHS.search, SITE_PATHS.notFound, SITE_PATHS.robots];
  return new Set([
    ...singles.map(outputPathOf),
    ...contentPages(model),
    ...publishing.feeds.flatMap((feed) => [feed.atomUrl, feed.jsonUrl]).map(outputPathOf),
    ...publishing.sitemap.files.map((file) => outputPathOf(file.url)),
    ...publishing.sitemapIndexes.map((index) => outputPathOf(index.url)),
    ...(model.authors.length > 0 ? [outputPathOf(SITE_PATHS.authors)] : []),
    ...(model.redirects.length > 0 ? [outputPathOf(SITE_PATHS.redirects)] : []),
    outputPathOf(SITE_PATHS.stylesheet),
    outputPathOf(SITE_PATHS.searchScript),
  ]);
}
