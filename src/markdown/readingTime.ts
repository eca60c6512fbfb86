// Reading time: words for alphabetic text, characters for Chinese and Japanese (which have no spaces).
// Counted on the markdown source in one pass over its characters, without link targets, HTML tags and bare
// addresses: close enough to the rendered text for a whole number of minutes, and no parse.
//
// The markup is found by looking ahead for the character that ends it ("next `>`", "next `)`"), and each of
// those look-aheads only moves forward (NextIndex), so a line of 300,000 `<` costs what 300,000 letters cost.
// A regular expression would search again from every `<`, which is quadratic in the length of the line.

const WORDS_PER_MINUTE = 230;
const CJK_CHARACTERS_PER_MINUTE = 400;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

export function readingMinutes(markdown: string): number {
  const { words, cjk } = readingCounts(markdown);
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE + cjk / CJK_CHARACTERS_PER_MINUTE));
}

/** Words, and Chinese, Japanese and Korean characters, outside markup. */
export function readingCounts(markdown: string): { words: number; cjk: number } {
  const markup = new MarkupFinder(markdown);
  let words = 0;
  let cjk = 0;
  let inWord = false;
  for (let i = 0; i < markdown.length; ) {
    const code = markdown.charCodeAt(i);
    if (code === CLOSE_BRACKET || code === LESS_THAN || code === H) {
      const end = markup.endAt(i);
      if (end > i) {
        // Markup reads as a space.
        inWord = false;
        i = end;
        continue;
      }
    }
    if (code <= 0x7f) {
      if (isAsciiLetterOrDigit(code)) {
        if (!inWord) words++;
        inWord = true;
        // The rest of an ASCII word at once; an "h" may start an address, so it goes round the loop.
        i++;
        for (let c = markdown.charCodeAt(i); c !== H && isAsciiLetterOrDigit(c); c = markdown.charCodeAt(++i));
        continue;
      }
      inWord = false;
    } else if (isCjk(code)) {
      cjk++;
      inWord = false;
    } else if (LETTER_OR_DIGIT.test(markdown[i]!)) {
      if (!inWord) words++;
      inWord = true;
    } else inWord = false;
    i++;
  }
  return { words, cjk };
}

const CLOSE_BRACKET = 0x5d;
const OPEN_PAREN = 0x28;
const CLOSE_PAREN = 0x29;
const LESS_THAN = 0x3c;
const GREATER_THAN = 0x3e;
const QUOTE = 0x22;
const H = 0x68;
const NEWLINE = 0x0a;

/**
 * Where markup starting at a position ends. Three kinds, as the expression
 * `\]\([^)\s]*(?:\s+"[^"]*")?\)|<[^>\n]+>|https?:\/\/\S+` would match them:
 * a link target `](target "title")`, a tag `<…>` within one line, a bare address `https://…`.
 * Positions must be asked in increasing order.
 */
class MarkupFinder {
  private readonly text: string;
  private readonly greaterThan: NextIndex;
  private readonly newline: NextIndex;
  private readonly parenOrSpace: NextIndex;
  private readonly nonSpace: NextIndex;
  private readonly quote: NextIndex;

  constructor(text: string) {
    this.text = text;
    this.greaterThan = new NextIndex(text, (code) => code === GREATER_THAN);
    this.newline = new NextIndex(text, (code) => code === NEWLINE);
    this.parenOrSpace = new NextIndex(text, (code) => code === CLOSE_PAREN || isSpace(code));
    this.nonSpace = new NextIndex(text, (code) => !isSpace(code));
    this.quote = new NextIndex(text, (code) => code === QUOTE);
  }

  /** The end of the markup that starts at `i`, or `i` when none does. */
  endAt(i: number): number {
    const text = this.text;
    const code = text.charCodeAt(i);
    if (code === CLOSE_BRACKET && text.charCodeAt(i + 1) === OPEN_PAREN) {
      // The target runs to the first ")" or space; after a space only a "title" and ")" may follow.
      const stop = this.parenOrSpace.from(i + 2);
      if (text.charCodeAt(stop) === CLOSE_PAREN) return stop + 1;
      if (stop < text.length) {
        const open = this.nonSpace.from(stop);
        if (text.charCodeAt(open) === QUOTE) {
          const close = this.quote.from(open + 1);
          if (close < text.length && text.charCodeAt(close + 1) === CLOSE_PAREN) return close + 2;
        }
      }
      return i;
    }
    if (code === LESS_THAN) {
      // At least one character, then the first ">" on the same line.
      const close = this.greaterThan.from(i + 1);
      return close > i + 1 && close < this.newline.from(i + 1) && close < text.length ? close + 1 : i;
    }
    if (code === H && (text.startsWith("http://", i) || text.startsWith("https://", i))) {
      const start = i + (text.charCodeAt(i + 4) === 0x73 /* s */ ? 8 : 7);
      if (start < text.length && !isSpace(text.charCodeAt(start))) return this.nonSpaceEnd(start);
    }
    return i;
  }

  /** The end of the run of non-space characters starting at `start`. */
  private nonSpaceEnd(start: number): number {
    let end = start;
    while (end < this.text.length && !isSpace(this.text.charCodeAt(end))) end++;
    return end;
  }
}

/**
 * The first position at or after a given one whose character passes a test. Asked in increasing order, it
 * scans each character at most once over all calls; `text.length` when there is none.
 */
class NextIndex {
  private readonly text: string;
  private readonly test: (code: number) => boolean;
  /** The answer for positions from `asked` up to it. */
  private found = -1;
  private asked = 0;

  constructor(text: string, test: (code: number) => boolean) {
    this.text = text;
    this.test = test;
  }

  from(position: number): number {
    if (position >= this.asked && position <= this.found) return this.found;
    let i = position;
    while (i < this.text.length && !this.test(this.text.charCodeAt(i))) i++;
    this.asked = position;
    this.found = i;
    return i;
  }
}

/** What `\s` matches. */
function isSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

const isAsciiLetterOrDigit = (code: number) => (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);

/** Han, kana and Hangul: read one character at a time. */
function isCjk(code: number): boolean {
  return (
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0x3040 && code <= 0x30ff) ||
    (code >= 0xac00 && code <= 0xd7af) ||
    (code >= 0xf900 && code <= 0xfaff)
  );
}
