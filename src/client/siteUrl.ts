// Site-relative paths under the site's path prefix.

/** `path` ("/economy/tax/", "search-index/manifest.json") under `base` ("/news/", always ending in "/"). */
export function siteUrl(base: string, path: string): string {
  const prefix = base.endsWith("/") ? base : `${base}/`;
  return prefix + path.replace(/^\/+/, "");
}
