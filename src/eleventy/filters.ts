// Filters the layouts use. Each is a one-liner over a function from src/ that tests reach directly.
import type UserConfig from "@11ty/eleventy/UserConfig";
import type { MarkdownIt } from "markdown-it";
import type { Article } from "../content/types.ts";
import { renderBody, sourceDirOf, type RenderedBody } from "../markdown/renderBody.ts";
import type { ArticlePage } from "../pages/buildSiteModel.ts";
import { calendarDate, isoDate, readableDate } from "../pages/formatDate.ts";
import { isSitePath, prefixUrl } from "../pages/prefixUrl.ts";
import { categoryUrl, SEARCH_URL, tagUrl } from "../pages/urls.ts";
import { readingMinutes } from "../publish/readingTime.ts";
import { articleStructuredData, serializeJsonLd, siteStructuredData } from "../publish/structuredData.ts";
import type { SiteConfig } from "../site.ts";

export interface FilterContext {
  site: SiteConfig;
  md: MarkdownIt;
  /** Site address of the article whose file is at this path relative to the articles folder. */
  articleUrl: (relativePath: string) => string | undefined;
}

export interface FilterHelpers {
  absolute: (sitePath: string) => string;
  /** The build's path prefix: "/" or "/news/". */
  pathPrefix: () => string;
  renderBody: (article: Article) => RenderedBody;
  readingMinutes: (article: Article) => number;
}

export function addFilters(eleventyConfig: UserConfig, context: FilterContext): FilterHelpers {
  const { site, md, articleUrl } = context;
  const eleventyUrl = eleventyConfig.getFilter("url") as (path: string) => string;
  // The prefix is fixed for a build; Eleventy's filter normalizes it ("news" → "/news/").
  let pathPrefix: string | undefined;
  eleventyConfig.on("eleventy.before", () => {
    pathPrefix = undefined;
  });
  const url = (path: string) => (isSitePath(path) ? prefixUrl(path, (pathPrefix ??= eleventyUrl("/"))) : eleventyUrl(path));
  eleventyConfig.addFilter("url", url);
  // Layouts call these filters ~100 times a page. Eleventy wraps every filter it is given (timing, page
  // context for `this`); ours need neither, so they go to Nunjucks as they are. "href" is our "url": Eleventy
  // registers its own "url" after these and would replace it.
  const filters: Record<string, (...args: never[]) => unknown> = {};
  const addFilter = (name: string, filter: (...args: never[]) => unknown) => {
    filters[name] = filter;
  };
  eleventyConfig.amendLibrary("njk", (env: { addFilter(name: string, filter: unknown): void }) => {
    for (const [name, filter] of Object.entries(filters)) env.addFilter(name, filter);
  });
  addFilter("href", url);
  const absolute = (sitePath: string) => site.url + url(sitePath);
  const render = (article: Article) => {
    return renderBody(md, article.body, { sourceDir: sourceDirOf(article.relativePath), pathPrefix: url("/"), articleUrl });
  };
  // The byline and the table of contents both ask.
  const minutesOf = new WeakMap<Article, number>();
  const minutes = (article: Article) => {
    let value = minutesOf.get(article);
    if (value === undefined) minutesOf.set(article, (value = readingMinutes(article.body)));
    return value;
  };

  addFilter("readableDate", (date: Date, language?: string) => readableDate(date, language || site.language, site.timeZone));
  addFilter("calendarDate", (date: Date) => calendarDate(date, site.timeZone));
  addFilter("isoDate", isoDate);
  addFilter("tagUrl", tagUrl);
  addFilter("categoryUrl", categoryUrl);
  addFilter("absoluteUrl", absolute);
  addFilter("readingMinutes", minutes);
  addFilter("articleStructuredData", (entry: ArticlePage) =>
    serializeJsonLd(articleStructuredData(entry.article, entry.categoryUrl, site, absolute)),
  );
  addFilter("siteStructuredData", () => serializeJsonLd(siteStructuredData(site, absolute, SEARCH_URL)));
  return { absolute, renderBody: render, readingMinutes: minutes, pathPrefix: () => (pathPrefix ??= eleventyUrl("/")) };
}
