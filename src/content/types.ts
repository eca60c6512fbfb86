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

/**
 * A validated, published-or-not article. Produced by src/content from a markdown file: every front-matter
 * field as the schema types it (src/content/frontMatterSchema.ts), and what the site computes.
 */
export type Article = Omit<ParsedArticle, "categoryName" | "tagNames" | "description"> & {
  /** Site-relative URL without the path prefix: "/economy/tax-reform/". */
  url: string;
  /** From front matter, or an excerpt of the body. */
  description: string;
  /** True when the description is an excerpt of the body (front matter has none). */
  descriptionFromBody: boolean;
  category: Term;
  tags: Term[];
};
