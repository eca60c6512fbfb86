// Where each kind of page lives. Site-relative, without the path prefix (layouts add it with the url filter).
import type { Term } from "../content/types.ts";

export const categoryUrl = (category: Term): string => `/${category.slug}/`;
export const tagUrl = (tag: Term): string => `/tags/${tag.slug}/`;
export const CATEGORIES_URL = "/categories/";
export const TAGS_URL = "/tags/";
export const SEARCH_URL = "/search/";

/** Page n (1-based) of a paginated list whose first page is at `base`. */
export const listPageUrl = (base: string, n: number): string => (n === 1 ? base : `${base}page/${n}/`);
