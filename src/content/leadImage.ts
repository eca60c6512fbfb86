// The address of an article's lead image (and of an author's picture): a file beside the article, a path on
// the site, or an http(s) address. Nothing else: a `javascript:` or `data:` address would run or embed
// whatever the file says.

export type CheckedSource = { ok: true; src: string } | { ok: false; message: string };

const SCHEME = /^([a-z][a-z0-9+.-]*):/i;
const FIX = "use a path such as img/port.jpg beside the article, or an https:// address";

/** `src` as written, trimmed, when it may be an image's address; otherwise why not, with the fix. */
export function checkImageSource(raw: string): CheckedSource {
  const src = raw.trim();
  const shown = JSON.stringify(raw.length > 60 ? `${raw.slice(0, 60)}…` : raw);
  if (src.startsWith("//")) return { ok: false, message: `${shown} has no scheme (write it with https:, e.g. https:${src})` };
  const scheme = SCHEME.exec(src)?.[1]?.toLowerCase();
  if (scheme !== undefined) {
    if (scheme !== "http" && scheme !== "https") return { ok: false, message: `${shown} is not an image address (${FIX})` };
    try {
      new URL(src);
    } catch {
      return { ok: false, message: `${shown} is not a web address (${FIX})` };
    }
    return { ok: true, src };
  }
  if (src.includes("\\")) return { ok: false, message: `${shown} has a backslash (write the path with /, e.g. img/port.jpg)` };
  return { ok: true, src };
}

/**
 * A checked address as the site uses it: http(s) as it is; a site path ("/images/x.jpg") as written; a path
 * relative to `folder` (the article's folder below the articles folder, "" at the top) as the site path of
 * that file ("/economy/img/port.jpg"), like links in the body. A local path names a file: it is decoded
 * ("my%20port.jpg" → "my port.jpg") and loses any ?query or #fragment (the markup encodes it again).
 * Undefined when it climbs out of the site.
 */
export function resolveImageSource(src: string, folder: string): string | undefined {
  if (SCHEME.test(src)) return src;
  const cut = src.search(/[?#]/);
  const path = cut === -1 ? src : src.slice(0, cut);
  const parts: string[] = [];
  for (const part of `${src.startsWith("/") ? "" : folder}/${safeDecode(path)}`.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === "..") {
      if (parts.length === 0) return undefined;
      parts.pop();
    } else parts.push(part);
  }
  if (parts.length === 0) return undefined;
  return `/${parts.join("/")}`;
}

function safeDecode(path: string): string {
  try {
    return decodeURI(path);
  } catch {
    return path;
  }
}
