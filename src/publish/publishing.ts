// Feeds and sitemap of the whole site, for the layouts that print them.
import type { SiteModel } from "../model/buildSiteModel.ts";
import type { SiteConfig } from "../site.ts";
import { feedsFor, type Feed } from "./feeds.ts";
import { buildSitemap, sitemapEntries } from "./sitemap.ts";

export interface Publishing {
  feeds: Feed[];
  sitemap: ReturnType<typeof buildSitemap>;
  sitemapIndexes: NonNullable<ReturnType<typeof buildSitemap>["index"]>[];
}

/** Feeds and sitemap of the whole site; none while the dev server renders only part of it. */
export function publishingFor(model: SiteModel | undefined, site: SiteConfig): Publishing {
  if (!model) return { feeds: [], sitemap: { index: undefined, files: [] }, sitemapIndexes: [] };
  const sitemap = buildSitemap(sitemapEntries(model));
  return { feeds: feedsFor(model, site), sitemap, sitemapIndexes: sitemap.index ? [sitemap.index] : [] };
}

