// The article model every other part of the site is computed from.

/** A tag or a category after normalization. */
export interface Term {
  /** Comparison key: NFKC, trimmed, inner whitespace collapsed, lower-cased. Two spellings with one key are one term. */
  key: string;
  /** Path segment of the term's page, unique among terms of its kind ("c-plus-plus", "人工智能"). */
  slug: string;
  /** Display name: the spelling most articles use. */
  name: string;
}

/** A validated, published-or-not article. Produced by src/content from a markdown file. */
export interface Article {
  /** Source file relative to the project root, forward slashes: "articles/economy/tax-reform.md". */
  sourcePath: string;
  /** Source file relative to the articles folder: "economy/tax-reform.md". Relative links in the body start here. */
  relativePath: string;
  /** Last path segment of the article's URL. */
  slug: string;
  /** Site-relative URL without the path prefix: "/economy/tax-reform/". */
  url: string;
  title: string;
  /** From front matter, or an excerpt of the body. */
  description: string;
  /** Publication instant. */
  date: Date;
  updated: Date | undefined;
  author: string | undefined;
  category: Term;
  tags: Term[];
  /** BCP 47 language tag ("en", "zh-CN"); the site language unless front matter says otherwise. */
  lang: string;
  draft: boolean;
  /** Markdown source of the body, front matter removed. Never evaluated as a template. */
  body: string;
}
