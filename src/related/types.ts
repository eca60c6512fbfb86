// Contracts of related articles: what the pure core takes and gives back. No page objects here.

/** One published article as related articles see it: keywords plus a date plus a category. */
export interface RelatedInput {
  /** Unique among the inputs (the article URL); the last tie-break. */
  key: string;
  /** Category key. */
  category: string;
  /** Publication instant in ms since the epoch. */
  date: number;
  /** Normalized tag keys; a repeated tag counts once. */
  tags: readonly string[];
}

export interface RelatedOptions {
  /** How many related articles each article gets at most (an integer ≥ 0). */
  limit: number;
  /**
   * Tags on more than this many articles are served from date-sorted posting lists instead of being
   * enumerated. Speed only: the result is the same for any value. Default: see relatedArticles.ts.
   */
  commonTagThreshold?: number;
}

/**
 * The related articles of every input, flat, so 100k articles cost three arrays and not a million
 * objects: those of inputs[i] are at positions start[i] … start[i + 1] − 1 of `index` and `score`,
 * best first.
 */
export interface RelatedLists {
  /** Length: number of inputs + 1. */
  start: Int32Array;
  /** Position in the inputs of each related article. */
  index: Int32Array;
  /** Sum of the weights of the shared tags (0 when only the category is shared). */
  score: Float64Array;
}

/** A tag two articles share, with what its weight was computed from. */
export interface SharedTag {
  tag: string;
  /** Number of articles carrying the tag. */
  df: number;
  weight: number;
}

/** Why one related article was chosen. */
export interface RelatedReason {
  index: number;
  key: string;
  score: number;
  sameCategory: boolean;
  /** |date(article) − date(related)| in ms. */
  distance: number;
  /** In the order they were summed: rarest first. */
  sharedTags: SharedTag[];
}

/** The related list of one article, explained for an author. */
export interface RelatedExplanation {
  key: string;
  reasons: RelatedReason[];
  /** Ready to print, one line per string. */
  lines: string[];
}
