// A table of contents for long articles, from the body's second- and third-level headings: each section
// with its sub-sections under it, so the list numbers sections only (1, 2, 3), never sub-headings.
import type { Heading } from "./types.ts";

/** Articles shorter than this, or with fewer headings, read fine without one. */
export const TOC_MIN_MINUTES = 4;
export const TOC_MIN_HEADINGS = 3;

export interface TocSection {
  heading: Heading;
  /** Its third-level headings. */
  children: Heading[];
}

export function tableOfContents(headings: readonly Heading[], readingMinutes: number): TocSection[] {
  const sections: TocSection[] = [];
  for (const heading of headings) {
    if (heading.level === 2) sections.push({ heading, children: [] });
    else if (heading.level === 3) {
      // A sub-heading before the first section stands as a section of its own.
      const section = sections.at(-1);
      if (section) section.children.push(heading);
      else sections.push({ heading, children: [] });
    }
  }
  if (readingMinutes < TOC_MIN_MINUTES || sections.length < TOC_MIN_HEADINGS) return [];
  return sections;
}
