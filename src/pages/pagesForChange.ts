// The dev server re-renders only what a saved article changes: its own page, the lists it appears in and
// the home page. Everything else on disk stays from the previous build. A change that moves an article
// (new address, new file, deleted file) needs a full build.
import type { SiteModel } from "./buildSiteModel.ts";

/**
 * `next` narrowed to the pages that show the articles whose files (relative to the articles folder) are in
 * `changed`; undefined when only a full build is right.
 */
export function pagesForChange(previous: SiteModel, next: SiteModel, changed: ReadonlySet<string>): SiteModel | undefined {
  if (changed.size === 0) return undefined;
  const before = new Map(previous.articles.map((article) => [article.relativePath, article]));
  const after = new Map(next.articles.map((article) => [article.relativePath, article]));
  const categories = new Set<string>();
  const tags = new Set<string>();
  for (const file of changed) {
    const old = before.get(file);
    const now = after.get(file);
    if (!old || !now || old.url !== now.url) return undefined;
    categories.add(now.category.key);
    for (const tag of [...old.tags, ...now.tags]) tags.add(tag.key);
  }
  return {
    ...next,
    articlePages: next.articlePages.filter((page) => changed.has(page.article.relativePath)),
    categoryPages: next.categoryPages.filter((page) => categories.has(page.term.key)),
    tagPages: next.tagPages.filter((page) => tags.has(page.term.key)),
  };
}
