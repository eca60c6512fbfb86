// Maps published articles to the search index's documents. The body stays markdown here: turning it into
// plain text is the article thread's work, done beside page rendering (src/io/articleThread.ts).
import type { Article } from "../content/types.ts";
import type { MarkdownIt } from "markdown-it";
import { searchText } from "../markdown/plainText.ts";
import { calendarDate } from "../dates/formatDate.ts";
import type { SearchDocument } from "../search/types.ts";

export interface MarkdownSearchDocument extends Omit<SearchDocument, "body"> {
  markdown: string;
}

export function searchDocument(article: Article, timeZone: string): MarkdownSearchDocument {
  return {
    url: article.url,
    title: article.title,
    tags: article.tags.map((tag) => tag.name),
    description: article.description,
    markdown: article.body,
    category: article.category.name,
    // The calendar date in the site's time zone, so results show the same day as the article page.
    date: calendarDate(article.date, timeZone),
    excerpt: article.description,
    lang: article.lang,
  };
}

export function withPlainBody(document: MarkdownSearchDocument, md: MarkdownIt): SearchDocument {
  const { markdown, ...rest } = document;
  return { ...rest, body: searchText(md.parse(markdown, {})) };
}
