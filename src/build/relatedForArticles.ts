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
  const lists = relatedLists(articles, limit);
  return articles.map((_, i) => {
    const related: Article[] = [];
    for (let p = lists.start[i]!; p < lists.start[i + 1]!; p++) related.push(articles[lists.index[p]!]!);
    return related;
  });
}
