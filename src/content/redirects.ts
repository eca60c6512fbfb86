// Old addresses (aliases:, redirect_from:) against every address the site has: an old address may not take
// a page of the site, nor be claimed by two articles. Each problem names both files.
import { authorUrl, categoryUrl, LIST_PAGE_SEGMENT, SITE_PATHS, tagUrl } from "../urls/sitePaths.ts";
import { RESERVED_SEGMENTS } from "../urls/reservedPaths.ts";
import type { Problem } from "./problems.ts";
import type { Article, Term } from "./types.ts";

/** A page at an old address that sends readers to the article. */
export interface Redirect {
  /** Site path without the path prefix: "/old/path/" or "/old/page.html". */
  from: string;
  article: Article;
}

export interface RedirectCheck {
  problems: Problem[];
  /** Old addresses that are free and claimed by one article only. */
  usable: Set<string>;
}

export function redirectProblems(
  articles: readonly Article[],
  terms: { categories: Iterable<Term>; tags: Iterable<Term>; authors: Iterable<Term> },
): RedirectCheck {
  const problems: Problem[] = [];
  const usable = new Set<string>();
  if (!articles.some((article) => article.aliases.length > 0)) return { problems, usable };

  // Every page the site makes, and what it is, in words for the message.
  const pages = new Map<string, string>();
  for (const article of articles) pages.set(article.url, `the address of ${article.sourcePath}`);
  for (const term of terms.categories) pages.set(categoryUrl(term), `the page of the section ${term.name}`);
  for (const term of terms.tags) pages.set(tagUrl(term), `the page of the topic ${term.name}`);
  for (const term of terms.authors) pages.set(authorUrl(term), `the page of the author ${term.name}`);
  for (const sitePath of Object.values(SITE_PATHS)) pages.set(sitePath, `the site's own ${sitePath}`);

  const claims = new Map<string, Article[]>();
  for (const article of [...articles].sort((a, b) => (a.sourcePath < b.sourcePath ? -1 : 1))) {
    for (const from of article.aliases) {
      const error = (message: string) => problems.push({ file: article.sourcePath, field: "aliases", message, severity: "error" });
      if (from === article.url) {
        problems.push({ file: article.sourcePath, field: "aliases", message: `${from} is the article's own address (remove it)`, severity: "warning" });
        continue;
      }
      const page = pages.get(from);
      if (page) {
        error(`${from} is ${page} (remove it from the old addresses)`);
        continue;
      }
      const segments = from.split("/").filter(Boolean);
      if (RESERVED_SEGMENTS.has(segments[0]!) || segments.includes(LIST_PAGE_SEGMENT)) {
        error(`${from} is among the site's own pages (remove it from the old addresses)`);
        continue;
      }
      const claimed = claims.get(from);
      if (claimed) claimed.push(article);
      else claims.set(from, [article]);
    }
  }
  for (const [from, claimants] of claims) {
    if (claimants.length === 1) {
      usable.add(from);
      continue;
    }
    const files = claimants.map((article) => article.sourcePath);
    for (const file of files) {
      const others = files.filter((other) => other !== file);
      problems.push({
        file,
        field: "aliases",
        message: `${from} is also an old address of ${others.join(", ")} (keep it in one article only)`,
        severity: "error",
      });
    }
  }
  return { problems, usable };
}
