// Reading time: words for alphabetic text, characters for Chinese and Japanese (which have no spaces).
// Counted on the markdown source, without link targets and HTML tags: close enough to the rendered text
// for a whole number of minutes, and no parse.

const WORDS_PER_MINUTE = 230;
const CJK_CHARACTERS_PER_MINUTE = 400;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;
const MARKUP = /\]\([^)\s]*(?:\s+"[^"]*")?\)|<[^>\n]+>|https?:\/\/\S+/g;

export function readingMinutes(markdown: string): number {
  const text = markdown.replace(MARKUP, " ");
  const cjk = text.match(CJK)?.length ?? 0;
  const words = text.replace(CJK, " ").match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE + cjk / CJK_CHARACTERS_PER_MINUTE));
}
