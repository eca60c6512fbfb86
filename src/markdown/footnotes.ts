// Footnotes (markdown-it-footnote): `text[^1]` … `[^1]: the note`. Ids are kramdown's `fn:1` and `fnref:1`:
// a heading id never has a colon (headingId), so they cannot meet; ids that content sets itself are kept
// apart by reserving these first (footnoteIds).
import type { MarkdownIt } from "markdown-it";
import footnote from "markdown-it-footnote";
import { MARKDOWN_LABELS } from "./labels.ts";
import type { Token } from "./types.ts";

interface FootnoteEnv {
  footnotes?: { list?: { count?: number }[] };
}

export function footnotes(md: MarkdownIt): void {
  md.use(footnote);
  const rules = md.renderer.rules;
  rules.footnote_anchor_name = (tokens, idx) => `:${number(tokens[idx]!)}`;
  // The number alone: the superscript says it is a reference.
  rules.footnote_caption = (tokens, idx) => number(tokens[idx]!);
  rules.footnote_anchor = (tokens, idx) => {
    const token = tokens[idx]!;
    const label = md.utils.escapeHtml(MARKDOWN_LABELS.footnoteBack);
    return ` <a href="#fnref:${number(token)}${sub(token)}" class="footnote-backref" aria-label="${label}">\u21a9\uFE0E</a>`;
  };
}

/** Every id the footnotes of a parsed body will take. */
export function footnoteIds(env: unknown): string[] {
  const list = (env as FootnoteEnv).footnotes?.list ?? [];
  const ids: string[] = [];
  list.forEach((item, index) => {
    ids.push(`fn:${index + 1}`, `fnref:${index + 1}`);
    for (let k = 1; k < (item.count ?? 0); k++) ids.push(`fnref:${index + 1}:${k}`);
  });
  return ids;
}

const number = (token: Token) => String((token.meta as { id: number }).id + 1);
const sub = (token: Token) => {
  const subId = (token.meta as { subId?: number }).subId ?? 0;
  return subId > 0 ? `:${subId}` : "";
};
