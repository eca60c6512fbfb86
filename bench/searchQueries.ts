// The sample queries of the search comparison. The rare word depends on the corpus, so it comes from its statistics.

import type { CorpusStats } from "./corpus.ts";

export interface SampleQuery {
  label: string;
  query: string;
  /** The one-word query the "≤ 150 KB per one-word query" target is judged on. */
  oneWord?: boolean;
}

export function sampleQueries(stats: CorpusStats): SampleQuery[] {
  return [
    { label: "common word", query: "government", oneWord: true },
    { label: "rare word", query: stats.rareWord },
    { label: "two words", query: "city planning" },
    { label: "quoted phrase", query: '"city planning"' },
    { label: "Chinese", query: "城市规划" },
    { label: "wildcard", query: "deploy*" },
  ];
}
