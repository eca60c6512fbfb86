// Finds the shortcodes of a markdown body in one pass: Liquid and Nunjucks tags (`{% Aside %}`), Hugo's
// `{{< figure … >}}` and `{{% note %}}`, outside code spans, code blocks and HTML comments, where markdown
// would show them as they are. It also finds what those generators treat as escapes anywhere, code
// included: Hugo's `{{</* x */>}}` (shown as `{{< x >}}`), Liquid's `{% raw %}…{% endraw %}` and comments.
// The block structure is read the way markdown-it reads it, closely enough for real articles: fences,
// indented code, raw HTML blocks. Every search is bounded or remembered, so the pass stays linear.
import { isVerbatimPair } from "./shortcodeTable.ts";

export type ShortcodeSyntax = "liquid" | "hugo" | "hugo-markdown";

export interface ShortcodeTag {
  type: "tag";
  start: number;
  end: number;
  syntax: ShortcodeSyntax;
  /** The name as written, without a closing mark: "Aside" for `{% endAside %}`, "note" for `{{< /note >}}`. */
  name: string;
  closing: boolean;
  /** `{{< x />}}`, `{% x /%}`. */
  selfClosing: boolean;
  /** What follows the name, up to the closing delimiter. */
  args: string;
  /** In a block of raw HTML, where markdown is not read. */
  inHtml: boolean;
  /** Set on the opening tag of a pair whose content is code (`highlight`): its content holds no tags. */
  verbatim: boolean;
}

/** Text written in place of a source range: an escaped shortcode. */
export interface LiteralMark {
  type: "literal";
  start: number;
  end: number;
  text: string;
  inCode: boolean;
}

/** A range that is left out: `{% raw %}` markers, comments. */
export interface DropMark {
  type: "drop";
  start: number;
  end: number;
}

export type ShortcodeMark = ShortcodeTag | LiteralMark | DropMark;

/** False for most bodies, which then need no scan at all. */
export function mayHaveShortcodes(src: string): boolean {
  return src.includes("{%") || src.includes("{{<") || src.includes("{{%") || src.includes("{#");
}

/** Every mark, in source order, without overlaps. */
export function scanShortcodes(src: string): ShortcodeMark[] {
  return mayHaveShortcodes(src) ? new Scanner(src).scan() : [];
}

/** No tag is longer than this: an unclosed `{%` costs a bounded look ahead. */
const MAX_TAG = 4096;
const BACKTICK = 0x60;
const TILDE = 0x7e;
const SPACE = 0x20;
const TAB = 0x09;
const NEWLINE = 0x0a;
const GT = 0x3e;
const LT = 0x3c;
const OPEN_BRACE = 0x7b;
const BACKSLASH = 0x5c;

/** Raw HTML whose content is shown as it is (markdown-it's HTML block kind 1, and `<code>` inline). */
const CODE_ELEMENT = /^<(pre|script|style|textarea|code|kbd|samp)(?=[\s>])/i;
/** Block-level tags that start a raw HTML block running to the next blank line (CommonMark's kind 6). */
const HTML_BLOCK = new Set(
  (
    "address article aside blockquote body caption center dd details dialog dir div dl dt fieldset figcaption figure footer " +
    "form h1 h2 h3 h4 h5 h6 header hr iframe legend li main menu nav ol p picture section summary table tbody td tfoot th " +
    "thead tr ul video"
  ).split(" "),
);
const LIST_ITEM = /^(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)/;

class Scanner {
  private readonly src: string;
  private readonly marks: ShortcodeMark[] = [];
  /** Searches that found nothing up to the end of the text: the next search for the same thing would not either. */
  private readonly missing = new Map<string, number>();
  /** For each text find looked for: where the last search started and what it found (-1: nothing). */
  private readonly found = new Map<string, { from: number; at: number }>();
  private paragraphStart = -1;
  private paragraphEnd = -1;

  constructor(src: string) {
    this.src = src;
  }

