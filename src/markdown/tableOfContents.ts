// A table of contents for long articles, from the body's second- and third-level headings.
import type { Heading } from "./types.ts";

/** Articles shorter than this, or with fewer headings, read fine without one. */
export const TOC_MIN_MINUTES = 4;
export const TOC_MIN_HEADINGS = 3;

export function tableOfContents(headings: readonly Heading[], readingMinutes: number): Heading[] {
  const entries = headings.filter((heading) => heading.level === 2 || heading.level === 3);
  if (readingMinutes < TOC_MIN_MINUTES || entries.filter((heading) => heading.level === 2).length < TOC_MIN_HEADINGS) return [];
  return entries;
}
