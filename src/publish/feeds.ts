// Atom and JSON feeds: one for the whole site and one per category, each with the latest articles.
import type { Article } from "../content/types.ts";
import type { SiteModel } from "../model/buildSiteModel.ts";
import { categoryUrl, feedUrls, SITE_PATHS } from "../urls/sitePaths.ts";
import type { SiteConfig } from "../site.ts";
import type { AbsoluteUrl } from "./structuredData.ts";

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
}

export function feedsFor(model: SiteModel, site: SiteConfig): Feed[] {
  const size = site.feed.limit;
  const feed = (title: string, description: string, pageUrl: string, articles: Article[]): Feed => ({
    title,
    description,
    pageUrl,
    atomUrl: feedUrls(pageUrl).atom,
    jsonUrl: feedUrls(pageUrl).json,
    articles: articles.slice(0, size),
    updated: new Date(articles.slice(0, size).reduce((newest, a) => Math.max(newest, (a.updated ?? a.date).getTime()), 0)),
  });
  return [
    feed(site.name, site.description, SITE_PATHS.home, model.articles),
    ...model.groups.categories.map((group) =>
      feed(`${group.term.name} · ${site.name}`, `Latest from ${group.term.name} at ${site.name}.`, categoryUrl(group.term), group.articles),
    ),
  ];
}

/**
 * A JSON Feed 1.1 document (https://jsonfeed.org/version/1.1). `contentHtml` gives an article's body with
 * absolute URLs, `imageUrl` its lead image's absolute address.
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
      content_html: contentHtml.get(article) ?? "",
      ...(imageUrl(article) ? { image: imageUrl(article) } : {}),
      date_published: article.date.toISOString(),
      ...(article.updated ? { date_modified: article.updated.toISOString() } : {}),
      ...(article.author ? { authors: [{ name: article.author }] } : {}),
      tags: article.tags.map((tag) => tag.name),
      language: article.lang,
    })),
  };
}
