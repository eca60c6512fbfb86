// Maps published articles to the related-articles algorithm (src/related) and its answer back to articles.
import type { Article } from "../content/types.ts";
import { relatedArticles } from "../related/relatedArticles.ts";
import type { RelatedInput, RelatedLists } from "../related/types.ts";

export function relatedInputs(articles: readonly Article[]): RelatedInput[] {
  return articles.map((article) => ({
    key: article.url,
    category: article.category.key,
    date: article.date.getTime(),
    tags: article.tags.map((tag) => tag.key),
  }));
}

export function relatedLists(articles: readonly Article[], limit: number): RelatedLists {
  return relatedArticles(relatedInputs(articles), { limit });
}

/** For each article (same order), its related articles, best first. */
export function relatedForArticles(articles: readonly Article[], limit: number): Article[][] {
  return toArticles(articles, relatedLists(articles, limit));
}

/**
 * relatedForArticles for a dev server: when the articles' addresses, categories, dates and tags are what
 * they were last time (a saved article changed its text, not its tags), the lists are not computed again.
 */
export function rememberingRelatedForArticles(limit: number): (articles: readonly Article[]) => Article[][] {
  let last: { inputs: RelatedInput[]; lists: RelatedLists } | undefined;
  return (articles) => {
    const inputs = relatedInputs(articles);
    const lists = last && sameInputs(last.inputs, inputs) ? last.lists : relatedArticles(inputs, { limit });
    last = { inputs, lists };
    return toArticles(articles, lists);
  };
}

function sameInputs(a: readonly RelatedInput[], b: readonly RelatedInput[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x.key !== y.key || x.category !== y.category || x.date !== y.date || x.tags.length !== y.tags.length) return false;
    for (let t = 0; t < x.tags.length; t++) if (x.tags[t] !== y.tags[t]) return false;
  }
  return true;
}

function toArticles(articles: readonly Article[], lists: RelatedLists): Article[][] {
  return articles.map((_, i) => {
    const related: Article[] = [];
    for (let p = lists.start[i]!; p < lists.start[i + 1]!; p++) related.push(articles[lists.index[p]!]!);
    return related;
  });
}
