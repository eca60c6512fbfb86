// The site's pages, one virtual template per kind, fed from the run's model. Articles are data, not
// templates, so Eleventy never builds a collection per tag.
import type UserConfig from "@11ty/eleventy/UserConfig";
import type { Redirect } from "../content/redirects.ts";
import type { ArticlePage, ListPage, TermEntry } from "../model/buildSiteModel.ts";
import type { SiteBuild } from "../pipeline/SiteBuild.ts";
import { SITE_PATHS } from "../urls/sitePaths.ts";
import { addPageKind, addSinglePage } from "./pageKinds.ts";

export function addPages(eleventyConfig: UserConfig, build: SiteBuild): void {
  addPageKind<ArticlePage>(eleventyConfig, {
    name: "article",
    items: () => build.run.pages().articlePages,
    alias: "entry",
    url: (entry) => entry.article.url,
    layout: "article.njk",
  });
  addPageKind<ListPage>(eleventyConfig, {
    name: "category",
    items: () => build.run.pages().categoryPages,
    alias: "entry",
    url: (entry) => entry.url,
    layout: "list.njk",
  });
  addPageKind<ListPage>(eleventyConfig, {
    name: "tag",
    items: () => build.run.pages().tagPages,
    alias: "entry",
    url: (entry) => entry.url,
    layout: "list.njk",
  });
  addPageKind<ListPage>(eleventyConfig, {
    name: "author",
    items: () => build.run.pages().authorPages,
    alias: "entry",
    url: (entry) => entry.url,
    layout: "list.njk",
  });
  // The index of authors, on a site whose articles name any.
  addPageKind<TermEntry[]>(eleventyConfig, {
    name: "authors",
    items: () => (build.run.pages().authors.length > 0 ? [build.run.pages().authors] : []),
    alias: "authors",
    url: () => SITE_PATHS.authors,
    layout: "authors.njk",
  });
  addPageKind<Redirect>(eleventyConfig, {
    name: "redirect",
    items: () => build.run.pages().redirects,
    alias: "redirect",
    url: (redirect) => redirect.from,
    layout: "redirect.njk",
  });
  addSinglePage(eleventyConfig, { name: "home", url: SITE_PATHS.home, layout: "home.njk" });
  addSinglePage(eleventyConfig, { name: "categories", url: SITE_PATHS.categories, layout: "categories.njk" });
  addSinglePage(eleventyConfig, { name: "tags", url: SITE_PATHS.tags, layout: "tags.njk" });
  addSinglePage(eleventyConfig, { name: "search", url: SITE_PATHS.search, layout: "search.njk" });
  addSinglePage(eleventyConfig, { name: "404", url: SITE_PATHS.notFound, layout: "404.njk" });
}
