// A kind of page as one Eleventy virtual template: one page per item of a list the build computes (every
// article, every page of every category), or a single page. The pagination's data key is made here from the
// kind's name, next to the typed function that gives the items, so no layout or template names a path into
// the data by hand.
import type UserConfig from "@11ty/eleventy/UserConfig";

export interface PageKind<T> {
  /** Unique among kinds: "article", "category". */
  name: string;
  /** The items of this run, one page each. */
  items: () => readonly T[];
  /** What the layout calls the item: `entry`, `feed`. */
  alias: string;
  /** Site path of an item's page. */
  url: (item: T) => string;
  /** A Nunjucks layout in layouts/, or `render` for a page made in code. */
  layout?: string;
  render?: (item: T) => string | Promise<string>;
}

const hidden = { eleventyExcludeFromCollections: true };

export function addPageKind<T>(eleventyConfig: UserConfig, kind: PageKind<T>): void {
  const key = `pageKind_${kind.name}`;
  eleventyConfig.addGlobalData(key, () => kind.items());
  const item = (data: Record<string, unknown>) => data[kind.alias] as T;
  eleventyConfig.addTemplate(
    `pages/${kind.name}.11ty.js`,
    {
      data: {
        ...hidden,
        ...(kind.layout ? { layout: kind.layout } : {}),
        pagination: { data: key, size: 1, alias: kind.alias },
        permalink: (data: Record<string, unknown>) => kind.url(item(data)),
      },
      render: kind.render ? (data: Record<string, unknown>) => kind.render!(item(data)) : () => "",
    },
    {},
  );
}

/** A page of its own: the home page, the search page. */
export function addSinglePage(eleventyConfig: UserConfig, page: { name: string; url: string; layout?: string; render?: () => string }): void {
  eleventyConfig.addTemplate(
    `pages/${page.name}.11ty.js`,
    { data: { ...hidden, ...(page.layout ? { layout: page.layout } : {}), permalink: page.url }, render: page.render ?? (() => "") },
    {},
  );
}
