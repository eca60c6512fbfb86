// How the browser reads index files: under the site's path prefix, the manifest always revalidated, gzip
// undone. The build stores index files gzipped; a host that serves them with Content-Encoding: gzip has the
// browser undo it already, so the bytes are inflated only when they still start with gzip's magic number.

import { manifestPath } from "../search/indexPaths.ts";
import { siteUrl } from "./siteUrl.ts";

/** A fetchText for createSearchSession. Build files have the build (or their contents) in their path, so only the manifest can change. */
export function createFetchText(base: string, fetchFn: typeof fetch): (path: string) => Promise<string> {
  return async (path) => {
    const url = siteUrl(base, path);
    const response = await fetchFn(url, { cache: path === manifestPath ? "no-cache" : "default" });
    if (!response.ok) throw new Error(`search index: ${url} answered ${response.status}`);
    return decodeIndexFile(new Uint8Array(await response.arrayBuffer()));
  };
}

/** The text of an index file's bytes, inflated when they are gzip. */
export async function decodeIndexFile(bytes: Uint8Array): Promise<string> {
  if (bytes.length < 2 || bytes[0] !== 0x1f || bytes[1] !== 0x8b) return new TextDecoder().decode(bytes);
  const stream = new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream("gzip"));
  return new Response(stream).text();
}
