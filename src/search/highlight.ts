// Where a result's matched terms occur in a text shown to the reader.

import { termSpans } from "./tokenize.ts";
import type { TextRange } from "./types.ts";

/** Ranges of `text` whose index terms are among `terms`, ascending; touching ranges are joined ("城市规划"). */
export function highlight(text: string, terms: readonly string[]): TextRange[] {
  if (terms.length === 0 || text === "") return [];
  const wanted = new Set(terms);
  const ranges: TextRange[] = [];
  for (const span of termSpans(text)) {
    if (!wanted.has(span.term)) continue;
    const last = ranges[ranges.length - 1];
    if (last !== undefined && span.start <= last[1]) last[1] = Math.max(last[1], span.end);
    else ranges.push([span.start, span.end]);
  }
  return ranges;
}
