// Maps articles to the related-articles algorithm's input and its answer back to articles.
import type { Article } from "../content/types.ts";

export function relatedForArticles(articles: readonly Article[], limit: number): Article[][] {
  // Temporary until src/related lands: same category, closest in date.
  return articles.map((article) =>
    articles
      .filter((other) => other !== article && other.category.key === article.category.key)
      .sort((a, b) => Math.abs(a.date.getTime() - article.date.getTime()) - Math.abs(b.date.getTime() - article.date.getTime()))
      .slice(0, limit),
  );
}
