// How the browser reads index files: under the site's path prefix, the manifest always revalidated.

import { manifestPath } from "../search/indexPaths.ts";
import { siteUrl } from "./siteUrl.ts";

/** A fetchText for createSearchSession. Build files have the build in their path, so only the manifest can change. */
export function createFetchText(base: string, fetchFn: typeof fetch): (path: string) => Promise<string> {
  return async (path) => {
    const url = siteUrl(base, path);
    const response = await fetchFn(url, { cache: path === manifestPath ? "no-cache" : "default" });
    if (!response.ok) throw new Error(`search index: ${url} answered ${response.status}`);
    return response.text();
  };
}
