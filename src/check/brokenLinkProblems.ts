// Broken links as problems for authors: a line per missing target, the number of articles that link there
// and the first few (Problem.summary groups them), or one line for an article's own link. The same lines come
// from the check of the sources and from the rendered site's.
import type { Problem } from "../content/problems.ts";
import type { BrokenLink } from "./LinkChecker.ts";

export interface BrokenLinkReport {
  /** The source file of each article page ("economy/tax/index.html" → "articles/economy/tax.md"). */
  sourceOf: (page: string) => string | undefined;
  /** How a page that is not an article's is named ("dist/tags/x/index.html"). */
  pageShown: (page: string) => string;
  /** "warning" while a site is being migrated (`--links=warn`), "error" otherwise. */
  severity: Problem["severity"];
}

export function brokenLinkProblems(broken: readonly BrokenLink[], report: BrokenLinkReport): Problem[] {
  return broken.map((link) => ({
    file: report.sourceOf(link.page) ?? report.pageShown(link.page),
    message: `link ${JSON.stringify(link.href)} ${link.reason}`,
    severity: report.severity,
    summary: `link to ${link.target} ${link.reason}`,
    ...(link.alsoOn > 0 ? { alsoIn: link.alsoOn } : {}),
  }));
}
