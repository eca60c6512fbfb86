// Feeds, sitemap and robots.txt as Eleventy virtual templates, fed from the site model.
import type UserConfig from "@11ty/eleventy/UserConfig";
import { convertHtmlToAbsoluteUrls, dateToRfc3339 } from "@11ty/eleventy-plugin-rss";
import type { Article } from "../content/types.ts";
import type { SiteModel } from "../pages/buildSiteModel.ts";
import { feedsFor, jsonFeed, type Feed } from "../publish/feeds.ts";
import { buildSitemap, sitemapEntries } from "../publish/sitemap.ts";
import type { SiteConfig } from "../site.ts";

export interface Publishing {
  feeds: Feed[];
  sitemap: ReturnType<typeof buildSitemap>;
  sitemapIndexes: NonNullable<ReturnType<typeof buildSitemap>["index"]>[];
}

/** Feeds and sitemap of the whole site; none while the dev server renders only part of it. */
export function publishingFor(model: SiteModel | undefined, site: SiteConfig): Publishing {
  if (!model) return { feeds: [], sitemap: { index: undefined, files: [] }, sitemapIndexes: [] };
  const sitemap = buildSitemap(sitemapEntries(model));
  return { feeds: feedsFor(model, site), sitemap, sitemapIndexes: sitemap.index ? [sitemap.index] : [] };
}

interface Helpers {
  site: SiteConfig;
  /** Absolute URL of a site path, with the path prefix. */
  absolute: (sitePath: string) => string;
  /** An article's body as HTML. */
  bodyHtml: (article: Article) => string;
}

export function addPublishing(eleventyConfig: UserConfig, helpers: Helpers): void {
  const { site, absolute, bodyHtml } = helpers;
  // Feed readers show content away from the site, so every address in it must be absolute. An article is in
  // the site's feeds and its category's, each as Atom and JSON: its content is made once.
  const contents = new WeakMap<Article, ReturnType<typeof convertHtmlToAbsoluteUrls>>();
  const feedContent = (article: Article) => {
    let content = contents.get(article);
    if (!content) contents.set(article, (content = convertHtmlToAbsoluteUrls(bodyHtml(article), absolute(article.url))));
    return content;
  };

  eleventyConfig.addFilter("rfc3339", dateToRfc3339);
  eleventyConfig.addAsyncFilter("feedContent", feedContent);

  const hidden = { eleventyExcludeFromCollections: true };
  eleventyConfig.addTemplate(
    "pages/feed-atom.11ty.js",
    {
      data: { ...hidden, layout: "feed-atom.njk", pagination: { data: "publishing.feeds", size: 1, alias: "feed" }, permalink: (data: { feed: Feed }) => data.feed.atomUrl },
      render: () => "",
    },
    {},
  );
  eleventyConfig.addTemplate(
    "pages/feed-json.11ty.js",
    {
      data: { ...hidden, pagination: { data: "publishing.feeds", size: 1, alias: "feed" }, permalink: (data: { feed: Feed }) => data.feed.jsonUrl },
      render: async (data: { feed: Feed }) => {
        const content = new Map(await Promise.all(data.feed.articles.map(async (article) => [article, await feedContent(article)] as const)));
        return JSON.stringify(jsonFeed(data.feed, site, absolute, content), null, 2);
      },
    },
    {},
  );
  eleventyConfig.addTemplate(
    "pages/sitemap.11ty.js",
    {
      data: { ...hidden, layout: "sitemap.njk", pagination: { data: "publishing.sitemap.files", size: 1, alias: "sitemap" }, permalink: (data: { sitemap: { url: string } }) => data.sitemap.url },
      render: () => "",
    },
    {},
  );
  eleventyConfig.addTemplate(
    "pages/sitemap-index.11ty.js",
    {
      data: { ...hidden, layout: "sitemap-index.njk", pagination: { data: "publishing.sitemapIndexes", size: 1, alias: "index" }, permalink: "/sitemap.xml" },
      render: () => "",
    },
    {},
  );
  eleventyConfig.addTemplate(
    "pages/robots.11ty.js",
    {
      data: { ...hidden, permalink: "/robots.txt" },
      render: () => `User-agent: *\nAllow: /\n\nSitemap: ${absolute("/sitemap.xml")}\n`,
    },
    {},
  );
}
