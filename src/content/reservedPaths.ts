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
