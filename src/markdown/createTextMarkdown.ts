// A markdown-it instance for reading text only (summaries, search): no heading ids, no link rewriting,
// no linkify. They change markup, not words, and cost a third of a parse. The article syntax is the page's,
// so no shortcode, footnote mark or `{#id}` shows up as text.
import markdownIt, { type MarkdownIt } from "markdown-it";
import { articleSyntax } from "./articleSyntax.ts";

export function createTextMarkdown(): MarkdownIt {
  return markdownIt({ html: true, linkify: false, typographer: false }).use(articleSyntax);
}
