// First path segments the site itself uses; a category may not take them.
export const RESERVED_SEGMENTS = new Set([
  "tags",
  "categories",
  "search",
  "search-index",
  "assets",
  "page",
  "feed",
  "404",
]);

/** Article slugs a category's own pages use. */
export const RESERVED_ARTICLE_SLUGS = new Set(["page", "feed"]);

/** Files the site writes at its root; a file kept beside the articles may not replace one. */
export const SITE_FILES = new Set(["index.html", "404.html", "robots.txt", "feed.xml", "feed.json", "sitemap.xml"]);
