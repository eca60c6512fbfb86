// Synthetic article corpora for benchmarks: `count` markdown files in ~20 category folders, the same files for
// the same count and seed. Articles are written one at a time, so a 100k corpus never sits in memory.
//   await ensureCorpus("bench/out/corpus", { count: 10_000, seed: 42 })   → the folder, generated once

import fs from "node:fs";
import path from "node:path";
import { chineseMarkdown, chineseTitle, englishMarkdown, englishParagraph, englishTitle, wordSource } from "./corpusText.ts";
import { AUTHORS, CATEGORIES, CHINESE_WORDS, chineseTagNames, englishTagNames, englishVocabulary } from "./vocabulary.ts";
import { mulberry32, randomInt, zipfExponentForTopShare, zipfSampler } from "./zipf.ts";

/** Bump when the generated text changes, so cached corpora are made again. */
export const CORPUS_VERSION = 2;

export interface CorpusOptions {
  count: number;
  seed: number;
  /** Distinct English tags to draw from (DEFAULT_TAG_VOCABULARY unless given). */
  tagVocabulary?: number;
  /** A lead image for every article (img/<file>.jpg beside it, made by writeCorpusImages); the text is otherwise the same. */
  images?: boolean;
}

export interface SyntheticArticle {
  /** Path below the corpus folder: "economy/tax-reform-3f.md". */
  relativePath: string;
  text: string;
}

/** What was generated, for the benchmark's report and to pick sample queries. */
export interface CorpusStats extends Required<CorpusOptions> {
  version: number;
  articles: number;
  drafts: number;
  scheduled: number;
  chinese: number;
  categories: number;
  tags: number;
  /** The most common tag and the share of articles that carry it. */
  topTag: { name: string; share: number };
  meanTagsPerArticle: number;
  meanEnglishWords: number;
  meanChineseChars: number;
  bytes: number;
  /** Bytes of the lead images (a corpus with images). */
  imageBytes?: number;
  /** Published English articles using a word, for the sample queries: a frequent one and the rarest. */
  wordDocuments: Record<string, number>;
  rareWord: string;
}

const DAY = 86_400_000;
/** Ten years of publication dates, ending before the machine's clock (Nov 2026), so they stay published. */
const FIRST_DAY = Date.UTC(2016, 10, 1);
const LAST_DAY = Date.UTC(2026, 9, 31);
/** Scheduled articles are dated far ahead, so they stay scheduled whenever the benchmark runs. */
const SCHEDULED_FROM = Date.UTC(2090, 0, 1);
const VOCABULARY_SIZE = 50_000;
const CHINESE_SHARE = 0.05;
/** One draft and one scheduled article in every 250, at fixed places, so even a small corpus has a few. */
const UNPUBLISHED_EVERY = 250;
const DRAFT_AT = 97;
const SCHEDULED_AT = 211;
/** Tags per article are 2–8 (mean 5); the most common tag lands on about this share of articles. */
const TOP_TAG_SHARE = 0.3;
/** Words counted per article for the sample-query statistics. */
const TRACKED_WORDS = ["government", "city", "planning", "deploy", "deployment", "deployed", "deploying"];

