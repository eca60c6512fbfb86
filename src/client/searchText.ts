// Every string the search page shows, in one table with typed keys. The page may provide its own table as
// JSON (<script type="application/json" id="search-text">, printed by layouts/search.njk): what it gives
// replaces these, key by key, and any key it lacks stays English. Placeholders in braces ({count}, {query})
// are filled by `fill`; numbers are formatted for the page's language before they go in.

export const englishSearchText = {
  /** The status line before a search, or for an empty query. */
  prompt: "Type a word or two to search the articles.",
  searching: "Searching…",
  /** The count of results: `resultsOne` when the page's language says the count is singular ("1"). */
  resultsOne: "{count} result for “{query}”",
  resultsOther: "{count} results for “{query}”",
  none: "No results for “{query}”. Check the spelling or try other words.",
  tooBroad: "“{query}” matches too many words to search here. Put a few letters before each * and leave out ~.",
  unavailable: "Search is unavailable right now: the search index could not be loaded. Please try again later.",
  /** Under the count when no article had every word. */
  fellBack: "No article has all of “{query}”; showing articles with some of them.",
  /** Under the count when the query was corrected. */
  corrected: "No results for “{query}”. Did you mean “{corrected}”? Showing results for “{corrected}”.",
  /** Appended to the count while a category is chosen. */
  inCategory: "{count} in {category}",
  categoryLabel: "Category",
  allCategories: "All categories ({count})",
  categoryOption: "{category} ({count})",
  sortLabel: "Sort by",
  sortRelevance: "Relevance",
  sortNewest: "Newest first",
  pagesLabel: "Result pages",
  previousPage: "Previous",
  nextPage: "Next",
  pageOf: "Page {page} of {pages}",
};

export type SearchTextKey = keyof typeof englishSearchText;
export type SearchText = Record<SearchTextKey, string>;

/** English, with every string of `given` (an object of key → string) in place of its own; other keys are ignored. */
export function searchTextFrom(given: unknown): SearchText {
  const text: SearchText = { ...englishSearchText };
  if (typeof given !== "object" || given === null) return text;
  for (const key of Object.keys(text) as SearchTextKey[]) {
    const value = (given as Record<string, unknown>)[key];
    if (typeof value === "string") text[key] = value;
  }
  return text;
}

/** The page's table: the JSON in #search-text when there is valid JSON there, else English. */
export function pageSearchText(doc: Document): SearchText {
  const json = doc.getElementById("search-text")?.textContent;
  if (!json) return searchTextFrom(undefined);
  try {
    return searchTextFrom(JSON.parse(json));
  } catch {
    return searchTextFrom(undefined);
  }
}

/** `template` with each {name} replaced by values[name]; unknown names stay as they are. */
export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (all, name: string) => values[name] ?? all);
}
