// The markdown-it plugin for shortcodes, used by the page renderer and the text instance alike: before the
// parse, the body's shortcodes are rewritten as markdown (rewriteShortcodes); after it, placeholders become
// tokens. A tag kept as text is a `shortcode` token, shown as code on the page and left out of summaries
// and search text (plainText reads only the token types it knows). Nothing in a tag is run.
import type { MarkdownIt } from "markdown-it";
import type { Token } from "../types.ts";
import { escapeHtml, PLACEHOLDER, PLACEHOLDER_START, rewriteShortcodes, type Stashed } from "./rewriteShortcodes.ts";
import { mayHaveShortcodes, scanShortcodes } from "./scanShortcodes.ts";

type CoreRule = Parameters<MarkdownIt["core"]["ruler"]["push"]>[1];
type CoreState = Parameters<CoreRule>[0];
type TokenClass = CoreState["Token"];

export function shortcodes(md: MarkdownIt): void {
  const stashes = new WeakMap<CoreState, Stashed[]>();
  md.core.ruler.after("normalize", "shortcodes", (state) => {
    if (!mayHaveShortcodes(state.src)) return;
    const marks = scanShortcodes(state.src);
    if (marks.length === 0) return;
    const { source, stash } = rewriteShortcodes(state.src, marks, state.env as object);
    state.src = source;
    if (stash.length > 0) stashes.set(state, stash);
  });
  md.core.ruler.after("inline", "shortcode_tokens", (state) => {
    const stash = stashes.get(state);
    if (stash) state.tokens = placeTokens(state.tokens, stash, state.Token);
  });
  md.renderer.rules.shortcode = (tokens, idx) => `<code class="shortcode">${escapeHtml(tokens[idx]!.content)}</code>`;
  md.renderer.rules.shortcode_embed = (tokens, idx) => tokens[idx]!.content;
}

function placeTokens(tokens: Token[], stash: readonly Stashed[], Token: TokenClass): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const embed = token.type === "paragraph_open" && tokens[i + 2]?.type === "paragraph_close" ? soleEmbed(tokens[i + 1]!, stash) : undefined;
    if (embed) {
      const block = new Token("shortcode_embed", "", 0);
      block.block = true;
      block.content = embed.block;
      block.map = token.map;
      out.push(block);
      i += 2;
    } else if (token.type === "html_block" && token.content.includes(PLACEHOLDER_START)) {
      out.push(...split(token, stash, Token, true));
    } else {
      if (token.children) token.children = token.children.flatMap((child) => split(child, stash, Token, false));
      restore(token, stash);
      out.push(token);
    }
  }
  return out;
}

/** A paragraph holding nothing but one embed. */
function soleEmbed(inline: Token, stash: readonly Stashed[]): Extract<Stashed, { kind: "embed" }> | undefined {
  const only = inline.children?.length === 1 ? inline.children[0]! : undefined;
  const match = only?.type === "text" ? /^\s*\uFDD0(\d+)\uFDD1\s*$/.exec(only.content) : null;
  const item = match ? stash[Number(match[1])] : undefined;
  return item?.kind === "embed" ? item : undefined;
}

/** Text and raw HTML are cut at their placeholders, each becoming its own token; any other token gets its source back. */
function split(token: Token, stash: readonly Stashed[], Token: TokenClass, block: boolean): Token[] {
  if ((token.type !== "text" && token.type !== "html_block" && token.type !== "html_inline") || !token.content.includes(PLACEHOLDER_START)) {
    if (token.children) token.children = token.children.flatMap((child) => split(child, stash, Token, false));
    restore(token, stash);
    return [token];
  }
  const parts: Token[] = [];
  const piece = (type: string, content: string) => {
    const part = new Token(type, "", 0);
    part.content = content;
    part.block = block;
    parts.push(part);
  };
  let last = 0;
  for (const match of token.content.matchAll(PLACEHOLDER)) {
    if (match.index > last) piece(token.type, token.content.slice(last, match.index));
    last = match.index + match[0].length;
    const item = stash[Number(match[1])];
    if (!item) continue;
    const html = token.type !== "text";
    if (item.kind === "kept") piece("shortcode", item.source);
    else if (item.kind === "text") piece(html ? token.type : "text", html ? escapeHtml(item.text) : item.text);
    else piece("shortcode_embed", block ? item.block : item.inline);
  }
  if (last < token.content.length) piece(token.type, token.content.slice(last));
  return parts;
}

/** Where markdown shows text as it is (code, an address, an attribute), a placeholder is its source again. */
function restore(token: Token, stash: readonly Stashed[]): void {
  const source = (all: string, n: string) => {
    const item = stash[Number(n)];
    return item === undefined ? all : item.kind === "text" ? item.text : item.source;
  };
  const back = (text: string) => (text.includes(PLACEHOLDER_START) ? text.replace(PLACEHOLDER, source) : text);
  token.content = back(token.content);
  token.info = back(token.info);
  if (token.attrs) for (const attr of token.attrs) attr[1] = back(String(attr[1]));
}
