// Filters the layouts use. Each is a one-liner over a function from src/ that tests reach directly.
import type UserConfig from "@11ty/eleventy/UserConfig";
import type { Article, Term } from "../content/types.ts";
import { calendarDate, isoDate, readableDate } from "../dates/formatDate.ts";
import { renderBody, sourceDirOf, type RenderedBody } from "../markdown/renderBody.ts";
import type { ArticlePage } from "../model/buildSiteModel.ts";
import type { SiteBuild } from "../pipeline/SiteBuild.ts";
import { absoluteImageUrl, articleStructuredData, serializeJsonLd, siteStructuredData } from "../publish/structuredData.ts";
import { isSitePath, prefixUrl } from "../urls/prefixUrl.ts";
import { authorUrl, categoryUrl, SITE_PATHS, tagUrl } from "../urls/sitePaths.ts";
import { articleImageHtml, shareImage, type ArticleImages, type ImageUse } from "../images/articleImages.ts";
import { prefixedHref } from "../images/bodyImages.ts";
import { counted, fill, fillHtml, formatNumber, joinNames, linkedNames, type Counted } from "../i18n/uiText.ts";

export interface FilterHelpers {
  /** The path prefix Eleventy was given, normalized ("news" → "/news/"). */
  eleventyPathPrefix: () => string;
  /** Absolute URL of a site path, with the path prefix. */
  absolute: (sitePath: string) => string;
  renderBody: (article: Article) => RenderedBody;
  readingMinutes: (article: Article) => number;
  /** The lead image for sharing: og:image, JSON-LD, feeds. */
  shareImage: (article: Article) => ReturnType<typeof shareImage>;
}

interface NunjucksEnvironment {
  addFilter(name: string, filter: unknown): void;
}

export function addFilters(eleventyConfig: UserConfig, build: SiteBuild): FilterHelpers {
  const { site } = build.settings;
  const eleventyUrl = eleventyConfig.getFilter("url") as (path: string) => string;
  // Eleventy's own `url` filter tests every value by constructing a URL, which is slow for the ~100 calls of
  // a page; `href` prefixes site paths itself. Eleventy wraps every filter it is given (timing, page context
  // for `this`); these need neither, so they go to Nunjucks as they are.
  const href = (path: string) => (isSitePath(path) ? prefixUrl(path, build.run.pathPrefix) : eleventyUrl(path));
  const absolute = (sitePath: string) => site.url + href(sitePath);
  const render = (article: Article) =>
    renderBody(build.md, build.run.markdownOf(article), {
      sourceDir: sourceDirOf(article.relativePath),
      pathPrefix: build.run.pathPrefix,
      articleUrl: (relativePath) => build.run.articleUrl(relativePath),
      images: build.run.bodyImages(),
    });
  // Image variants' addresses are made from file names as written (spaces, Chinese): encoded like body links.
  const images = (): ArticleImages => {
    const imageHref = prefixedHref(build.run.pathPrefix);
    return { plan: (sitePath) => build.run.bodyImages().plan(sitePath), href: imageHref, absolute: (sitePath) => site.url + imageHref(sitePath) };
  };
  const share = (article: Article) => shareImage(article, images());
  const minutes = (article: Article) => build.run.readingMinutes(article);

  const filters: Record<string, (...args: never[]) => unknown> = {
    href,
    readableDate: (date: Date, language?: string) => readableDate(date, language || site.language, site.timeZone),
    calendarDate: (date: Date) => calendarDate(date, site.timeZone),
    isoDate,
    tagUrl,
    categoryUrl,
    authorUrl,
    absoluteUrl: absolute,
    /** A lead image or avatar: an http(s) address as it is, a site path made absolute. */
    absoluteImageUrl: (src: string) => absoluteImageUrl(src, absolute),
    readingMinutes: minutes,
    articleStructuredData: (entry: ArticlePage) =>
      serializeJsonLd(articleStructuredData(entry.article, entry.categoryUrl, site, absolute, share(entry.article)?.url)),
    /** {{ article | articleImage("card") | safe }}: the lead image's markup for that use (src/images/articleImages.ts). */
    articleImage: (article: Article, use: ImageUse, className?: string) => articleImageHtml(article, use, images(), className),
    shareImage: share,
    /** {{ t.article.updated | fill({ date: … }) }} */
    fill: (phrase: string, values: Record<string, string | number>) => fill(phrase, values),
    /** {% set time %}<time …>…</time>{% endset %}{{ t.article.updated | fillHtml({ date: time }) | safe }} */
    fillHtml: (phrase: string, markup: Record<string, unknown>) =>
      fillHtml(phrase, Object.fromEntries(Object.entries(markup).map(([key, value]) => [key, String(value)]))),
    /** {{ t.list.articleCount | counted(entry.total) }}: the phrase's plural form, the number formatted for the site's language. */
    counted: (phrase: Counted, count: number, values?: Record<string, string | number>) => counted(phrase, count, site.language, values),
    /** A value from src/site.ts inside a <style> (then `| safe`): as written, less what could end the rule or the element. */
    cssValue: (value: string) => String(value).replace(/[<>{};\\]/g, ""),
    number: (value: number) => formatNumber(value, site.language),
    /** A path or address made valid for an attribute: spaces and other characters percent-encoded, once. */
    urlPath: (value: string) => encodeURI(safeDecodeUri(String(value))),
    /** Authors' names joined as the site's language joins a list. */
    names: (names: readonly string[]) => joinNames(names, site.language),
    /** {{ article.authors | authorLinks | safe }}: each author linked to their page, joined as the site's language joins a list. */
    authorLinks: (authors: readonly Term[]) => linkedNames(authors.map((author) => ({ name: author.name, href: href(authorUrl(author)) })), site.language),
    siteStructuredData: () => serializeJsonLd(siteStructuredData(site, absolute, SITE_PATHS.search)),
  };
  eleventyConfig.amendLibrary("njk", (env: NunjucksEnvironment) => {
    for (const [name, filter] of Object.entries(filters)) env.addFilter(name, filter);
  });
  return { eleventyPathPrefix: () => eleventyUrl("/"), absolute, renderBody: render, readingMinutes: minutes, shareImage: share };
}

function safeDecodeUri(value: string): string {
  try {
    return decodeURI(value);
  } catch {
    return value;
  }
}
