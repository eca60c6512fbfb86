// Filters the layouts use. Each is a one-liner over a function from src/ that tests reach directly.
import type UserConfig from "@11ty/eleventy/UserConfig";
import type { MarkdownIt } from "markdown-it";
import type { Article } from "../content/types.ts";
import { renderBody, type RenderedBody } from "../markdown/renderBody.ts";
import type { ArticlePage } from "../pages/buildSiteModel.ts";
import { calendarDate, readableDate } from "../pages/formatDate.ts";
import { isSitePath, prefixUrl } from "../pages/prefixUrl.ts";
import { categoryUrl, SEARCH_URL, tagUrl } from "../pages/urls.ts";
import { readingMinutes } from "../publish/readingTime.ts";
import { articleStructuredData, serializeJsonLd, siteStructuredData } from "../publish/structuredData.ts";
import { tableOfContents } from "../publish/tableOfContents.ts";
import type { SiteConfig } from "../site.ts";
import { buildReport } from "./buildReport.ts";

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
  const absolute = (sitePath: string) => site.url + url(sitePath);
  const render = (article: Article) => {
    buildReport.renderedBodies++;
    const sourceDir = article.relativePath.includes("/") ? article.relativePath.slice(0, article.relativePath.lastIndexOf("/")) : "";
    return renderBody(md, article.body, { sourceDir, pathPrefix: url("/"), articleUrl });
  };
  const minutes = (article: Article) => readingMinutes(article.body);

  eleventyConfig.addFilter("readableDate", (date: Date, language?: string) => readableDate(date, language || site.language, site.timeZone));
  eleventyConfig.addFilter("calendarDate", (date: Date) => calendarDate(date, site.timeZone));
  eleventyConfig.addFilter("isoDate", (date: Date) => date.toISOString());
  eleventyConfig.addFilter("tagUrl", tagUrl);
  eleventyConfig.addFilter("categoryUrl", categoryUrl);
  eleventyConfig.addFilter("absoluteUrl", absolute);
  eleventyConfig.addFilter("renderBody", render);
  eleventyConfig.addFilter("readingMinutes", minutes);
  eleventyConfig.addFilter("tableOfContents", (body: RenderedBody, article: Article) => tableOfContents(body.headings, minutes(article)));
  eleventyConfig.addFilter("articleStructuredData", (entry: ArticlePage) =>
    serializeJsonLd(articleStructuredData(entry.article, entry.categoryUrl, site, absolute)),
  );
  eleventyConfig.addFilter("siteStructuredData", () => serializeJsonLd(siteStructuredData(site, absolute, SEARCH_URL)));
  return { absolute, renderBody: render, pathPrefix: () => (pathPrefix ??= eleventyUrl("/")) };
}
