// Ids and classes on headings and blocks: `## The plan {#plan .wide}`, and kramdown's `{: #plan}` and
// `{:#plan}` from Jekyll posts (markdown-it-attrs). Only a brace group made of ids and classes alone is
// read as attributes; any other group stays text, so `the set {a, b}` keeps its braces (markdown-it-attrs
// would drop them) and no group can add `onclick`, `style` or an address.
import type { MarkdownIt } from "markdown-it";
import markdownItAttrs from "markdown-it-attrs";
import { footnoteIds } from "./footnotes.ts";
import { pageIds } from "./headingIds.ts";
import type { Token } from "./types.ts";

type CoreRule = Parameters<MarkdownIt["core"]["ruler"]["push"]>[1];
type CoreState = Parameters<CoreRule>[0];

/** Stands for the `{` of a group that may be read: markdown-it-attrs is given it as its left delimiter. */
const MARK = "\uFDD2";
const GROUP = /\{(:?)[ \t]*((?:[#.][^\s{}#.="'<>`\\]+[ \t]*)+)\}/g;
const ALLOWED = ["id", "class"];

export function attributes(md: MarkdownIt): void {
  const marked = new WeakSet<CoreState>();
  const before = md.core.ruler.getRules("");
  md.use(markdownItAttrs, { leftDelimiter: MARK, rightDelimiter: "}", allowedAttributes: ALLOWED });
  const readAttributes = md.core.ruler.getRules("").find((rule) => !before.includes(rule));
  if (!readAttributes) throw new Error("markdown-it-attrs added no core rule: check its version against attributes.ts");
  // Most bodies have no group: markdown-it-attrs then does not walk their tokens at all.
  md.core.ruler.at("curly_attributes", (state) => {
    if (!marked.has(state)) return;
    readAttributes(state);
    restoreUnread(state.tokens);
  });
  md.core.ruler.before("curly_attributes", "attribute_groups", (state) => {
    if (!state.src.includes("{")) return;
    let found = false;
    const mark = (text: string) =>
      text.replace(GROUP, (_all, colon: string, list: string) => {
        found = true;
        return `${MARK}${colon ? ": " : ""}${list.trim()}}`;
      });
    for (const token of state.tokens) {
      if (token.type === "fence" && token.info.includes("{")) token.info = mark(token.info);
      for (const child of token.children ?? []) if (child.type === "text" && child.content.includes("{")) child.content = mark(child.content);
    }
    if (found) marked.add(state);
  });
}

/** Groups markdown-it-attrs left (one in the middle of a line) are text again. */
function restoreUnread(tokens: readonly Token[]): void {
  for (const token of tokens) {
    if (token.type === "fence" && token.info.includes(MARK)) token.info = token.info.replaceAll(MARK, "{");
    for (const child of token.children ?? []) if (child.content.includes(MARK)) child.content = child.content.replaceAll(MARK, "{");
  }
}

/**
 * Ids stay unique on the page. Footnotes' ids are taken first; then headings', in order (headingIds.ts,
 * against the same list, which starts with the layout's ids); then those set with `{#id}` on other blocks
 * and inline elements.
 */
export function uniqueIds(md: MarkdownIt): void {
  md.core.ruler.before("heading_ids", "footnote_ids", (state) => {
    const ids = footnoteIds(state.env);
    if (ids.length === 0) return;
    const taken = pageIds(state.env);
    for (const id of ids) taken.reserve(id);
  });
  md.core.ruler.after("heading_ids", "unique_ids", (state) => {
    if (!state.src.includes("{")) return;
    const taken = pageIds(state.env);
    const claim = (token: Token) => {
      const id = token.attrGet("id");
      if (id === null || token.type === "heading_open") return;
      token.attrSet("id", taken.claim(String(id)));
    };
    for (const token of state.tokens) {
      claim(token);
      for (const child of token.children ?? []) claim(child);
    }
  });
}
