// The passage of a document's text that shows why it matched: the window holding the most of the matched
// terms, cut at word boundaries, with those terms marked.

import { termSpans } from "./tokenize.ts";
import type { TextRange } from "./types.ts";

/** Characters shown, about; the window starts a little before the first match in it. */
const EXCERPT_LENGTH = 220;
const LEAD = 50;

export interface Excerpt {
  text: string;
  highlights: TextRange[];
}

/** The best passage of `text` for `terms`, or undefined when none of them is in it. */
export function excerptOf(text: string, terms: readonly string[]): Excerpt | undefined {
  if (terms.length === 0 || text === "") return undefined;
  const wanted = new Set(terms);
  const spans = termSpans(text).filter((span) => wanted.has(span.term));
  if (spans.length === 0) return undefined;
  // The window of EXCERPT_LENGTH − LEAD characters with the most distinct terms, then the most matches.
  const reach = EXCERPT_LENGTH - LEAD;
  let best = { first: 0, distinct: 0, count: 0 };
  for (let i = 0, j = 0; i < spans.length; i++) {
    while (j < spans.length && spans[j].end - spans[i].start <= reach) j++;
    const distinct = new Set(spans.slice(i, Math.max(j, i + 1)).map((s) => s.term)).size;
    const count = Math.max(j, i + 1) - i;
    if (distinct > best.distinct || (distinct === best.distinct && count > best.count)) best = { first: i, distinct, count };
  }
  let start = Math.max(0, spans[best.first].start - LEAD);
  let end = Math.min(text.length, start + EXCERPT_LENGTH);
  start = wordStart(text, start, spans[best.first].start);
  end = wordEnd(text, end);
  const highlights: TextRange[] = [];
  const prefix = start > 0 ? "…" : "";
  for (const span of spans) {
    if (span.start < start || span.end > end) continue;
    const from = span.start - start + prefix.length;
    const to = span.end - start + prefix.length;
    const last = highlights[highlights.length - 1];
    if (last !== undefined && from <= last[1]) last[1] = Math.max(last[1], to);
    else highlights.push([from, to]);
  }
  return { text: `${prefix}${text.slice(start, end)}${end < text.length ? "…" : ""}`, highlights };
}

/** `at` moved forward to the start of a word (never past `limit`), in text with spaces; unspaced text is cut anywhere. */
function wordStart(text: string, at: number, limit: number): number {
  if (at === 0) return 0;
  const space = text.indexOf(" ", at - 1);
  return space >= 0 && space < limit && space - at < 20 ? space + 1 : safe(text, at);
}

/** `at` moved back to the end of a word, when a space is near. */
function wordEnd(text: string, at: number): number {
  if (at >= text.length) return text.length;
  const space = text.lastIndexOf(" ", at);
  return space > at - 20 && space > 0 ? space : safe(text, at);
}

/** Never between the halves of a surrogate pair. */
function safe(text: string, at: number): number {
  const code = text.charCodeAt(at - 1);
  return code >= 0xd800 && code <= 0xdbff ? at - 1 : at;
}
