// Plain text of a parsed body, for search and for the excerpt shown when an article has no description.
import type { Token } from "./types.ts";

export interface BodyText {
  /** Every word a reader sees, code included, one block per line. */
  text: string;
  /** The first paragraph, for a summary. */
  lead: string;
}

export function plainText(tokens: readonly Token[]): BodyText {
  const blocks: string[] = [];
  const lead = walk(tokens, (block) => blocks.push(block), false);
  return { text: blocks.map(collapse).filter(Boolean).join("\n"), lead };
}

/** The first paragraph alone: the tokens after it are not looked at. */
export function leadText(tokens: readonly Token[]): string {
  return walk(tokens, () => undefined, true);
}

/**
 * Every word a reader sees, for the search index: plainText's text without tidying the spaces. The index
 * splits on white space, so tidying changes nothing in it, and on a large site it took noticeable time.
 */
export function searchText(tokens: readonly Token[]): string {
  const blocks: string[] = [];
  walk(tokens, (block) => blocks.push(block), false);
  return blocks.join("\n");
}

/** Calls `block` with each block's text, in order; returns the first paragraph's text, collapsed. */
function walk(tokens: readonly Token[], block: (text: string) => void, leadOnly: boolean): string {
  let lead = "";
  let inParagraph = false;
  let paragraph = "";
  for (const token of tokens) {
    switch (token.type) {
      case "paragraph_open":
        inParagraph = true;
        paragraph = "";
        break;
      case "paragraph_close":
        inParagraph = false;
        if (!lead && paragraph.trim()) {
          lead = collapse(paragraph);
          if (leadOnly) return lead;
        }
        break;
      case "inline": {
        const text = inlineText(token.children ?? []);
        if (inParagraph) paragraph += text;
        block(text);
        break;
      }
      case "fence":
      case "code_block":
        block(token.content);
        break;
      case "html_block":
        block(stripTags(token.content));
        break;
    }
  }
  return lead;
}

function inlineText(children: readonly Token[]): string {
  let text = "";
  for (const child of children) {
    if (child.type === "text" || child.type === "code_inline") text += child.content;
    else if (child.type === "softbreak" || child.type === "hardbreak" || child.type === "figcaption_open") text += " ";
    else if (child.type === "image") text += child.content;
    else if (child.type === "html_inline") text += "";
  }
  return text;
}

/**
 * The text of raw HTML: scripts and styles go with their contents, other tags go, each becomes a space.
 * Searches only move forward, so a block of thousands of unclosed tags costs one pass over it.
 */
export function stripTags(html: string): string {
  return removeTags(removeScriptsAndStyles(html));
}

const RAW_TEXT_START = /<(script|style)/gi;

function removeScriptsAndStyles(html: string): string {
  if (!html.includes("<")) return html;
  const ends = { script: new NextMatch(html, /<\/script>/gi), style: new NextMatch(html, /<\/style>/gi) };
  const starts = new RegExp(RAW_TEXT_START);
  let text = "";
  let copied = 0;
  for (let start = starts.exec(html); start; start = starts.exec(html)) {
    const name = start[1]!.toLowerCase() as keyof typeof ends;
    const end = ends[name].from(starts.lastIndex);
    if (end === -1) {
      // Never closed: the tag alone goes, later.
      starts.lastIndex = start.index + 1;
      continue;
    }
    text += `${html.slice(copied, start.index)} `;
    copied = end + name.length + 3;
    starts.lastIndex = copied;
  }
  return text + html.slice(copied);
}

/** Each `<` with the text up to the next `>` becomes a space. */
function removeTags(html: string): string {
  let text = "";
  let copied = 0;
  for (let open = html.indexOf("<"); open !== -1; open = html.indexOf("<", copied)) {
    const close = html.indexOf(">", open + 1);
    // No later "<" has a ">" after it either.
    if (close === -1) break;
    text += `${html.slice(copied, open)} `;
    copied = close + 1;
  }
  return text + html.slice(copied);
}

/** Where a global expression next matches at or after a position; asked in increasing order, each search goes further on. */
class NextMatch {
  private readonly text: string;
  private readonly expression: RegExp;
  private asked = 0;
  /** The answer for positions from `asked` up to it; -1: no match from `asked` on; -2: not asked yet. */
  private found = -2;

  constructor(text: string, expression: RegExp) {
    this.text = text;
    this.expression = expression;
  }

  from(position: number): number {
    if (position >= this.asked && (this.found === -1 || position <= this.found)) return this.found;
    this.expression.lastIndex = position;
    this.asked = position;
    this.found = this.expression.exec(this.text)?.index ?? -1;
    return this.found;
  }
}

/** Each run of white space as one space. The same as `replace(/\s+/g, " ")`, three times faster on prose: single spaces are left alone. */
function collapse(text: string): string {
  return text.replace(/\s\s+|[^\S ]/g, " ").trim();
}

/** At most `max` characters, cut at a word boundary where the text has spaces, with an ellipsis. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(" ");
  const head = space > max * 0.6 ? cut.slice(0, space) : cut;
  return head.replace(/[\s,.;:!?，。；：！？、]+$/u, "") + "…";
}
