// Addresses and files that authors may not take, derived from the site's own (sitePaths.ts).
import { FEED_FILE, LIST_PAGE_SEGMENT, SITE_PATHS } from "./sitePaths.ts";

const firstSegment = (sitePath: string) => sitePath.split("/")[1]!;
const builtIn = Object.values(SITE_PATHS).filter((sitePath) => sitePath !== "/");

/** First path segments the site itself uses; a category may not take them. */
export const RESERVED_SEGMENTS: ReadonlySet<string> = new Set([
  ...builtIn.map(firstSegment).map((segment) => segment.replace(/\.[a-z]+$/, "")),
  LIST_PAGE_SEGMENT,
  firstSegment(`/${FEED_FILE.atom}`).replace(/\.[a-z]+$/, ""),
]);

/** Article slugs a category's own pages use (/economy/page/2/, /economy/feed.xml). */
export const RESERVED_ARTICLE_SLUGS: ReadonlySet<string> = new Set([LIST_PAGE_SEGMENT, FEED_FILE.atom.replace(/\.[a-z]+$/, "")]);

/** Files the site writes at its root; a file kept beside the articles may not replace one. */
export const SITE_FILES: ReadonlySet<string> = new Set([
  "index.html",
  ...builtIn.filter((sitePath) => !sitePath.endsWith("/") && sitePath.indexOf("/", 1) === -1).map((sitePath) => sitePath.slice(1)),
]);
