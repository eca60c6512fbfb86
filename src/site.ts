// The site's own settings: everything a site owner may want to change, in one typed place. Layouts, feeds,
// the sitemap, the search index and the build read them from here; nothing else repeats them.
// docs/customize.md shows how to change the look (theme, identity, images, the interface's language).
import type { ImageSettings } from "./images/types.ts";

export interface ThemeConfig {
  /** Colour of links, section labels and rules on the light background (keep 4.5:1 contrast with white). */
  accent: string;
  /** The same in dark mode (keep 4.5:1 contrast with the dark background, #15171a). */
  accentDark: string;
  /** Body text: Latin font families, no generic family (Chinese and Japanese fonts, then the generic family, follow). */
  textFont: string;
  /** Headlines, the same way. */
  headingFont: string;
  /** Navigation, labels, lists and tables, the same way. */
  uiFont: string;
}

export interface IdentityConfig {
  /** Header logo instead of the name set in type: a file in layouts/assets/ ("/assets/logo.svg") or an http(s) URL, with its size in CSS pixels. */
  logo: { src: string; width: number; height: number } | undefined;
  /** Browser tab icon: an SVG, and a 32×32 PNG for browsers without SVG icons (files in layouts/assets/). */
  favicon: { svg: string; png: string };
  /** Home-screen icon for phones: a 180×180 PNG in layouts/assets/. */
  appleTouchIcon: string;
}
import type { FieldName } from "./content/frontMatterSchema.ts";

export interface SiteConfig {
  /** Shown in the header, the breadcrumb and page titles. */
  name: string;
  /** Public origin of the site, no trailing slash and no path prefix (the SITE_URL environment variable overrides it). */
  url: string;
  /** Language of the site (BCP 47): the interface's words (src/i18n/), dates and numbers; an article may set its own with `lang`. */
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
  /** Colours and fonts: the stylesheet's custom properties (layouts/assets/site.css) take these values. */
  theme: ThemeConfig;
  identity: IdentityConfig;
  /** Local images (lead images and images in articles) are made in these widths and formats. */
  images: ImageSettings;
  links: {
    /**
     * Site paths that something else serves on the same host (documentation at /docs/, a shop at /shop/):
     * links there are not checked. Each starts and ends with "/".
     */
    servedElsewhere: string[];
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
  theme: {
    accent: "#9b1c1c",
    accentDark: "#f4a09a",
    textFont: 'Georgia, "Noto Serif", "Times New Roman", "Liberation Serif", "DejaVu Serif"',
    headingFont: 'Georgia, "Noto Serif", "Times New Roman", "Liberation Serif", "DejaVu Serif"',
    uiFont: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", Arial, "Liberation Sans", "DejaVu Sans"',
  },
  identity: {
    logo: { src: "/assets/logo.svg", width: 40, height: 40 },
    favicon: { svg: "/assets/favicon.svg", png: "/assets/favicon-32.png" },
    appleTouchIcon: "/assets/apple-touch-icon.png",
  },
  images: {
    widths: [480, 960, 1600],
    formats: ["avif", "webp"],
  },
  links: {
    servedElsewhere: [],
  },
  frontMatter: {
    dataFields: [],
    // Two sites' own names, kept as examples (the Eleventy blog's newstitle:, KubeSphere's createTime:):
    // harmless for others, and what a migrating site adds here for its own.
    fieldNames: { newstitle: "title", createTime: "date" },
  },
  search: {
    resultsPerPage: 10,
    boosts: { title: 10, tags: 5, description: 2, body: 1 },
  },
};

/** A setting from the environment that cannot be used; the message names the variable and the fix. */
export class SettingError extends Error {
  readonly variable: string;
  constructor(variable: string, message: string) {
    super(message);
    this.name = "SettingError";
    this.variable = variable;
  }
}
