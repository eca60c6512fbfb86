// The whole search index of some documents as a list of files, for tests: the build hands files out one at a
// time (SearchIndexBuilder.emit); tests want to look at them together.
import { site } from "../../src/site.ts";
import { searchFields } from "../../src/search/searchFields.ts";
import { SearchIndexBuilder } from "../../src/search/SearchIndexBuilder.ts";
import type { BuildSearchIndexOptions, BuildSearchIndexResult, SearchDocument } from "../../src/search/types.ts";

/** The site's own fields and boosts. */
export const siteSearchFields = searchFields(site.search.boosts);

/** The manifest first, then term shards, position shards, metadata chunks, facets, vocabulary, and the text fragments last. */
export function buildSearchIndex(documents: readonly SearchDocument[], options: Partial<BuildSearchIndexOptions> = {}): BuildSearchIndexResult {
  const builder = new SearchIndexBuilder({ fields: siteSearchFields, ...options });
  const fragments: { path: string; contents: string }[] = [];
  for (const document of documents) builder.add(document, (path, contents) => fragments.push({ path, contents }));
  const files: { path: string; contents: string }[] = [];
  const stats = builder.emit((path, contents) => files.push({ path, contents }));
  // emit makes the manifest last.
  files.unshift(files.pop()!);
  return { files: [...files, ...fragments], stats };
}
