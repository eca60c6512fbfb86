// sitemap.xml: every published page with its last modification. The protocol allows 50,000 addresses per
// file, so bigger sites get an index of several sitemaps.
import type { SiteModel } from "../model/buildSiteModel.ts";
import { SITE_PATHS } from "../urls/sitePaths.ts";

export interface SitemapEntry {
  /** Site path without the path prefix. */
  url: string;
  lastModified: Date;
}

export interface SitemapFile {
  /** Output path: "/sitemap.xml", or "/sitemaps/2.xml" when the site needs an index. */
  url: string;
  entries: SitemapEntry[];
}

export interface Sitemap {
  /** Present when the site has more addresses than one file may hold; it is then /sitemap.xml. */
  index: { url: string; files: { url: string; lastModified: Date }[] } | undefined;
  files: SitemapFile[];
}

export const SITEMAP_LIMIT = 50_000;

export function sitemapEntries(model: SiteModel): SitemapEntry[] {
  const modified = (articles: readonly { date: Date; updated: Date | undefined }[]) => {
    let newest = 0;
    for (const article of articles) newest = Math.max(newest, (article.updated ?? article.date).getTime());
    return new Date(newest);
  };
  const newest = modified(model.articles);
  return [
    { url: SITE_PATHS.home, lastModified: newest },
    { url: SITE_PATHS.categories, lastModified: newest },
    { url: SITE_PATHS.tags, lastModified: newest },
    ...(model.authors.length > 0 ? [{ url: SITE_PATHS.authors, lastModified: newest }] : []),
    ...model.categoryPages.map((page) => ({ url: page.url, lastModified: modified(page.items) })),
    ...model.tagPages.map((page) => ({ url: page.url, lastModified: modified(page.items) })),
    ...model.authorPages.map((page) => ({ url: page.url, lastModified: modified(page.items) })),
    ...model.articles.map((article) => ({ url: article.url, lastModified: article.updated ?? article.date })),
  ];
}

export function buildSitemap(entries: readonly SitemapEntry[], limit = SITEMAP_LIMIT): Sitemap {
  if (entries.length <= limit) return { index: undefined, files: [{ url: SITE_PATHS.sitemap, entries: [...entries] }] };
  const files: SitemapFile[] = [];
  for (let start = 0; start < entries.length; start += limit) {
    files.push({ url: `${SITE_PATHS.sitemaps}${files.length + 1}.xml`, entries: entries.slice(start, start + limit) });
  }
  return {
    index: {
      url: SITE_PATHS.sitemap,
      files: files.map((file) => ({
        url: file.url,
        lastModified: new Date(file.entries.reduce((newest, entry) => Math.max(newest, entry.lastModified.getTime()), 0)),
      })),
    },
    files,
  };
}
