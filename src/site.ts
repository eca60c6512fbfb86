// The site's own settings: everything a site owner may want to change, in one typed place. Layouts, feeds,
// the sitemap, the search index and the build read them from here; nothing else repeats them.
import type { FieldName } from "./content/frontMatterSchema.ts";

export interface SiteConfig {
  /** Shown in the header, the breadcrumb and page titles. */
  name: string;
  /** Public origin of the site, no trailing slash and no path prefix (the SITE_URL environment variable overrides it). */
  url: string;
  /** Default language of articles (BCP 47); an article may override it with `lang`. */
  language: string;
  /** One sentence about the site: the home page's meta description and the site feed's subtitle. */
  description: string;
  /** IANA time zone in which date-only front-matter values (2025-03-14) start, and in which dates are shown. */
  timeZone: string;
  pageSize: {
    /** Latest articles on the home page. */
    home: number;
    /** Latest articles of each category on the home page. */
    homePerCategory: number;
    /** Articles per category page and per tag page. */
    list: number;
  };
  related: {
    /** Links under "Related articles" on each article page. */
    limit: number;
  };
  feed: {
    /** Latest articles in each Atom and JSON feed (the site's and each category's). */
    limit: number;
  };
  summary: {
    /** Characters of the first paragraph shown in lists and search when an article has no description. */
    length: number;
  };
  frontMatter: {
    /**
     * Fields this site's own layouts use beyond the standard ones: each is kept as written, unchecked, as
     * `article.data.<name>` (e.g. `{{ article.data.eleventyNavigation.key }}` in a layout), and draws no
     * "not a known field" warning. Text in them is escaped like every other field when a layout prints it.
     */
    dataFields: string[];
    /**
     * This site's own names for standard fields, read as the field they stand for: `{ newstitle: "title" }`
     * reads `newstitle:` as the title, `{ createTime: "date" }` reads `createTime:` as the date. The names
     * other generators use (summary, lastmod, categories, author, cover, aliases, …) are read already.
     */
    fieldNames: Record<string, FieldName>;
  };
  search: {
    /** Results shown at a time on the search page. */
    resultsPerPage: number;
    /** How much a match in each field weighs: a word in the title outranks the same word in the body. */
    boosts: { title: number; tags: number; description: number; body: number };
  };
}

export const site: SiteConfig = {
  name: "The Meridian",
  url: "https://meridian.example.org",
  language: "en",
  description: "News, explainers and long reads on economy, technology, science, health, culture and travel.",
  timeZone: "UTC",
  pageSize: {
    home: 12,
    homePerCategory: 4,
    list: 20,
  },
  related: {
    limit: 10,
  },
  feed: {
    limit: 20,
  },
  summary: {
    length: 200,
  },
  frontMatter: {
    dataFields: [],
    fieldNames: {},
  },
  search: {
    resultsPerPage: 10,
    boosts: { title: 10, tags: 5, description: 2, body: 1 },
  },
};
