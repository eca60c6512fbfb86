// Checks a whole built site at once: every page is read and handed to a LinkChecker.
import { LinkChecker, type BrokenLink } from "./LinkChecker.ts";

export type { BrokenLink };

export interface SiteFiles {
  /** Every file of the output folder, relative to it, forward slashes. */
  files: readonly string[];
  read: (file: string) => string;
}

/** Finds broken links on every HTML page. `pathPrefix` is where the site is served: "/" or "/news/". */
export function checkLinks(site: SiteFiles, pathPrefix: string): BrokenLink[] {
  const checker = new LinkChecker(pathPrefix);
  for (const file of site.files) if (file.endsWith(".html")) checker.addPage(file, site.read(file));
  return checker.finish(site.files);
}