  scan(): ShortcodeMark[] {
    const src = this.src;
    const n = src.length;
    let pos = 0;
    let previousBlank = true;
    let inList = false;
    let inHtml = false;
    let inIndentedCode = false;
    while (pos < n) {
      const lineEnd = this.lineEnd(pos);
      let first = pos;
      let columns = 0;
      for (; first < lineEnd; first++) {
        const c = src.charCodeAt(first);
        if (c === SPACE) columns++;
        else if (c === TAB) columns += 4 - (columns % 4);
        else break;
      }
      if (first === lineEnd) {
        previousBlank = true;
        inHtml = false;
        pos = lineEnd + 1;
        continue;
      }
      if (columns >= 4 && (previousBlank || inIndentedCode) && !inList && !inHtml) {
        inIndentedCode = true;
        this.scanCode(pos, lineEnd);
        previousBlank = false;
        pos = lineEnd + 1;
        continue;
      }
      inIndentedCode = false;
      let p = first;
      while (src.charCodeAt(p) === GT) p = this.skipSpaces(p + 1, lineEnd);

      const fence = this.fenceAt(p, lineEnd);
      if (fence) {
        const [contentEnd, after] = this.fenceEnd(lineEnd + 1, fence);
        this.scanCode(lineEnd + 1, contentEnd);
        previousBlank = false;
        pos = after;
        continue;
      }
      if (LIST_ITEM.test(src.slice(p, p + 12))) inList = true;
      else if (previousBlank && columns === 0 && p === first) inList = false;

      if (!inHtml && src.charCodeAt(p) === LT) inHtml = this.startsHtmlBlock(p);
      previousBlank = false;
      pos = this.scanInline(p, lineEnd, inHtml) + 1;
    }
    return this.marks;
  }

  /** Scans text from `from` to the end of its line, or further when a code span or tag runs on; returns that line's end. */
  private scanInline(from: number, lineEnd: number, inHtml: boolean): number {
    const src = this.src;
    let end = lineEnd;
    let i = from;
    while (i < end) {
      const c = src.charCodeAt(i);
      if (c === BACKSLASH) {
        i += src.charCodeAt(i + 1) === NEWLINE ? 1 : 2;
      } else if (c === BACKTICK) {
        let k = 1;
        while (src.charCodeAt(i + k) === BACKTICK) k++;
        const close = this.closingBackticks(i + k, k);
        if (close >= 0) {
          this.scanCode(i + k, close);
          i = close + k;
        } else i += k;
      } else if (c === LT) {
        i = Math.max(i + 1, this.skipHtml(i));
      } else if (c === OPEN_BRACE) {
        i = Math.max(i + 1, this.readBrace(i, inHtml));
      } else i++;
      if (i > end) end = this.lineEnd(i);
    }
    return end;
  }

  // Inside code only escapes count: Hugo's escaped shortcodes and Liquid's raw markers.
  private scanCode(from: number, to: number): void {
    const src = this.src;
    let i = src.indexOf("{", from);
    while (i !== -1 && i < to) {
      let next = i + 1;
      if (src.startsWith("{{</*", i) || src.startsWith("{{%/*", i)) next = this.readEscaped(i, true, to);
      else if (src.startsWith("{%", i)) {
        const tag = this.readTag(i, false);
        if (tag && tag.end <= to && tag.syntax === "liquid" && tag.name === "raw" && !tag.closing) next = this.readRaw(tag, to);
      }
      i = src.indexOf("{", Math.max(next, i + 1));
    }
  }

  /** At a `{`: a tag, an escape, raw text or a comment; returns where scanning goes on (the same place for none). */
  private readBrace(i: number, inHtml: boolean): number {
    const src = this.src;
    const c1 = src.charCodeAt(i + 1);
    if (c1 === OPEN_BRACE) {
      if (src.startsWith("{{</*", i) || src.startsWith("{{%/*", i)) return this.readEscaped(i, false, this.src.length);
    } else if (c1 === 0x23 /* # */) {
      const c2 = src.charCodeAt(i + 2);
      if (c2 === SPACE || c2 === TAB || c2 === NEWLINE || c2 === 0x2d /* - */) return this.readComment(i);
      return i;
    } else if (c1 !== 0x25 /* % */) return i;

    const tag = this.readTag(i, inHtml);
    if (!tag) return i;
    if (tag.syntax === "liquid" && !tag.closing) {
      if (tag.name === "raw") return this.readRaw(tag, src.length);
      if (tag.name === "comment") {
        const close = this.findClosing(tag, tag.end, src.length);
        if (close) {
          this.drop(tag.start, close.end);
          return close.end;
        }
      }
    }
    if (!tag.closing && !tag.selfClosing && isVerbatimPair(tag.syntax, tag.name)) {
      const close = this.findClosing(tag, tag.end, src.length);
      if (close) {
        tag.verbatim = true;
        this.marks.push(tag);
        this.scanCode(tag.end, close.start);
        this.marks.push(close);
        return close.end;
      }
    }
    this.marks.push(tag);
    return tag.end;
  }

  // Hugo's escape: {{</* figure */>}} is shown as {{< figure >}}.
  private readEscaped(i: number, inCode: boolean, limit: number): number {
    const src = this.src;
    const percent = src[i + 2] === "%";
    const closer = percent ? "*/%}}" : "*/>}}";
    const close = this.find(closer, i + 5, Math.min(limit, i + MAX_TAG));
    if (close === -1) return i + 5;
    const text = `{{${percent ? "%" : "<"}${src.slice(i + 5, close)}${percent ? "%" : ">"}}}`;
    this.marks.push({ type: "literal", start: i, end: close + 5, text, inCode });
    return close + 5;
  }

