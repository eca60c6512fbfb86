// A markdown-it instance for reading text only (summaries, search): no heading ids, no link rewriting,
// no linkify. They change markup, not words, and cost a third of a parse.
import markdownIt, { type MarkdownIt } from "markdown-it";

export function createTextMarkdown(): MarkdownIt {
  return markdownIt({ html: true, linkify: false, typographer: false });
}
