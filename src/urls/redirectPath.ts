// An article's old address (Hugo's `aliases`, Jekyll's `redirect_from`) as the site path of the page that
// sends readers on: "/old/path/", "old/path" and "/old/path" all become "/old/path/" (a folder with an
// index.html, which every static host serves with or without the last slash); "/old/path.html" stays a file.

export type CheckedPath = { ok: true; path: string } | { ok: false; message: string };

/** The redirect page's site path (without the path prefix, not percent-encoded), or why there can be none. */
export function redirectPath(alias: string): CheckedPath {
  const written = alias.trim();
  const shown = JSON.stringify(written);
  if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(written)) {
    const path = pathOf(written);
    const fix = path ? `write the path on this site alone, e.g. ${path}` : "write a path on this site, e.g. /old/path/";
    return { ok: false, message: `${shown} is a full address; an old address is a path on this site (${fix})` };
  }
  if (/[?#]/.test(written)) {
    const path = written.replace(/[?#].*$/, "");
    return {
      ok: false,
      message: `${shown} has a ${written.includes("?") ? "?query" : "#fragment"}, which a static page cannot tell apart (write the path alone${path ? `, e.g. ${path}` : ""})`,
    };
  }
  if (/[\\\u0000-\u001f\u007f<>"]/.test(written)) return { ok: false, message: `${shown} has characters an address cannot hold (write a path such as /old/path/)` };
  let decoded = written;
  try {
    decoded = decodeURI(written);
  } catch {
    // Kept as written: a lone % is a character of the path.
  }
  const segments = decoded.split("/").filter((segment) => segment !== "");
  if (segments.some((segment) => segment === "." || segment === "..")) {
    return { ok: false, message: `${shown} has . or .. in it (write the old address from the site's root, e.g. /old/path/)` };
  }
  if (segments.length === 0) return home(shown);
  const last = segments[segments.length - 1]!;
  const extension = /\.([a-z][a-z0-9]{0,4})$/i.exec(last)?.[1]?.toLowerCase();
  // /old/index.html is the file of the page /old/: one page, whichever way it is written.
  if (/^index\.html?$/i.test(last)) return segments.length === 1 ? home(shown) : { ok: true, path: `/${segments.slice(0, -1).join("/")}/` };
  if (extension === "html" || extension === "htm") return { ok: true, path: `/${segments.join("/")}` };
  if (extension !== undefined && !decoded.endsWith("/")) {
    return {
      ok: false,
      message: `${shown} ends in .${extension}, which a static host would not serve as a page (only addresses ending in / or .html can redirect; list others in your host's redirect rules)`,
    };
  }
  return { ok: true, path: `/${segments.join("/")}/` };
}

const home = (shown: string): CheckedPath => ({ ok: false, message: `${shown} is the site's home page, which cannot be an old address (remove it)` });

function pathOf(url: string): string | undefined {
  try {
    const path = new URL(url.startsWith("//") ? `https:${url}` : url).pathname;
    return path === "/" ? undefined : decodeURI(path);
  } catch {
    return undefined;
  }
}
