// A whole built site's links at once, read from its files: every page handed to a LinkChecker (the build
// does the same a page at a time, as it writes them).
import { LinkChecker, type BrokenLink, type LinkCheckerOptions } from "../../src/check/LinkChecker.ts";

export interface SiteFiles {
  /** Every file of the output folder, relative to it, forward slashes. */
  files: readonly string[];
  read: (file: string) => string;
}

export function checkLinks(site: SiteFiles, pathPrefix: string, options: LinkCheckerOptions = {}): BrokenLink[] {
  const checker = new LinkChecker(pathPrefix, options);
  for (const file of site.files) if (file.endsWith(".html")) checker.addPage(file, site.read(file));
  return checker.finish(site.files);
}
