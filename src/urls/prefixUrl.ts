// Site paths under the path prefix. Eleventy's own `url` filter does the same, but tests every value by
// constructing a URL that throws for site paths, which is slow for the many links of every page.

/** "/economy/x/" under "/news/" → "/news/economy/x/". Only for site paths: they start with a single "/". */
export function prefixUrl(sitePath: string, pathPrefix: string): string {
  return pathPrefix === "/" ? sitePath : pathPrefix + sitePath.slice(1);
}

export function isSitePath(value: unknown): value is string {
  if (typeof value !== "string" || value.charCodeAt(0) !== 47 /* "/" */ || value.charCodeAt(1) === 47) return false;
  // "/." is rare in a site path, and only then is the path tested for "." and ".." segments.
  return !value.includes("/.") || !/(^|\/)\.\.?(\/|$)/.test(value);
}
