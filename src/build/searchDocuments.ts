// Maps published articles to the search index's documents.
import type { Article } from "../content/types.ts";
import { calendarDate } from "../pages/formatDate.ts";
import type { SearchDocument } from "../search/types.ts";

export function searchDocument(article: Article, bodyText: string, timeZone: string): SearchDocument {
  return {
    url: article.url,
    title: article.title,
    tags: article.tags.map((tag) => tag.name),
    description: article.description,
    body: bodyText,
    category: article.category.name,
    // The calendar date in the site's time zone, so results show the same day as the article page.
    date: calendarDate(article.date, timeZone),
    excerpt: article.description,
    lang: article.lang,
  };
}
