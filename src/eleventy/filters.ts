// Filters the layouts use. Each is a one-liner over a function from src/ that tests reach directly.
import type UserConfig from "@11ty/eleventy/UserConfig";
import type { MarkdownIt } from "markdown-it";
import type { Article } from "../content/types.ts";
import { renderBody } from "../markdown/renderBody.ts";
import { calendarDate, readableDate } from "../pages/formatDate.ts";
import { categoryUrl, tagUrl } from "../pages/urls.ts";
import type { SiteConfig } from "../site.ts";

export function addFilters(eleventyConfig: UserConfig, site: SiteConfig, md: MarkdownIt, articleUrl: (relativePath: string) => string | undefined): void {
  const url = eleventyConfig.getFilter("url") as (path: string) => string;

  eleventyConfig.addFilter("readableDate", (date: Date, language?: string) => readableDate(date, language || site.language, site.timeZone));
  eleventyConfig.addFilter("calendarDate", (date: Date) => calendarDate(date, site.timeZone));
  eleventyConfig.addFilter("isoDate", (date: Date) => date.toISOString());
  eleventyConfig.addFilter("tagUrl", tagUrl);
  eleventyConfig.addFilter("categoryUrl", categoryUrl);
  eleventyConfig.addFilter("absoluteUrl", (path: string) => site.url + url(path));
  eleventyConfig.addFilter("renderBody", (article: Article) => {
    const sourceDir = article.relativePath.includes("/") ? article.relativePath.slice(0, article.relativePath.lastIndexOf("/")) : "";
    return renderBody(md, article.body, { sourceDir, pathPrefix: url("/"), articleUrl });
  });
}
