// Feeds, sitemap and robots.txt as Eleventy virtual templates, fed from the run's model. Feeds and the
// sitemap wait for a full build in the dev server.
import type UserConfig from "@11ty/eleventy/UserConfig";
import { dateToRfc3339 } from "@11ty/eleventy-plugin-rss";
import type { Article } from "../content/types.ts";
import type { SiteBuild } from "../pipeline/SiteBuild.ts";
import { absoluteUrls } from "../publish/absoluteUrls.ts";
import { jsonFeed, type Feed } from "../publish/feeds.ts";
import { publishingFor, type Publishing } from "../publish/publishing.ts";
import { redirectsFile } from "../publish/redirectsFile.ts";
import type { SitemapFile } from "../publish/sitemap.ts";
import { SITE_PATHS } from "../urls/sitePaths.ts";
import type { FilterHelpers } from "./filters.ts";
import { addPageKind, addSinglePage } from "./pageKinds.ts";

type SitemapIndex = Publishing["sitemapIndexes"][number];

export function addPublishing(eleventyConfig: UserConfig, build: SiteBuild, helpers: FilterHelpers): void {
  const { site } = build.settings;
  const { absolute } = helpers;
  // Asked by four page kinds (and by Eleventy more than once each): made once per model.
  const made = new WeakMap<object, Publishing>();
  const none = publishingFor(undefined, site);
  const publishing = () => {
    if (build.run.partial()) return none;
    const model = build.run.full();
    let value = made.get(model);
    if (value === undefined) made.set(model, (value = publishingFor(model, site)));
    return value;
  };
  // Feed readers show content away from the site, so every address in it must be absolute. An article is in
  // the site's feeds and its category's, each as Atom and JSON: its content is made once.
  const contents = new WeakMap<Article, string>();
  const feedContent = (article: Article) => {
    let content = contents.get(article);
    if (content === undefined) {
      const made = build.run.blame(article, () => absoluteUrls(helpers.renderBody(article).html, absolute(article.url)));
      contents.set(article, (content = made));
    }
    return content;
  };

  eleventyConfig.addFilter("rfc3339", dateToRfc3339);
  eleventyConfig.addFilter("feedContent", feedContent);

  addPageKind<Feed>(eleventyConfig, { name: "feed-atom", items: () => publishing().feeds, alias: "feed", url: (feed) => feed.atomUrl, layout: "feed-atom.njk" });
  addPageKind<Feed>(eleventyConfig, {
    name: "feed-json",
    items: () => publishing().feeds,
    alias: "feed",
    url: (feed) => feed.jsonUrl,
    render: (feed) => {
      const whole = feed.fullText ? feed.articles : [];
      const content = new Map(whole.map((article) => [article, feedContent(article)] as const));
      return JSON.stringify(jsonFeed(feed, site, absolute, content, (article) => helpers.shareImage(article)?.url), null, 2);
    },
  });
  addPageKind<SitemapFile>(eleventyConfig, { name: "sitemap", items: () => publishing().sitemap.files, alias: "sitemap", url: (file) => file.url, layout: "sitemap.njk" });
  addPageKind<SitemapIndex>(eleventyConfig, { name: "sitemap-index", items: () => publishing().sitemapIndexes, alias: "index", url: (index) => index.url, layout: "sitemap-index.njk" });
  // Hosts that read it answer old addresses with a real 301; the pages at those addresses work everywhere else.
  addPageKind<string>(eleventyConfig, {
    name: "redirects-file",
    items: () => {
      const redirects = build.run.partial() ? [] : build.run.full().redirects;
      return redirects.length > 0 ? [redirectsFile(redirects, build.run.pathPrefix)] : [];
    },
    alias: "file",
    url: () => SITE_PATHS.redirects,
    render: (file) => file,
  });
  addSinglePage(eleventyConfig, {
    name: "robots",
    url: SITE_PATHS.robots,
    render: () => `User-agent: *\nAllow: /\n\nSitemap: ${absolute(SITE_PATHS.sitemap)}\n`,
  });
}
