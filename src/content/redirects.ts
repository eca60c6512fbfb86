// Old addresses (aliases:, redirect_from:) against every address the site has: an old address may not take
// a page of the site, nor be claimed by two articles. Each problem names both files. Addresses are compared
// without case: on a file system that ignores case (macOS, Windows) /Old/ and /old/ are one folder.
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
  const page = (sitePath: string, what: string) => pages.set(sitePath.toLowerCase(), what);
  for (const article of articles) page(article.url, `the address of ${article.sourcePath}`);
  for (const term of terms.categories) page(categoryUrl(term), `the page of the section ${term.name}`);
  for (const term of terms.tags) page(tagUrl(term), `the page of the topic ${term.name}`);
  for (const term of terms.authors) page(authorUrl(term), `the page of the author ${term.name}`);
  for (const sitePath of Object.values(SITE_PATHS)) page(sitePath, `the site's own ${sitePath}`);

  const claims = new Map<string, { article: Article; from: string }[]>();
  for (const article of [...articles].sort((a, b) => (a.sourcePath < b.sourcePath ? -1 : 1))) {
    for (const from of article.aliases) {
      const error = (message: string) => problems.push({ file: article.sourcePath, field: "aliases", message, severity: "error" });
      if (from === article.url) {
        problems.push({ file: article.sourcePath, field: "aliases", message: `${from} is the article's own address (remove it)`, severity: "warning" });
        continue;
      }
      const key = from.toLowerCase();
      const taken = pages.get(key);
      if (taken) {
        error(`${from} is ${taken} (remove it from the old addresses)`);
        continue;
      }
      const segments = key.split("/").filter(Boolean);
      if (RESERVED_SEGMENTS.has(segments[0]!) || segments.includes(LIST_PAGE_SEGMENT)) {
        error(`${from} is among the site's own pages (remove it from the old addresses)`);
        continue;
      }
      const claimed = claims.get(key);
      if (claimed) claimed.push({ article, from });
      else claims.set(key, [{ article, from }]);
    }
  }
  for (const claimants of claims.values()) {
    if (claimants.length === 1) {
      usable.add(claimants[0]!.from);
      continue;
    }
    for (const { article, from } of claimants) {
      const others = [...new Set(claimants.map((claim) => claim.article.sourcePath))].filter((other) => other !== article.sourcePath);
      problems.push({
        file: article.sourcePath,
        field: "aliases",
        message: others.length
          ? `${from} is also an old address of ${others.join(", ")} (keep it in one article only)`
          : `${from} is given twice, in other spellings (keep one)`,
        severity: "error",
      });
    }
  }
  return { problems, usable };
}
