// The dev server re-renders only what a saved article changes: its own page, the pages whose related links
// show it or changed, the list pages it appears on (every page of its lists when its date, category, tags or
// authors changed, since its place in them moves), its redirect pages and the home page. Everything else on
// disk stays from the previous build. A change that moves an article (new address, new file, deleted file,
// other old addresses) needs a full build.
import type { Article } from "../content/types.ts";
import type { ArticlePage, ListPage, SiteModel } from "./buildSiteModel.ts";

/**
 * `next` narrowed to the pages that show the articles whose files (relative to the articles folder) are in
 * `changed`; undefined when only a full build is right.
 */
export function pagesForChange(previous: SiteModel, next: SiteModel, changed: ReadonlySet<string>): SiteModel | undefined {
  if (changed.size === 0) return undefined;
  const before = new Map(previous.articles.map((article) => [article.relativePath, article]));
  const after = new Map(next.articles.map((article) => [article.relativePath, article]));
  // Lists whose every page is rendered (the article's place in them may have changed), and articles that
  // kept their place in every list (same date, category and tags): only the pages showing them change.
  const categories = new Set<string>();
  const tags = new Set<string>();
  const authors = new Set<string>();
  const inPlace = new Set<string>();
  for (const file of changed) {
    const old = before.get(file);
    const now = after.get(file);
    if (!old || !now || old.url !== now.url || !sameList(old.aliases, now.aliases)) return undefined;
    if (keepsItsPlace(old, now)) {
      inPlace.add(file);
      continue;
    }
    categories.add(now.category.key);
    for (const tag of [...old.tags, ...now.tags]) tags.add(tag.key);
    for (const author of [...old.authors, ...now.authors]) authors.add(author.key);
  }
  const shows = (page: ListPage) => page.items.some((article) => inPlace.has(article.relativePath));
  // Article pages: the saved ones, and those whose related links changed or show a saved article.
  const relatedBefore = new Map(previous.articlePages.map((page) => [page.article.relativePath, page.related]));
  const relatedChanged = (page: ArticlePage) => {
    const old = relatedBefore.get(page.article.relativePath);
    return !old || old.length !== page.related.length || page.related.some((article, i) => article.relativePath !== old[i]!.relativePath);
  };
  return {
    ...next,
    articlePages: next.articlePages.filter(
      (page) => changed.has(page.article.relativePath) || page.related.some((article) => changed.has(article.relativePath)) || relatedChanged(page),
    ),
    categoryPages: next.categoryPages.filter((page) => categories.has(page.term.key) || shows(page)),
    tagPages: next.tagPages.filter((page) => tags.has(page.term.key) || shows(page)),
    authorPages: next.authorPages.filter((page) => authors.has(page.term.key) || shows(page)),
    redirects: next.redirects.filter((redirect) => changed.has(redirect.article.relativePath)),
  };
}

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((item, i) => item === b[i]);

function keepsItsPlace(old: Article, now: Article): boolean {
  return (
    old.date.getTime() === now.date.getTime() &&
    old.category.key === now.category.key &&
    sameList(
      old.tags.map((tag) => tag.key),
      now.tags.map((tag) => tag.key),
    ) &&
    sameList(
      old.authors.map((author) => author.key),
      now.authors.map((author) => author.key),
    )
  );
}
