// What the last build produced beyond Eleventy's pages, for the build command's summary.
import type { SearchIndexStats } from "../search/types.ts";

export const buildReport: { search: SearchIndexStats | undefined; clientBytes: number } = {
  search: undefined,
  clientBytes: 0,
};
