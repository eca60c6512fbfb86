// Reading time: words for alphabetic text, characters for Chinese and Japanese (which have no spaces).
// Counted on the markdown source in one pass over its characters, without link targets and HTML tags:
// close enough to the rendered text for a whole number of minutes, and no parse.

const WORDS_PER_MINUTE = 230;
const CJK_CHARACTERS_PER_MINUTE = 400;
const MARKUP = /\]\([^)\s]*(?:\s+"[^"]*")?\)|<[^>\n]+>|https?:\/\/\S+/g;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

export function readingMinutes(markdown: string): number {
  const text = markdown.replace(MARKUP, " ");
  let words = 0;
  let cjk = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isCjk(code)) {
      cjk++;
      inWord = false;
    } else if (code <= 0x7f ? isAsciiLetterOrDigit(code) : LETTER_OR_DIGIT.test(text[i]!)) {
      if (!inWord) words++;
      inWord = true;
    } else inWord = false;
  }
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE + cjk / CJK_CHARACTERS_PER_MINUTE));
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
