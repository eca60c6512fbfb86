// The first paragraph of a body, for the summary of an article without a description. Only the start of
// the body is parsed: parsing whole bodies just for this was a large part of a big site's build.
import type { MarkdownIt } from "markdown-it";
import { leadText, plainText } from "./plainText.ts";

/** Characters parsed first; the whole body only when no paragraph starts in them. */
const HEAD = 1500;

export function leadParagraph(md: MarkdownIt, body: string): string {
  if (body.length > HEAD) {
    // Cut at a blank line so no block is split in the middle.
    const cut = body.lastIndexOf("\n\n", HEAD);
    if (cut > 0) {
      const lead = leadText(md.parse(body.slice(0, cut), {}));
      // A footnote mark whose note lies past the cut reads as text there: the whole body then.
      if (lead && !lead.includes("[^")) return lead;
    }
  }
  const text = plainText(md.parse(body, {}));
  return text.lead || text.text;
}
