// The lead image as front matter states it: where its file is, and the words that go with it.

/** An article's lead image. `src` is a site path without the path prefix ("/economy/img/port.jpg") or an http(s) URL. */
export interface LeadImage {
  src: string;
  alt: string | undefined;
  caption: string | undefined;
  credit: string | undefined;
}

const REMOTE = /^https?:\/\//i;
const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/** True for an image the build never touches: an http(s) URL. */
export function isRemoteImage(src: string): boolean {
  return REMOTE.test(src);
}

/**
 * `image:` as written → a site path or a remote URL, or the reason it cannot be used. Relative paths start at
 * the article's folder (`sourceDir`, relative to the articles folder) like links in the body, never above the
 * site root.
 */
export function resolveImageSource(written: string, sourceDir: string): { src: string } | { problem: string } {
  if (REMOTE.test(written)) return { src: written };
  if (written.startsWith("//") || SCHEME.test(written)) {
    return { problem: `${JSON.stringify(written)} is not an image path or an http(s) address (write a path such as img/harbour.jpg, or https://…)` };
  }
  const path = written.replace(/[?#].*$/, "");
  let decoded = path;
  try {
    decoded = decodeURI(path);
  } catch {
    // Kept as written.
  }
  const parts: string[] = [];
  for (const part of (decoded.startsWith("/") ? decoded : `${sourceDir}/${decoded}`).split("/")) {
    if (part === "" || part === ".") continue;
    if (part === "..") parts.pop();
    else parts.push(part);
  }
  if (parts.length === 0) return { problem: `${JSON.stringify(written)} names no file (write a path such as img/harbour.jpg)` };
  return { src: `/${parts.join("/")}` };
}
