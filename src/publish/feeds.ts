// Atom and JSON feeds: one for the whole site, one per category and one per author, each with the latest articles.
import type { Article } from "../content/types.ts";
import type { SiteModel } from "../model/buildSiteModel.ts";
import { authorUrl, categoryUrl, feedUrls, SITE_PATHS } from "../urls/sitePaths.ts";
import type { SiteConfig } from "../site.ts";
import { absoluteImageUrl, type AbsoluteUrl } from "./structuredData.ts";

export interface Feed {
  title: string;
  description: string;
  /** The HTML page the feed follows: "/" or "/economy/". */
  pageUrl: string;
  atomUrl: string;
  jsonUrl: string;
  /** Newest first. */
  articles: Article[];
  /** Newest modification among the feed's articles. */
  updated: Date;
  /**
   * Whole articles, or their summaries only. Author feeds carry summaries: a site has many more authors than
   * categories, and every whole article in a feed is one more body rendered while the site builds.
   */
  fullText: boolean;
}

export function feedsFor(model: SiteModel, site: SiteConfig): Feed[] {
  const size = site.feed.limit;
  const feed = (title: string, description: string, pageUrl: string, articles: Article[], fullText = true): Feed => ({
    title,
    description,
    pageUrl,
    atomUrl: feedUrls(pageUrl).atom,
    jsonUrl: feedUrls(pageUrl).json,
    articles: articles.slice(0, size),
    updated: new Date(articles.slice(0, size).reduce((newest, a) => Math.max(newest, (a.updated ?? a.date).getTime()), 0)),
    fullText,
  });
  return [
    feed(site.name, site.description, SITE_PATHS.home, model.articles),
    ...model.groups.categories.map((group) =>
      feed(`${group.term.name} · ${site.name}`, `Latest from ${group.term.name} at ${site.name}.`, categoryUrl(group.term), group.articles),
    ),
    ...model.groups.authors.map((group) =>
      feed(`${group.term.name} · ${site.name}`, `Latest by ${group.term.name} at ${site.name}.`, authorUrl(group.term), group.articles, false),
    ),
  ];
}

/**
 * A JSON Feed 1.1 document (https://jsonfeed.org/version/1.1). `contentHtml` gives an article's body with
 * absolute URLs, `imageUrl` its lead image's absolute address; a summaries-only feed has the summary as its text.
 */
export function jsonFeed(
  feed: Feed,
  site: SiteConfig,
  absolute: AbsoluteUrl,
  contentHtml: ReadonlyMap<Article, string>,
  imageUrl: (article: Article) => string | undefined = () => undefined,
): object {
  return {
    version: "https://jsonfeed.org/version/1.1",
    title: feed.title,
    description: feed.description,
    home_page_url: absolute(feed.pageUrl),
    feed_url: absolute(feed.jsonUrl),
    language: site.language,
    items: feed.articles.map((article) => ({
      id: absolute(article.url),
      url: absolute(article.url),
      title: article.title,
      summary: article.description,
      ...(feed.fullText ? { content_html: contentHtml.get(article) ?? "" } : { content_text: article.description }),
      ...(imageUrl(article) ? { image: imageUrl(article) } : {}),
      date_published: article.date.toISOString(),
      ...(article.updated ? { date_modified: article.updated.toISOString() } : {}),
      ...(article.authors.length > 0 ? { authors: article.authors.map((author) => ({ name: author.name, url: absolute(authorUrl(author)) })) } : {}),
      tags: article.tags.map((tag) => tag.name),
      language: article.lang,
    })),
  };
}
