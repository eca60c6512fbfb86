// The site's own facts, in one typed place. Layouts, feeds, the sitemap and the build read them from here.

export interface SiteConfig {
  /** Shown in the header, the breadcrumb and page titles. */
  name: string;
  /** Public origin of the site, no trailing slash and no path prefix (the SITE_URL environment variable overrides it). */
  url: string;
  /** Default language of articles (BCP 47); an article may override it with `lang`. */
  language: string;
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
};
