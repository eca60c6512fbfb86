// Markdown text for synthetic articles: English-like prose with the structure of a news article (headings,
// lists, quotes, links, code, tables) and Chinese prose built from common words. Pure and seeded.

import { randomInt, zipfSampler, type Random } from "./zipf.ts";

/** Where words come from. `englishRank` lets the caller count which words an article used. */
export interface WordSource {
  random: Random;
  vocabulary: readonly string[];
  chinese: readonly string[];
  /** Rank of the next English word (Zipf, 0 = most frequent). */
  englishRank(): number;
  /** Rank of the next Chinese word. */
  chineseRank(): number;
}

/** Zipf exponent of word frequencies: about 1 in natural language. */
const WORD_EXPONENT = 1.0;
/** The Chinese list has content words only (no 的, 是, 了), so its frequencies are flatter. */
const CHINESE_EXPONENT = 0.7;

export function wordSource(random: Random, vocabulary: readonly string[], chinese: readonly string[], onEnglishWord?: (rank: number) => void): WordSource {
  const english = zipfSampler(vocabulary.length, WORD_EXPONENT, random);
  const chineseNext = zipfSampler(chinese.length, CHINESE_EXPONENT, random);
  return {
    random,
    vocabulary,
    chinese,
    englishRank: onEnglishWord
      ? () => {
          const rank = english();
          onEnglishWord(rank);
          return rank;
        }
      : english,
    chineseRank: chineseNext,
  };
}

const capitalize = (word: string) => word[0].toUpperCase() + word.slice(1);
const englishWord = (src: WordSource) => src.vocabulary[src.englishRank()];
const chineseWord = (src: WordSource) => src.chinese[src.chineseRank()];

/** `count` words as plain lower-case text. */
export function englishWords(src: WordSource, count: number): string[] {
  return Array.from({ length: count }, () => englishWord(src));
}

/** A sentence of `count` words: capitalized, commas here and there, a full stop. */
export function englishSentence(src: WordSource, count: number): string {
  const words = englishWords(src, count);
  for (let i = 2; i < words.length - 2; i++) if (src.random() < 0.06) words[i] += ",";
  return `${capitalize(words.join(" "))}${src.random() < 0.04 ? "?" : "."}`;
}

/** A headline of 4–10 words; now and then with a colon, as in "Rent caps: what changes". */
export function englishTitle(src: WordSource): string {
  const words = englishWords(src, randomInt(src.random, 4, 10));
  if (words.length > 5 && src.random() < 0.15) words[1] += ":";
  return capitalize(words.join(" "));
}

/** Inline decorations of a paragraph: emphasis, and a link to `linkTarget()` when it gives one. */
export interface ParagraphOptions {
  /** A URL to link a few words to, or undefined for none. */
  linkTarget?: () => string | undefined;
}

/** A paragraph of about `count` words in sentences of 8–24 words. Returns the text and its word count. */
export function englishParagraph(src: WordSource, count: number, options: ParagraphOptions = {}): [text: string, words: number] {
  const sentences: string[] = [];
  let words = 0;
  while (words < count) {
    const length = Math.min(randomInt(src.random, 8, 24), Math.max(4, count - words));
    let sentence = englishSentence(src, length);
    if (src.random() < 0.05) sentence = sentence.replace(/ (\w+) /, (_all, word: string) => (src.random() < 0.5 ? ` *${word}* ` : ` **${word}** `));
    sentences.push(sentence);
    words += length;
  }
  const target = options.linkTarget?.();
  if (target !== undefined) {
    const at = randomInt(src.random, 0, sentences.length - 1);
    sentences[at] = sentences[at].replace(/ (\w+ \w+(?: \w+)?)([ ,.?])/, (_all, text: string, after: string) => ` [${text}](${target})${after}`);
  }
  return [sentences.join(" "), words];
}

function englishList(src: WordSource): [text: string, words: number] {
  const items = randomInt(src.random, 3, 6);
  const ordered = src.random() < 0.3;
  const lines: string[] = [];
  let words = 0;
  for (let i = 0; i < items; i++) {
    const length = randomInt(src.random, 4, 16);
    const item = englishSentence(src, length);
    const bold = src.random() < 0.3 ? item.replace(/^(\S+ \S+)/, "**$1**") : item;
    lines.push(`${ordered ? `${i + 1}.` : "-"} ${bold}`);
    words += length;
  }
  return [lines.join("\n"), words];
}