  /** Liquid's `{% raw %}…{% endraw %}`: the markers go, everything between stays as written. */
  private readRaw(open: ShortcodeTag, limit: number): number {
    const close = this.findClosing(open, open.end, limit);
    if (!close) {
      this.marks.push(open);
      return open.end;
    }
    this.drop(open.start, open.end);
    this.drop(close.start, close.end);
    return close.end;
  }

  /** Nunjucks' `{# … #}`: left out. */
  private readComment(i: number): number {
    const close = this.find("#}", i + 2, this.src.length);
    if (close === -1) return i + 2;
    this.drop(i, close + 2);
    return close + 2;
  }

  /** A whole tag starting at `i` (`{%` or `{{<` or `{{%`), or undefined when there is none. */
  private readTag(i: number, inHtml: boolean): ShortcodeTag | undefined {
    const src = this.src;
    const liquid = src[i + 1] === "%";
    let syntax: ShortcodeSyntax = "liquid";
    if (!liquid) {
      if (src[i + 1] !== "{") return undefined;
      if (src[i + 2] === "<") syntax = "hugo";
      else if (src[i + 2] === "%") syntax = "hugo-markdown";
      else return undefined;
    }
    let j = i + (liquid ? 2 : 3);
    if (liquid && src[j] === "-") j++;
    j = this.skipBlank(j);
    let closing = false;
    if (src[j] === "/") {
      closing = true;
      j = this.skipBlank(j + 1);
    }
    const nameStart = j;
    while (j < src.length && /[\w.\/-]/.test(src[j]!)) j++;
    let name = src.slice(nameStart, j);
    if (!/^[A-Za-z_]/.test(name)) return undefined;
    const delimiter = liquid ? "%}" : syntax === "hugo" ? ">}}" : "%}}";
    const limit = Math.min(src.length, i + MAX_TAG);
    const close = liquid ? this.find(delimiter, j, limit) : this.findOutsideQuotes(delimiter, j, limit);
    if (close === -1) return undefined;
    let args = src.slice(j, close);
    if (/\n[ \t]*\n/.test(args)) return undefined;
    let selfClosing = false;
    if (liquid && args.endsWith("-")) args = args.slice(0, -1);
    if (args.trimEnd().endsWith("/")) {
      selfClosing = true;
      args = args.trimEnd().slice(0, -1);
    }
    if (liquid && !closing && name.startsWith("end") && name.length > 3) {
      closing = true;
      name = name.slice(3);
    }
    return { type: "tag", start: i, end: close + delimiter.length, syntax, name, closing, selfClosing, args: args.trim(), inHtml, verbatim: false };
  }

  /** The tag that closes `open`, searched from `from`; undefined when there is none before `limit`. */
  private findClosing(open: ShortcodeTag, from: number, limit: number): ShortcodeTag | undefined {
    const start = open.syntax === "liquid" ? "{%" : open.syntax === "hugo" ? "{{<" : "{{%";
    const key = `close ${start} ${open.name} ${limit}`;
    if ((this.missing.get(key) ?? Infinity) <= from) return undefined;
    for (let i = this.src.indexOf(start, from); i !== -1 && i < limit; i = this.src.indexOf(start, i + 1)) {
      const tag = this.readTag(i, open.inHtml);
      if (tag && tag.closing && tag.name === open.name && tag.syntax === open.syntax) {
        if (tag.end <= limit) return tag;
        break;
      }
    }
    this.missing.set(key, from);
    return undefined;
  }

  /** Leaves out [start, end), with its line when nothing else is on it. */
  private drop(start: number, end: number): void {
    const src = this.src;
    const lineStart = src.lastIndexOf("\n", start - 1) + 1;
    const lineEnd = this.lineEnd(end);
    if (/^[ \t]*$/.test(src.slice(lineStart, start)) && /^[ \t]*$/.test(src.slice(end, lineEnd)) && lineEnd < src.length) {
      const previous = this.marks.at(-1);
      if (!previous || previous.end <= lineStart) {
        start = lineStart;
        end = lineEnd + 1;
      }
    }
    this.marks.push({ type: "drop", start, end });
  }

  /** A fence opening at `p`: its character and length. */
  private fenceAt(p: number, lineEnd: number): { char: number; length: number } | undefined {
    const c = this.src.charCodeAt(p);
    if (c !== BACKTICK && c !== TILDE) return undefined;
    let length = 1;
    while (this.src.charCodeAt(p + length) === c) length++;
    if (length < 3) return undefined;
    if (c === BACKTICK && this.src.slice(p + length, lineEnd).includes("`")) return undefined;
    return { char: c, length };
  }

