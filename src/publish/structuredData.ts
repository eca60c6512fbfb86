// JSON-LD for search engines: a NewsArticle and a BreadcrumbList on article pages, a WebSite on the home page.
import type { Article } from "../content/types.ts";
import type { SiteConfig } from "../site.ts";
import { authorUrl } from "../urls/sitePaths.ts";

/** Absolute URL of a site path; the caller applies the path prefix. */
export type AbsoluteUrl = (sitePath: string) => string;

/** An image's absolute address: an http(s) address as it is, a site path on this site. */
export function absoluteImageUrl(src: string, absolute: AbsoluteUrl): string {
  return /^https?:\/\//i.test(src) ? src : absolute(src);
}

/** `imageUrl`: the lead image's absolute address (as shared), when the article has one. */
export function articleStructuredData(article: Article, categoryUrl: string, site: SiteConfig, absolute: AbsoluteUrl, imageUrl?: string): object[] {
  const url = absolute(article.url);
  return [
    {
      "@context": "https://schema.org",
      "@type": "NewsArticle",
      headline: article.title,
      description: article.description,
      ...(imageUrl ? { image: [imageUrl] } : {}),
      datePublished: article.date.toISOString(),
      dateModified: (article.updated ?? article.date).toISOString(),
      ...(article.authors.length > 0
        ? { author: article.authors.map((author) => ({ "@type": "Person", name: author.name, url: absolute(authorUrl(author)) })) }
        : {}),
      publisher: { "@type": "Organization", name: site.name, url: absolute("/") },
      mainEntityOfPage: { "@type": "WebPage", "@id": url },
      url,
      inLanguage: article.lang,
      articleSection: article.category.name,
      ...(article.tags.length + article.keywords.length > 0 ? { keywords: [...new Set([...article.tags.map((tag) => tag.name), ...article.keywords])] } : {}),
    },
    {
      "@context": "https://schema.org",
      "@type": "BreadcrumbList",
      itemListElement: [
        { "@type": "ListItem", position: 1, name: site.name, item: absolute("/") },
        { "@type": "ListItem", position: 2, name: article.category.name, item: absolute(categoryUrl) },
        { "@type": "ListItem", position: 3, name: article.title, item: url },
      ],
    },
  ];
}

export function siteStructuredData(site: SiteConfig, absolute: AbsoluteUrl, searchPath: string): object[] {
  return [
    {
      "@context": "https://schema.org",
      "@type": "WebSite",
      name: site.name,
      description: site.description,
      url: absolute("/"),
      inLanguage: site.language,
      potentialAction: {
        "@type": "SearchAction",
        target: { "@type": "EntryPoint", urlTemplate: `${absolute(searchPath)}?q={search_term_string}` },
        "query-input": "required name=search_term_string",
      },
    },
  ];
}

/** JSON safe inside <script type="application/ld+json">: no "</script>", no HTML comment openers. */
export function serializeJsonLd(data: object): string {
  return JSON.stringify(data)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}