function englishTable(src: WordSource): string {
  const columns = randomInt(src.random, 2, 4);
  const header = Array.from({ length: columns }, (_, i) => (i === 0 ? "Year" : capitalize(englishWord(src))));
  const rows = Array.from({ length: randomInt(src.random, 3, 7) }, (_, r) => [
    String(2015 + r),
    ...Array.from({ length: columns - 1 }, () => (randomInt(src.random, 0, 99_999) / 10).toLocaleString("en")),
  ]);
  const line = (cells: string[]) => `| ${cells.join(" | ")} |`;
  return [line(header), line(header.map((_, i) => (i === 0 ? "---" : "---:"))), ...rows.map(line)].join("\n");
}

/** Code as technical articles quote it; some of it is template syntax, which a build must leave alone. */
function codeBlock(src: WordSource): string {
  const a = englishWord(src).replace(/\W/g, "") || "value";
  const b = englishWord(src).replace(/\W/g, "") || "item";
  const samples = [
    ["js", `const ${a} = await fetch("/api/${b}");\nif (!${a}.ok) throw new Error("${b} failed");\nconsole.log(await ${a}.json());`],
    ["yaml", `${a}:\n  ${b}: true\n  limit: ${randomInt(src.random, 1, 500)}`],
    ["html", `<p>Hello, {{ ${a}.name }}!</p>\n{% if ${b} %}<span>{{ ${b} | upper }}</span>{% endif %}`],
    ["sh", `curl -s https://example.org/${a} | grep ${b}`],
  ] as const;
  const [lang, code] = samples[randomInt(src.random, 0, samples.length - 1)];
  return `\`\`\`${lang}\n${code}\n\`\`\``;
}

/**
 * An article body of about `targetWords` words: an intro, then `##` sections with paragraphs, sometimes a
 * `###` subsection, a list, a quote, a table or a code block.
 */
export function englishMarkdown(src: WordSource, targetWords: number, options: ParagraphOptions = {}): string {
  const blocks: string[] = [];
  let words = 0;
  const paragraph = () => {
    // The last paragraph is shortened, so bodies end near their target instead of up to a paragraph past it.
    const length = Math.min(randomInt(src.random, 40, 110), Math.max(25, targetWords - words));
    const [text, count] = englishParagraph(src, length, src.random() < 0.15 ? options : {});
    blocks.push(text);
    words += count;
  };
  paragraph();
  if (src.random() < 0.6) paragraph();
  while (words < targetWords) {
    blocks.push(`## ${capitalize(englishWords(src, randomInt(src.random, 2, 6)).join(" "))}`);
    paragraph();
    const roll = src.random();
    if (roll < 0.3) {
      const [list, count] = englishList(src);
      blocks.push(list);
      words += count;
    } else if (roll < 0.38) {
      const [quote, count] = englishParagraph(src, randomInt(src.random, 15, 40));
      blocks.push(`> ${quote}`);
      words += count;
    } else if (roll < 0.42) {
      blocks.push(englishTable(src));
    } else if (roll < 0.46) {
      blocks.push(codeBlock(src));
    }
    if (src.random() < 0.25) {
      blocks.push(`### ${capitalize(englishWords(src, randomInt(src.random, 2, 5)).join(" "))}`);
    }
    if (words < targetWords) paragraph();
  }
  return `${blocks.join("\n\n")}\n`;
}

/** A Chinese sentence of about `chars` characters: words, commas, a full stop. */
export function chineseSentence(src: WordSource, chars: number): string {
  let text = "";
  let sinceComma = 0;
  while (text.length < chars) {
    const word = chineseWord(src);
    text += word;
    sinceComma += word.length;
    if (sinceComma > 8 && src.random() < 0.2) {
      text += "，";
      sinceComma = 0;
    }
  }
  return `${text.replace(/，$/, "")}。`;
}

export function chineseTitle(src: WordSource): string {
  return chineseSentence(src, randomInt(src.random, 6, 16)).slice(0, -1);
}

/** A Chinese body of about `targetChars` characters, with `##` sections and the occasional list. */
export function chineseMarkdown(src: WordSource, targetChars: number): string {
  const blocks: string[] = [];
  let chars = 0;
  const paragraph = () => {
    let text = "";
    const length = randomInt(src.random, 80, 220);
    while (text.length < length) text += chineseSentence(src, randomInt(src.random, 12, 40));
    blocks.push(text);
    chars += text.length;
  };
  paragraph();
  while (chars < targetChars) {
    blocks.push(`## ${chineseTitle(src).slice(0, 12)}`);
    paragraph();
    if (src.random() < 0.25) {
      const items = Array.from({ length: randomInt(src.random, 3, 5) }, () => `- ${chineseSentence(src, randomInt(src.random, 8, 20))}`);
      blocks.push(items.join("\n"));
      chars += items.join("").length;
    }
    if (chars < targetChars) paragraph();
  }
  return `${blocks.join("\n\n")}\n`;
}
