// Where every page and file of the site lives, defined once. Site-relative and without the path prefix
// (layouts add it with the href filter; they get these paths as the global data `paths`). The addresses
// that authors may not take are derived from them (reservedPaths.ts).
import type { Term } from "../content/types.ts";

/** The site's built-in addresses. */
export const SITE_PATHS = {
  home: "/",
  search: "/search/",
  searchIndex: "/search-index/",
  tags: "/tags/",
  categories: "/categories/",
  authors: "/authors/",
  assets: "/assets/",
  stylesheet: "/assets/site.css",
  searchScript: "/assets/search.js",
  atomFeed: "/feed.xml",
  jsonFeed: "/feed.json",
  sitemap: "/sitemap.xml",
  /** Sitemaps of a site with more addresses than one sitemap may hold: /sitemaps/2.xml. */
  sitemaps: "/sitemaps/",
  robots: "/robots.txt",
  /** Old addresses and where they lead, for hosts that read it (Netlify, Cloudflare Pages). */
  redirects: "/_redirects",
  notFound: "/404.html",
} as const;

export type SitePaths = typeof SITE_PATHS;

/** Last segments of a list's own pages: /economy/page/2/, /economy/feed.xml. */
export const LIST_PAGE_SEGMENT = "page";
export const FEED_FILE = { atom: "feed.xml", json: "feed.json" } as const;

export const categoryUrl = (category: Term): string => `/${category.slug}/`;
export const articleUrl = (category: Term, slug: string): string => `${categoryUrl(category)}${slug}/`;
export const tagUrl = (tag: Term): string => `${SITE_PATHS.tags}${tag.slug}/`;
export const authorUrl = (author: Term): string => `${SITE_PATHS.authors}${author.slug}/`;

/** Page n (1-based) of a paginated list whose first page is at `base`. */
export const listPageUrl = (base: string, n: number): string => (n === 1 ? base : `${base}${LIST_PAGE_SEGMENT}/${n}/`);

/** The Atom and JSON feeds of the page at `pageUrl` ("/" for the site, "/economy/" for a category). */
export const feedUrls = (pageUrl: string): { atom: string; json: string } => ({ atom: pageUrl + FEED_FILE.atom, json: pageUrl + FEED_FILE.json });
