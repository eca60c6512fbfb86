// Every internal link and fragment of a built site must land somewhere. Pages are added one by one as they
// are written (no second read of the site), and only what is needed to judge links at the end is kept:
// each distinct target once with the first pages that link to it, and each page's ids.
import { scanHtml } from "./scanHtml.ts";

export interface BrokenLink {
  /** Output file the link is on, relative to the output folder: "economy/tax/index.html". */
  page: string;
  /** The link as written. */
  href: string;
  /** Where it leads, as a site path with the path prefix ("/news/docs/start/"): the same for every page that links there. */
  target: string;
  reason: string;
  /** How many other pages have the same broken link (a page that repeats a link counts once). */
  alsoOn: number;
}

/** Pages named per broken target; the rest are counted. */
const EXAMPLES = 3;
const EXTERNAL = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;

interface Referrers {
  pages: { page: string; href: string }[];
  /** Pages that link here. */
  count: number;
  /** The page counted last: a page's links are all added at once, so a repeat comes from this page. */
  lastPage: string;
}

export interface LinkCheckerOptions {
  /** Site paths (without the prefix) served by something else on the same host, such as "/docs/": not checked. */
  elsewhere?: readonly string[];
}

export class LinkChecker {
  private readonly pathPrefix: string;
  private readonly elsewhere: readonly string[];
  private readonly targets = new Map<string, Referrers>();
  private readonly fragments = new Map<string, Referrers>();
  /** Ids of each page, "\n"-joined with a leading and trailing "\n": one string a page. */
  private readonly ids = new Map<string, string>();
  private readonly broken: BrokenLink[] = [];

  /** `pathPrefix` is where the site is served: "/" or "/news/". */
  constructor(pathPrefix: string, options: LinkCheckerOptions = {}) {
    this.pathPrefix = pathPrefix;
    // Kept without their leading "/", as resolved paths are.
    this.elsewhere = (options.elsewhere ?? []).map((prefix) => prefix.replace(/^\/+/, ""));
  }

  /**
   * Records the links and ids of an HTML page; `file` is relative to the output folder. `extraIds`: ids the
   * page has beyond `html` (an article body checked without its page around it).
   */
  addPage(file: string, html: string, extraIds: readonly string[] = []): void {
    const { links, ids } = scanHtml(html);
    for (const id of extraIds) ids.add(id);
    this.addScanned(file, links, ids);
  }

  /**
   * Records a page from what scanHtml found on it: its links in document order and its ids. The same as
   * addPage on the page's HTML; a build that kept the scan of an unchanged page does not read the page again.
   */
  addScanned(file: string, links: readonly string[], pageIds: Iterable<string>): void {
    const ids: ReadonlySet<string> = pageIds instanceof Set ? (pageIds as Set<string>) : new Set(pageIds);
    this.ids.set(file, `\n${[...ids].join("\n")}\n`);
    const pageUrl = `${this.pathPrefix}${file.endsWith("index.html") ? file.slice(0, -"index.html".length) : file}`;
    // A link written several times on this page is reported once.
    const reported = new Set<string>();
    const brokenHere = (href: string, reason: string, target = href) => {
      if (reported.has(href)) return;
      reported.add(href);
      this.broken.push({ page: file, href, target, reason, alsoOn: 0 });
    };
    for (const href of links) {
      if (href === "" || href === "#" || EXTERNAL.test(href)) continue;
      const resolved = this.resolve(href, pageUrl);
      if (typeof resolved === "string") {
        brokenHere(href, resolved);
        continue;
      }
      const { path, fragment } = resolved;
      if (path === pageUrl.slice(this.pathPrefix.length) || (path === "" && pageUrl === this.pathPrefix)) {
        if (fragment && !ids.has(fragment)) brokenHere(href, `no element on this page has the id "${fragment}"`, `${pageUrl}#${fragment}`);
        continue;
      }
      if (this.elsewhere.some((prefix) => path.startsWith(prefix))) continue;
      remember(this.targets, path, file, href);
      if (fragment) remember(this.fragments, `${path}#${fragment}`, file, href);
    }
  }