  /** Where a fence's content ends and where the text after its closing line starts. */
  private fenceEnd(from: number, fence: { char: number; length: number }): [number, number] {
    const src = this.src;
    let pos = from;
    while (pos < src.length) {
      const lineEnd = this.lineEnd(pos);
      let p = this.skipSpaces(pos, lineEnd);
      while (src.charCodeAt(p) === GT) p = this.skipSpaces(p + 1, lineEnd);
      let length = 0;
      while (src.charCodeAt(p + length) === fence.char) length++;
      if (length >= fence.length && this.skipSpaces(p + length, lineEnd) === lineEnd) return [pos, lineEnd + 1];
      pos = lineEnd + 1;
    }
    return [src.length, src.length];
  }

  /** Raw HTML at `p` whose content markdown shows as it is (a comment, `<pre>`, `<code>`): where it ends, else `p`. */
  private skipHtml(p: number): number {
    const src = this.src;
    if (src.startsWith("<!--", p)) {
      const close = this.find("-->", p + 4, src.length);
      return close === -1 ? p : close + 3;
    }
    const element = CODE_ELEMENT.exec(src.slice(p, p + 12))?.[1];
    if (!element) return p;
    const key = `</${element.toLowerCase()}`;
    if ((this.missing.get(key) ?? Infinity) <= p) return p;
    const pattern = new RegExp(`</${element}\\s*>`, "gi");
    pattern.lastIndex = p;
    const match = pattern.exec(src);
    if (!match) {
      this.missing.set(key, p);
      return p;
    }
    const end = match.index + match[0].length;
    this.scanCode(p, end);
    return end;
  }

  /** Whether a line starting at `p` opens an HTML block that runs to the next blank line. */
  private startsHtmlBlock(p: number): boolean {
    const match = /^<\/?([A-Za-z][A-Za-z0-9-]*)(?=[\s/>]|$)/.exec(this.src.slice(p, p + 16));
    return match !== null && HTML_BLOCK.has(match[1]!.toLowerCase());
  }

  /** The first run of exactly `k` backticks from `from` in the same paragraph, or -1. */
  private closingBackticks(from: number, k: number): number {
    const src = this.src;
    const end = this.paragraphEndAfter(from);
    const key = `backticks ${k} ${end}`;
    if (this.missing.has(key)) return -1;
    let i = src.indexOf("`", from);
    while (i !== -1 && i < end) {
      let run = 1;
      while (src.charCodeAt(i + run) === BACKTICK) run++;
      if (run === k) return i;
      i = src.indexOf("`", i + run);
    }
    this.missing.set(key, from);
    return -1;
  }

  /** The end of the paragraph holding `pos`: the next blank line, or the end of the text. */
  private paragraphEndAfter(pos: number): number {
    if (pos >= this.paragraphStart && pos < this.paragraphEnd) return this.paragraphEnd;
    const src = this.src;
    let lineStart = this.lineEnd(pos) + 1;
    while (lineStart < src.length) {
      const lineEnd = this.lineEnd(lineStart);
      if (this.skipSpaces(lineStart, lineEnd) === lineEnd) break;
      lineStart = lineEnd + 1;
    }
    this.paragraphStart = pos;
    this.paragraphEnd = Math.min(lineStart, src.length);
    return this.paragraphEnd;
  }

  /** indexOf bounded by `limit`; the next occurrence is remembered, so searching again from further on costs nothing. */
  private find(text: string, from: number, limit: number): number {
    let hit = this.found.get(text);
    if (!hit || from < hit.from || (hit.at !== -1 && from > hit.at)) {
      hit = { from, at: this.src.indexOf(text, from) };
      this.found.set(text, hit);
    }
    return hit.at === -1 || hit.at + text.length > limit ? -1 : hit.at;
  }

  /** Like find, but passes over a `text` inside double-quoted or backquoted strings (Hugo's arguments may hold `>}}`). */
  private findOutsideQuotes(text: string, from: number, limit: number): number {
    const src = this.src;
    let quote = "";
    let i = from;
    for (let at = this.find(text, from, limit); at !== -1; at = this.find(text, at + 1, limit)) {
      for (; i < at; i++) {
        const c = src[i]!;
        if (quote) {
          if (c === "\\" && quote === '"') i++;
          else if (c === quote) quote = "";
        } else if (c === '"' || c === "`") quote = c;
      }
      if (!quote && i === at) return at;
    }
    return -1;
  }

  private lineEnd(pos: number): number {
    const end = this.src.indexOf("\n", pos);
    return end === -1 ? this.src.length : end;
  }

  private skipSpaces(pos: number, limit: number): number {
    while (pos < limit && (this.src.charCodeAt(pos) === SPACE || this.src.charCodeAt(pos) === TAB)) pos++;
    return pos;
  }

  private skipBlank(pos: number): number {
    while (pos < this.src.length && /\s/.test(this.src[pos]!)) pos++;
    return pos;
  }
}
