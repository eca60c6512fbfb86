// The site's pages as Eleventy virtual templates: one paginated template per kind of page, fed from the
// site model. Articles are data, not templates, so Eleventy never builds a collection per tag.
import type UserConfig from "@11ty/eleventy/UserConfig";
import type { ArticlePage, ListPage } from "../pages/buildSiteModel.ts";
import { CATEGORIES_URL, SEARCH_URL, TAGS_URL } from "../pages/urls.ts";

interface PageData {
  entry: ArticlePage | ListPage;
}

const empty = () => "";

function paginated(dataKey: string, layout: string) {
  return {
    data: {
      layout,
      pagination: { data: dataKey, size: 1, alias: "entry" },
      permalink: (data: PageData) => ("article" in data.entry ? data.entry.article.url : data.entry.url),
      eleventyExcludeFromCollections: true,
    },
    render: empty,
  };
}

function single(permalink: string, layout: string) {
  return { data: { layout, permalink, eleventyExcludeFromCollections: true }, render: empty };
}

export function addPages(eleventyConfig: UserConfig): void {
  eleventyConfig.addTemplate("pages/article.11ty.js", paginated("model.articlePages", "article.njk"), {});
  eleventyConfig.addTemplate("pages/category.11ty.js", paginated("model.categoryPages", "list.njk"), {});
  eleventyConfig.addTemplate("pages/tag.11ty.js", paginated("model.tagPages", "list.njk"), {});
  eleventyConfig.addTemplate("pages/home.11ty.js", single("/", "home.njk"), {});
  eleventyConfig.addTemplate("pages/categories.11ty.js", single(CATEGORIES_URL, "categories.njk"), {});
  eleventyConfig.addTemplate("pages/tags.11ty.js", single(TAGS_URL, "tags.njk"), {});
  eleventyConfig.addTemplate("pages/search.11ty.js", single(SEARCH_URL, "search.njk"), {});
  eleventyConfig.addTemplate("pages/404.11ty.js", single("/404.html", "404.njk"), {});
}