  /** The broken links, once every file of the site (relative to the output folder) is known. */
  finish(files: Iterable<string>): BrokenLink[] {
    const all = new Set(files);
    const broken = [...this.broken];
    const report = (referrers: Referrers, reason: string, target: string) =>
      referrers.pages.forEach((referrer, i) =>
        broken.push({ ...referrer, target, reason, alsoOn: i === referrers.pages.length - 1 ? referrers.count - referrers.pages.length : 0 }),
      );
    for (const [path, referrers] of this.targets) {
      if (resolveFile(path, all) === undefined) report(referrers, "points to a page or file that does not exist", this.pathPrefix + path);
    }
    for (const [key, referrers] of this.fragments) {
      const cut = key.indexOf("#");
      const target = resolveFile(key.slice(0, cut), all);
      const fragment = key.slice(cut + 1);
      // Only pages that were added can be judged (a check of article bodies alone adds no list pages).
      const ids = target === undefined ? undefined : this.ids.get(target);
      if (ids !== undefined && !ids.includes(`\n${fragment}\n`)) report(referrers, `${target} has no element with the id "${fragment}"`, this.pathPrefix + key);
    }
    return broken;
  }

  /** A link as a site path without the prefix and a fragment, or why it cannot be one. */
  private resolve(href: string, pageUrl: string): { path: string; fragment: string } | string {
    const hash = href.indexOf("#");
    const fragmentText = hash === -1 ? "" : href.slice(hash + 1);
    const beforeHash = hash === -1 ? href : href.slice(0, hash);
    let pathname: string;
    // Links the layouts write are already clean site paths; only the rest needs a URL parser.
    if (beforeHash.startsWith(this.pathPrefix) && !/[?%\\]|\/\.\.?(\/|$)/.test(beforeHash)) pathname = beforeHash;
    else {
      const url = new URL(beforeHash || pageUrl, `http://site${encodeURI(pageUrl)}`);
      try {
        pathname = decodeURIComponent(url.pathname);
      } catch {
        return "is not a valid address";
      }
    }
    if (!pathname.startsWith(this.pathPrefix)) return `points outside the site's path ${this.pathPrefix}`;
    return { path: pathname.slice(this.pathPrefix.length), fragment: safeDecode(fragmentText) };
  }
}

/**
 * Counts a page that links to `key`; the pages named are the first few in order of their paths, whatever the
 * order the pages came in (an incremental build checks the pages it keeps before those it renders).
 */
function remember(map: Map<string, Referrers>, key: string, page: string, href: string): void {
  let referrers = map.get(key);
  if (!referrers) map.set(detached(key), (referrers = { pages: [], count: 0, lastPage: "" }));
  if (referrers.lastPage === page) return;
  referrers.lastPage = page;
  referrers.count++;
  const { pages } = referrers;
  if (pages.length === EXAMPLES && page >= pages[EXAMPLES - 1]!.page) return;
  let at = pages.length;
  while (at > 0 && pages[at - 1]!.page > page) at--;
  pages.splice(at, 0, { page, href: detached(href) });
  if (pages.length > EXAMPLES) pages.pop();
}

/**
 * A copy of text cut from a page that does not keep the page alive: V8 makes a slice of a long string point
 * into it, so a kept link would hold its whole page (at 100k articles, 1.4 GB of pages on the page thread).
 */
function detached(text: string): string {
  return JSON.parse(JSON.stringify(text)) as string;
}

/** The output file a site path is served from, as a static host would find it. */
function resolveFile(path: string, files: ReadonlySet<string>): string | undefined {
  if (path === "" || path.endsWith("/")) return files.has(`${path}index.html`) ? `${path}index.html` : undefined;
  if (files.has(path)) return path;
  if (files.has(`${path}/index.html`)) return `${path}/index.html`;
  return undefined;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
