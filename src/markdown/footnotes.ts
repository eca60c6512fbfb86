// Footnotes (markdown-it-footnote): `text[^1]` … `[^1]: the note`. Ids are `fn-1` for a note and `fnref-1`
// (then `fnref-1-1`, …) for its references; they are reserved before headings take theirs (footnoteIds),
// so a heading that reads "fn 1" gets another.
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
  const back = md.utils.escapeHtml(MARKDOWN_LABELS.footnoteBack);
  rules.footnote_ref = (tokens, idx) => {
    const token = tokens[idx]!;
    return `<sup class="footnote-ref"><a href="#fn-${number(token)}" id="fnref-${number(token)}${sub(token)}">${number(token)}</a></sup>`;
  };
  rules.footnote_open = (tokens, idx) => `<li id="fn-${number(tokens[idx]!)}" class="footnote-item">`;
  rules.footnote_anchor = (tokens, idx) => {
    const token = tokens[idx]!;
    return ` <a href="#fnref-${number(token)}${sub(token)}" class="footnote-backref" aria-label="${back}">\u21a9\uFE0E</a>`;
  };
}

/** Every id the footnotes of a parsed body will take. */
export function footnoteIds(env: unknown): string[] {
  const list = (env as FootnoteEnv).footnotes?.list ?? [];
  const ids: string[] = [];
  list.forEach((item, index) => {
    ids.push(`fn-${index + 1}`, `fnref-${index + 1}`);
    for (let k = 1; k < (item.count ?? 0); k++) ids.push(`fnref-${index + 1}-${k}`);
  });
  return ids;
}

const number = (token: Token) => String((token.meta as { id: number }).id + 1);
const sub = (token: Token) => {
  const subId = (token.meta as { subId?: number }).subId ?? 0;
  return subId > 0 ? `-${subId}` : "";
};
