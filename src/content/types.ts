// The article model every other part of the site is computed from.
import type { ParsedArticle } from "./parseArticle.ts";

/** A tag or a category after normalization. */
export interface Term {
  /** Comparison key: NFKC, trimmed, inner whitespace collapsed, lower-cased. Two spellings with one key are one term. */
  key: string;
  /** Path segment of the term's page, unique among terms of its kind ("c-plus-plus", "人工智能"). */
  slug: string;
  /** Display name: the spelling most articles use. */
  name: string;
}

/** A person who wrote articles: one page per person, however the articles spell the name. */
export interface Author extends Term {
  /** From the site's author records (articles/authors.yml), when there is one for this person. */
  bio: string | undefined;
  /** The person's own page elsewhere: an http(s) address. */
  link: string | undefined;
  /** A picture: a site path without the path prefix, or an http(s) address. */
  avatar: string | undefined;
}

/** An article's lead image. */
export interface LeadImage {
  /**
   * A site path without the path prefix ("/economy/img/port.jpg" for img/port.jpg beside
   * articles/economy/x.md; "/images/x.jpg" as written), or an absolute http(s) address used as it is.
   */
  src: string;
  /** Undefined when the article gives none (a warning); "" for a decorative picture. */
  alt: string | undefined;
  caption: string | undefined;
  credit: string | undefined;
}

/**
 * A validated, published-or-not article. Produced by src/content from a markdown file: every front-matter
 * field as the schema types it (src/content/frontMatterSchema.ts), and what the site computes.
 */
export type Article = Omit<ParsedArticle, "categoryName" | "tagNames" | "authorNames" | "datedSlug" | "description"> & {
  /** Site-relative URL without the path prefix: "/economy/tax-reform/". */
  url: string;
  /** From front matter, or an excerpt of the body. */
  description: string;
  /** True when the description is an excerpt of the body (front matter has none). */
  descriptionFromBody: boolean;
  category: Term;
  tags: Term[];
  /** One or more, in the order the article names them; none when it names nobody. */
  authors: Author[];
};