/** The articles of a corpus, one at a time, plus the statistics once the last one was produced. */
export function* syntheticArticles({ count, seed, tagVocabulary = DEFAULT_TAG_VOCABULARY, images = false }: CorpusOptions): Generator<SyntheticArticle, CorpusStats> {
  const random = mulberry32(seed);
  const vocabulary = englishVocabulary(random, VOCABULARY_SIZE);
  const englishTags = englishTagNames(random, vocabulary, tagVocabulary);
  const chineseTags = chineseTagNames(random, Math.max(40, Math.round(tagVocabulary / 10)));
  const nextEnglishTag = zipfSampler(englishTags.length, zipfExponentForTopShare(englishTags.length, 5, TOP_TAG_SHARE), random);
  const nextChineseTag = zipfSampler(chineseTags.length, zipfExponentForTopShare(chineseTags.length, 5, TOP_TAG_SHARE), random);
  const nextCategory = zipfSampler(CATEGORIES.length, 0.5, random);

  // Which published English articles use each word: `stamp` avoids counting a word twice in one article.
  const documents = new Int32Array(vocabulary.length);
  const stamp = new Int32Array(vocabulary.length).fill(-1);
  let current = -1;
  let counting = false;
  const src = wordSource(random, vocabulary, CHINESE_WORDS, (rank) => {
    if (counting && stamp[rank] !== current) {
      stamp[rank] = current;
      documents[rank]++;
    }
  });

  /** Published articles so far, as paths, for links between articles (never to a draft or a scheduled one). */
  const published: string[] = [];
  const usedPaths = new Set<string>();
  const tagCounts = new Map<string, number>();
  const stats = { drafts: 0, scheduled: 0, chinese: 0, englishWords: 0, chineseChars: 0, bytes: 0, tagsPlaced: 0 };

  for (let i = 0; i < count; i++) {
    current = i;
    const isChinese = random() < CHINESE_SHARE;
    const draft = i % UNPUBLISHED_EVERY === DRAFT_AT;
    const scheduled = i % UNPUBLISHED_EVERY === SCHEDULED_AT;
    counting = !isChinese && !draft && !scheduled;
    const category = CATEGORIES[nextCategory()];
    const folder = category.toLowerCase().replace(/\s+/g, "-");

    const title = isChinese ? chineseTitle(src) : englishTitle(src);
    const slugWords = isChinese ? [...title.replace(/[，。]/g, "")].slice(0, 8).join("") : title.toLowerCase().replace(/[^a-z ]/g, "").split(" ").slice(0, 6).join("-");
    let relativePath = `${folder}/${slugWords}-${i.toString(36)}.md`;
    if (usedPaths.has(relativePath)) relativePath = `${folder}/article-${i}.md`;
    usedPaths.add(relativePath);

    const tags = new Set<string>();
    const tagCount = randomInt(random, 2, 8);
    while (tags.size < tagCount) {
      tags.add(isChinese && random() < 0.85 ? chineseTags[nextChineseTag()] : englishTags[nextEnglishTag()]);
    }
    for (const tag of tags) tagCounts.set(tag, (tagCounts.get(tag) ?? 0) + 1);
    stats.tagsPlaced += tags.size;

    const day = scheduled ? SCHEDULED_FROM + randomInt(random, 0, 365) * DAY : FIRST_DAY + randomInt(random, 0, (LAST_DAY - FIRST_DAY) / DAY) * DAY;
    const date = random() < 0.1 ? `${isoDay(day)}T${String(randomInt(random, 6, 21)).padStart(2, "0")}:30:00+08:00` : isoDay(day);

    const linkTarget = () => {
      if (published.length === 0 || random() < 0.5) return `https://example.org/${src.vocabulary[randomInt(random, 100, 5000)]}/`;
      const target = published[randomInt(random, Math.max(0, published.length - 2000), published.length - 1)];
      return path.posix.relative(folder, target);
    };
    let body: string;
    if (isChinese) {
      body = chineseMarkdown(src, randomInt(random, 1500, 2500));
      stats.chineseChars += [...body.replace(/[\s#\-，。]/g, "")].length;
    } else {
      body = englishMarkdown(src, randomInt(random, 600, 900), { linkTarget });
      stats.englishWords += body.split(/\s+/).filter((w) => /[a-z]/i.test(w)).length;
    }

    const lines = ["---", `title: ${JSON.stringify(title)}`, `date: ${date}`, `tags: [${[...tags].map((t) => JSON.stringify(t)).join(", ")}]`];
    lines.push(`author: ${JSON.stringify(AUTHORS[randomInt(random, 0, AUTHORS.length - 1)])}`);
    if (!isChinese && random() < 0.6) lines.push(`description: ${JSON.stringify(englishParagraph(src, randomInt(random, 12, 30))[0])}`);
    if (random() < 0.1) lines.push(`updated: ${isoDay(day + randomInt(random, 1, 60) * DAY)}`);
    if (isChinese) lines.push("lang: zh-CN");
    if (draft) lines.push("draft: true");
    // No random draw: the same corpus with and without images differs by these lines only.
    if (images) lines.push(`image: ${leadImagePath(relativePath).slice(folder.length + 1)}`, `image_alt: "Picture ${i}"`);
    lines.push("---", "");
    const text = `${lines.join("\n")}\n${body}`;

    if (draft) stats.drafts++;
    else if (scheduled) stats.scheduled++;
    else published.push(relativePath);
    if (isChinese) stats.chinese++;
    stats.bytes += Buffer.byteLength(text);
    yield { relativePath, text };
  }

  const [topName, topCount] = [...tagCounts].reduce((best, entry) => (entry[1] > best[1] ? entry : best));
  const english = count - stats.chinese;
  const wordDocuments: Record<string, number> = {};
  for (const word of TRACKED_WORDS) wordDocuments[word] = documents[vocabulary.indexOf(word)];
  const rareWord = rarestWord(vocabulary, documents);
  wordDocuments[rareWord] = documents[vocabulary.indexOf(rareWord)];
  return {
    version: CORPUS_VERSION,
    count,
    seed,
    tagVocabulary,
    images,
    articles: count,
    drafts: stats.drafts,
    scheduled: stats.scheduled,
    chinese: stats.chinese,
    categories: new Set(CATEGORIES).size,
    tags: tagCounts.size,
    topTag: { name: topName, share: topCount / count },
    meanTagsPerArticle: stats.tagsPlaced / count,
    meanEnglishWords: english ? stats.englishWords / english : 0,
    meanChineseChars: stats.chinese ? stats.chineseChars / stats.chinese : 0,
    bytes: stats.bytes,
    wordDocuments,
    rareWord,
  };
}

/**
 * 400 English tags (and 40 Chinese), whatever the size: the corpus on which bare Eleventy took the reference
 * 36.5 s at 10k. Eleventy's cost grows with tags × articles, so a vocabulary that grows with the site (n / 4,
 * as bench/related.ts uses) makes the baseline much slower and our ratio look better than it is.
 */
export const DEFAULT_TAG_VOCABULARY = 400;

/** The word used by the fewest published English articles (at least one): ties go to the rarer rank. */
function rarestWord(vocabulary: readonly string[], documents: Int32Array): string {
  let best = -1;
  for (let rank = vocabulary.length - 1; rank >= 0; rank--) {
    // Long plain words only: short ones may be prefixes or stems of other words.
    if (documents[rank] === 0 || !/^[a-z]{8,}$/.test(vocabulary[rank])) continue;
    if (best === -1 || documents[rank] < documents[best]) best = rank;
  }
  return best === -1 ? vocabulary[vocabulary.length - 1] : vocabulary[best];
}

/** Where an article's lead image is, relative to the corpus folder: "economy/img/tax-reform-3f.jpg". */
export function leadImagePath(relativePath: string): string {
  const slash = relativePath.lastIndexOf("/");
  return `${relativePath.slice(0, slash)}/img/${relativePath.slice(slash + 1).replace(/\.md$/, ".jpg")}`;
}

/** Each article's lead image, 800×450, different for every article (so each is encoded on its own). */
export async function writeCorpusImages(dir: string, options: CorpusOptions): Promise<number> {
  const { default: sharp } = await import("sharp");
  const articles = syntheticArticles({ ...options, images: true });
  const files: string[] = [];
  for (let next = articles.next(); !next.done; next = articles.next()) files.push(leadImagePath(next.value.relativePath));
  let bytes = 0;
  const AT_ONCE = 8;
  for (let i = 0; i < files.length; i += AT_ONCE) {
    await Promise.all(
      files.slice(i, i + AT_ONCE).map(async (file, j) => {
        const n = i + j;
        const hue = (n * 47) % 360;
        const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="800" height="450"><defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="hsl(${hue},60%,70%)"/><stop offset="1" stop-color="hsl(${(hue + 120) % 360},50%,30%)"/></linearGradient></defs><rect width="800" height="450" fill="url(#g)"/><circle cx="${100 + ((n * 37) % 600)}" cy="${100 + ((n * 53) % 250)}" r="${40 + (n % 80)}" fill="hsl(${(hue + 200) % 360},70%,60%)"/><rect x="${(n * 29) % 500}" y="300" width="240" height="${60 + (n % 90)}" fill="hsl(${(hue + 60) % 360},40%,40%)"/></svg>`;
        const out = path.join(dir, file);
        fs.mkdirSync(path.dirname(out), { recursive: true });
        await sharp(Buffer.from(svg)).jpeg({ quality: 75 }).toFile(out);
        bytes += fs.statSync(out).size;
      }),
    );
  }
  return bytes;
}

/** Writes a corpus into `dir` (which must not exist yet) and returns its statistics. */
export function writeCorpus(dir: string, options: CorpusOptions): CorpusStats {
  fs.mkdirSync(dir, { recursive: true });
  const folders = new Set<string>();
  const articles = syntheticArticles(options);
  for (let next = articles.next(); ; next = articles.next()) {
    if (next.done) return next.value;
    const file = path.join(dir, next.value.relativePath);
    const folder = path.dirname(file);
    if (!folders.has(folder)) {
      fs.mkdirSync(folder, { recursive: true });
      folders.add(folder);
    }
    fs.writeFileSync(file, next.value.text);
  }
}

/** The folder of a corpus under `root`: made on first use, then reused (keyed by count, seed and version). */
export function ensureCorpus(root: string, options: CorpusOptions): { dir: string; stats: CorpusStats; generatedSeconds?: number } {
  const tags = options.tagVocabulary ?? DEFAULT_TAG_VOCABULARY;
  const key = `${options.count}-seed${options.seed}-tags${tags}${options.images ? "-images" : ""}-v${CORPUS_VERSION}`;
  const dir = path.resolve(root, key);
  const statsFile = `${dir}.json`;
  if (fs.existsSync(statsFile) && fs.existsSync(dir)) return { dir, stats: JSON.parse(fs.readFileSync(statsFile, "utf8")) as CorpusStats };
  // Written beside and renamed at the end, so an interrupted run never leaves a half corpus that looks whole.
  const partial = `${dir}.partial`;
  fs.rmSync(partial, { recursive: true, force: true });
  fs.rmSync(dir, { recursive: true, force: true });
  const started = performance.now();
  const stats = writeCorpus(partial, { ...options, tagVocabulary: tags });
  fs.renameSync(partial, dir);
  if (options.images) stats.imageBytes = -1; // filled in by ensureImageCorpus
  fs.writeFileSync(statsFile, `${JSON.stringify(stats, null, 2)}\n`);
  return { dir, stats, generatedSeconds: (performance.now() - started) / 1000 };
}

const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** ensureCorpus with `images`, and the images themselves (made once, then reused). */
export async function ensureImageCorpus(root: string, options: Omit<CorpusOptions, "images">): Promise<{ dir: string; stats: CorpusStats; generatedSeconds?: number }> {
  const corpus = ensureCorpus(root, { ...options, images: true });
  if (corpus.stats.imageBytes !== undefined && corpus.stats.imageBytes >= 0) return corpus;
  const started = performance.now();
  corpus.stats.imageBytes = await writeCorpusImages(corpus.dir, { ...options, tagVocabulary: options.tagVocabulary ?? DEFAULT_TAG_VOCABULARY });
  fs.writeFileSync(`${corpus.dir}.json`, `${JSON.stringify(corpus.stats, null, 2)}\n`);
  return { ...corpus, generatedSeconds: (corpus.generatedSeconds ?? 0) + (performance.now() - started) / 1000 };
}
