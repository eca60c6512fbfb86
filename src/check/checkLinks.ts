// Every internal link and fragment of a built site must land somewhere. Pure: the caller lists the files
// and reads the pages; one pass over the pages, with only cross-page fragment links kept for the end.
import { Parser } from "htmlparser2";

export interface BrokenLink {
  /** Output file the link is on, relative to the output folder: "economy/tax/index.html". */
  page: string;
  /** The link as written. */
  href: string;
  reason: string;
}

export interface SiteFiles {
  /** Every file of the output folder, relative to it, forward slashes. */
  files: readonly string[];
  read: (file: string) => string;
}

const LINK_ATTRIBUTES: Record<string, readonly string[]> = {
  a: ["href"],
  area: ["href"],
  link: ["href"],
  img: ["src"],
  script: ["src"],
  source: ["src"],
  video: ["src", "poster"],
  audio: ["src"],
  iframe: ["src"],
  form: ["action"],
};
const EXTERNAL = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;

/** Finds broken links on every HTML page. `pathPrefix` is where the site is served: "/" or "/news/". */
export function checkLinks(site: SiteFiles, pathPrefix: string): BrokenLink[] {
  const files = new Set(site.files);
  const ids = new Map<string, Set<string>>();
  const deferred: { page: string; href: string; target: string; fragment: string }[] = [];
  const broken: BrokenLink[] = [];

  for (const page of site.files) {
    if (!page.endsWith(".html")) continue;
    const pageUrl = `${pathPrefix}${page.endsWith("index.html") ? page.slice(0, -"index.html".length) : page}`;
    const { links, ids: pageIds } = scanPage(site.read(page));
    ids.set(page, pageIds);
    for (const href of links) {
      if (href === "" || href === "#" || EXTERNAL.test(href)) continue;
      const url = new URL(href, `http://site${encodeURI(pageUrl)}`);
      let path: string;
      try {
        path = decodeURIComponent(url.pathname);
      } catch {
        broken.push({ page, href, reason: "is not a valid address" });
        continue;
      }
      if (!path.startsWith(pathPrefix)) {
        broken.push({ page, href, reason: `points outside the site's path ${pathPrefix}` });
        continue;
      }
      const target = resolveFile(path.slice(pathPrefix.length), files);
      if (target === undefined) {
        broken.push({ page, href, reason: "points to a page or file that does not exist" });
        continue;
      }
      const fragment = url.hash.length > 1 ? safeDecode(url.hash.slice(1)) : "";
      if (!fragment || !target.endsWith(".html")) continue;
      if (target === page) {
        if (!pageIds.has(fragment)) broken.push({ page, href, reason: `no element on this page has the id "${fragment}"` });
      } else deferred.push({ page, href, target, fragment });
    }
  }
  for (const link of deferred) {
    if (!ids.get(link.target)?.has(link.fragment)) {
      broken.push({ page: link.page, href: link.href, reason: `${link.target} has no element with the id "${link.fragment}"` });
    }
  }
  return broken;
}

/** The output file a site path is served from, as a static host would find it. */
function resolveFile(path: string, files: ReadonlySet<string>): string | undefined {
  if (path === "" || path.endsWith("/")) return files.has(`${path}index.html`) ? `${path}index.html` : undefined;
  if (files.has(path)) return path;
  if (files.has(`${path}/index.html`)) return `${path}/index.html`;
  return undefined;
}

function scanPage(html: string): { links: string[]; ids: Set<string> } {
  const links: string[] = [];
  const ids = new Set<string>();
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (attributes.id !== undefined) ids.add(attributes.id);
        if (name === "a" && attributes.name !== undefined) ids.add(attributes.name);
        for (const attribute of LINK_ATTRIBUTES[name] ?? []) {
          const value = attributes[attribute];
          if (value !== undefined) links.push(value.trim());
        }
      },
    },
    { decodeEntities: true, lowerCaseAttributeNames: true },
  );
  parser.end(html);
  return { links, ids };
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
