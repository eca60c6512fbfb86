// Benchmark of the search index on a synthetic site: `npm run bench:search -- --size=100000`.
// Builds the index of a deterministic corpus (600–900 words per article, Zipf word frequencies, ~5% Chinese) and
// reports what the build costs: CPU time (user + sys, which a shared machine disturbs less than wall time) and
// the peak RSS of the whole process, corpus included. Up to 20k articles (or with --queries) it then replays
// sample queries through the real query code, counting what a browser would download. Last, the relevance
// table (bench/searchRelevance.ts): judged queries on an English and a Chinese corpus, before and after issue 15.
//
//   --size=N (or --docs=N)  articles, default 10000
//   --seed=N                corpus seed, default 42
//   --queries / --no-queries
//   --no-relevance          leave out the relevance table
//   --hash                  print a hash of every file (path and contents), to compare two versions' output
//   --out=DIR               write the files under DIR
//
// Run with `node --expose-gc` to collect the corpus generator's garbage before the build starts.

import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { createSearchSession } from "../src/search/searchSession.ts";
import { searchFields } from "../src/search/searchFields.ts";
import { SearchIndexBuilder } from "../src/search/SearchIndexBuilder.ts";
import { site } from "../src/site.ts";
import type { SearchDocument, SearchIndexStats } from "../src/search/types.ts";
import { hasCjk } from "../src/search/tokenize.ts";
import { relevanceTable } from "./searchRelevance.ts";
import { syllableVocabulary } from "./vocabulary.ts";
import { mulberry32, randomInt, zipfSampler, type Random } from "./zipf.ts";

const args = new Map(
  process.argv.slice(2).map((a) => {
    const [key, value] = a.replace(/^--/, "").split("=");
    return [key, value ?? "true"] as [string, string];
  }),
);
const DOCS = Number(args.get("size") ?? args.get("docs") ?? 10_000);
const SEED = Number(args.get("seed") ?? 42);
const QUERIES = args.has("no-queries") ? false : args.has("queries") || DOCS <= 20_000;
const HASH = args.has("hash");
const RELEVANCE = !args.has("no-relevance");
const OUT = args.get("out");
const RESULTS_SHOWN = 10;
if (!Number.isInteger(DOCS) || DOCS < 1) throw new Error(`--size: ${args.get("size") ?? args.get("docs")} is not a positive integer`);

// Frequent English words first (many are lunr stop words), then topical words, then made-up ones.
const COMMON =
  "the of and to a in is that for it as was with be by on not he i this are or his from at which but have an they " +
  "you were her she there been one all we their has would when if so no will more about can up out them some into " +
  "other than then its time only new also people year two first after years way could over work back any most " +
  "government city said just many state world day week made where before public because through report market"; // 120-ish
const TOPICAL =
  "planning policy economy economic tax taxes reform budget school teacher students health hospital river bridge " +
  "train station airport energy solar wind power grid election vote council mayor housing rent climate weather " +
  "storm flood drought farm food price prices bank loan credit data privacy software server deploy deployment " +
  "deployed deploying cloud network chip robot science research museum music film festival football league coach " +
  "injury season history border treaty transport traffic water waste recycling court judge police crime";
const SYLLABLES = "ba be bi bo bu da de di do du fa fe fi ka ke ki ko la le li lo lu ma me mi mo na ne ni no ra re ri ro sa se si so ta te ti to va ve vi zo".split(" ");
const ENDINGS = ["", "", "", "s", "ed", "ing", "tion", "er", "ly", "ment", "al", "ness"];
const CHINESE_WORDS =
  "城市 规划 发展 经济 政府 报告 技术 人工智能 数据 市场 教育 文化 交通 环境 能源 医疗 研究 学生 工作 社会 北京 上海 项目 " +
  "管理 安全 网络 服务 企业 政策 改革 农业 旅游 体育 音乐 电影 历史 科学 公共 设施 居民 住房 价格 银行 投资 国际 合作 地区 建设";
const CHINESE_CHARS =
  "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经" +
  "十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严";

/** A site of `n` articles; article i is Chinese when the generator says so (~5%). */
function syntheticSite(n: number, seed: number): SearchDocument[] {
  const random = mulberry32(seed);
  const english = englishVocabulary(random, 5000);
  const chinese = chineseVocabulary(random, 3000);
  const nextWord = zipfSampler(english.length, 1.0, random);
  const nextChinese = zipfSampler(chinese.length, 1.0, random);
  const tagNames = Array.from({ length: 400 }, (_, i) => (i < 40 ? `${english[60 + i]} ${english[200 + i]}` : english[300 + i]));
  const nextTag = zipfSampler(tagNames.length, 1.0, random);
  const categories = ["Economy", "Politics", "Technology", "Science", "Culture", "Sport", "Health", "World", "Opinion", "Local", "Climate", "Business"];

  const englishText = (words: number): string => {
    const out: string[] = [];
    let sentence = 0;
    for (let i = 0; i < words; i++) {
      let word = english[nextWord()];
      if (sentence === 0) word = word[0].toUpperCase() + word.slice(1);
      sentence++;
      if (sentence > 8 && random() < 0.12) {
        word += ".";
        sentence = 0;
      } else if (random() < 0.05) word += ",";
      out.push(word);
    }
    return out.join(" ");
  };
  const chineseText = (words: number): string => {
    let text = "";
    for (let i = 0; i < words; i++) {
      text += chinese[nextChinese()];
      if (random() < 0.08) text += random() < 0.6 ? "，" : "。";
      if (random() < 0.01) text += ` ${english[nextWord()]} `;
    }
    return text;
  };

  return Array.from({ length: n }, (_, i) => {
    const isChinese = random() < 0.05;
    const text = isChinese ? chineseText : englishText;
    const body = text(randomInt(random, 600, 900));
    const title = text(randomInt(random, 4, 10)).replace(/[.,]$/, "");
    const category = categories[i % categories.length];
    const tags = new Set<string>();
    const tagCount = randomInt(random, 1, 4);
    while (tags.size < tagCount) tags.add(tagNames[nextTag()]);
    return {
      url: `/${category.toLowerCase()}/article-${i}/`,
      title,
      tags: [...tags],
      description: text(randomInt(random, 15, 30)),
      body,
      category,
      date: new Date(Date.UTC(2015, 0, 1) + randomInt(random, 0, 3652) * 86_400_000).toISOString().slice(0, 10),
      excerpt: body.slice(0, 200),
      lang: isChinese ? "zh" : "en",
    };
  });
}

function englishVocabulary(random: Random, size: number): string[] {
  return syllableVocabulary(random, size, `${COMMON} ${TOPICAL}`, SYLLABLES, ENDINGS);
}

function chineseVocabulary(random: Random, size: number): string[] {
  const words = [...new Set(CHINESE_WORDS.split(" "))];
  const seen = new Set(words);
  const chars = [...CHINESE_CHARS];
  while (words.length < size) {
    const length = random() < 0.8 ? 2 : 3;
    let word = "";
    for (let k = 0; k < length; k++) word += chars[randomInt(random, 0, chars.length - 1)];
    if (!seen.has(word)) {
      seen.add(word);
      words.push(word);
    }
  }
  return words;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const seconds = (usage: NodeJS.CpuUsage) => (usage.user + usage.system) / 1e6;
const gzipBytes = (text: string) => gzipSync(text).length;
const peakRss = () => process.resourceUsage().maxRSS * 1024;

type Emit = (path: string, contents: string) => void;

/** Builds the index as the build does, handing every file to `emit`. */
function buildIndex(documents: readonly SearchDocument[], emit: Emit): SearchIndexStats {
  const builder = new SearchIndexBuilder({ fields: searchFields(site.search.boosts) });
  for (const document of documents) builder.add(document, emit);
  return builder.emit(emit);
}

async function main(): Promise<void> {
  const generating = process.cpuUsage();
  const documents = syntheticSite(DOCS, SEED);
  const generationCpu = seconds(process.cpuUsage(generating));
  const words = documents.reduce((sum, d) => sum + d.body.split(/\s+/).length, 0);
  const textBytes = documents.reduce(
    (sum, d) => sum + [d.url, d.title, ...d.tags, d.description, d.body, d.category, d.date, d.excerpt, d.lang].reduce((s, t) => s + Buffer.byteLength(t), 0),
    0,
  );
  (globalThis as { gc?: () => void }).gc?.();
  const rssBefore = process.memoryUsage().rss;
  const peakBefore = peakRss();

  // What the build hands out: kept only when queries or --out need the contents.
  const keep = QUERIES || OUT !== undefined;
  const contents = new Map<string, string>();
  const digests = new Map<string, string>();
  let emitted = 0;
  let emitCpu = 0;
  const emit: Emit = (file, text) => {
    const started = process.cpuUsage();
    emitted += 1;
    if (keep) contents.set(file, text);
    if (HASH) digests.set(file, createHash("sha256").update(text).digest("hex"));
    emitCpu += seconds(process.cpuUsage(started));
  };

  const startedCpu = process.cpuUsage();
  const startedWall = performance.now();
  const stats = buildIndex(documents, emit);
  const buildWall = (performance.now() - startedWall) / 1000;
  const buildUsage = process.cpuUsage(startedCpu);
  const peakAfter = peakRss();
  const memory = process.memoryUsage();

  console.log(`## Search index benchmark\n`);
  console.log(
    `${DOCS.toLocaleString("en")} synthetic articles (seed ${SEED}), ${(words / DOCS).toFixed(0)} body words on average, ` +
      `${documents.filter((d) => d.lang === "zh").length.toLocaleString("en")} in Chinese, ${mb(textBytes)} of text (UTF-8). ` +
      `Node ${process.version}.\n`,
  );
  console.log(`| measure | value |\n|---|---|`);
  console.log(`| corpus generation (CPU) | ${generationCpu.toFixed(2)} s |`);
  console.log(
    `| index build, CPU user + sys | ${(seconds(buildUsage) - emitCpu).toFixed(2)} s ` +
      `(user ${(buildUsage.user / 1e6).toFixed(2)} s, sys ${(buildUsage.system / 1e6).toFixed(2)} s, less ${emitCpu.toFixed(2)} s in the benchmark's emit) |`,
  );
  console.log(`| index build, wall | ${buildWall.toFixed(2)} s |`);
  console.log(`| peak RSS of the process (corpus included) | ${mb(peakAfter)} (${mb(peakBefore)} before the build, RSS ${mb(rssBefore)} at its start) |`);
  console.log(
    `| memory after the build | heap ${mb(memory.heapUsed)}, array buffers ${mb(memory.arrayBuffers)}, RSS ${mb(memory.rss)}` +
      `${keep ? " (every file kept, for the queries or --out)" : ""} |`,
  );
  console.log(`| terms / postings | ${stats.terms.toLocaleString("en")} / ${stats.postings.toLocaleString("en")} |`);
  console.log(`| files (shards + metadata chunks + manifest) | ${stats.files} (${stats.shards} + ${stats.metaChunks} + 1) |`);
  console.log(`| total size | ${mb(stats.bytes)} |`);
  console.log(`| largest shard | ${kb(stats.largestShard.bytes)} ("${stats.largestShard.firstTerm}"), ${stats.oversizedShards} over budget |`);
  if (emitted !== stats.files) throw new Error(`the build reported ${stats.files} files but handed out ${emitted}`);

  if (HASH) {
    const all = createHash("sha256");
    for (const file of [...digests.keys()].sort()) all.update(`${file} ${digests.get(file)}\n`);
    console.log(`| output hash (sha256 of every file's path and contents) | \`${all.digest("hex")}\` |`);
  }
  if (OUT !== undefined) {
    for (const [file, text] of contents) {
      const target = path.join(OUT, file);
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.writeFileSync(target, text);
    }
    console.log(`| written to | ${OUT} |`);
  }
  if (keep) costByKind(stats, contents);
  if (QUERIES) await replayQueries(documents, contents);
  if (RELEVANCE) console.log(relevanceTable().join("\n"));
}

/** What each kind of file costs, and the share of the term and position shards that CJK character pairs take. */
function costByKind(stats: SearchIndexStats, contents: ReadonlyMap<string, string>): void {
  const kindOf = (file: string) =>
    file.endsWith("manifest.json") ? "manifest" : file.startsWith("search-index/f/") ? "fragments" : ({ s: "terms", p: "positions", m: "metadata", v: "vocabulary", d: "facets" } as Record<string, string>)[/\/([spmvd])\d*\.json$/.exec(file)?.[1] ?? ""];
  const gzip = new Map<string, number>();
  const pairBytes = { terms: 0, positions: 0 };
  let pairs = 0;
  for (const [file, text] of contents) {
    const kind = kindOf(file) ?? "other";
    gzip.set(kind, (gzip.get(kind) ?? 0) + gzipBytes(text));
    if (kind === "terms" || kind === "positions") {
      for (const entry of JSON.parse(text) as unknown[][]) {
        if (!hasCjk(String(entry[0]))) continue;
        pairBytes[kind] += Buffer.byteLength(JSON.stringify(entry)) + 1;
        if (kind === "terms") pairs++;
      }
    }
  }
  console.log(`\nWhat each kind of file costs (the build writes every file but the manifest gzipped: the gzip column is its size on disk).\n`);
  console.log(`| files | bytes | gzip |\n|---|---|---|`);
  for (const [kind, bytes] of Object.entries(stats.bytesByKind)) console.log(`| ${kind} | ${mb(bytes)} | ${mb(gzip.get(kind) ?? 0)} |`);
  console.log(`| all | ${mb(stats.bytes)} | ${mb([...gzip.values()].reduce((a, b) => a + b, 0))} |`);
  console.log(
    `\nCJK character pairs: ${pairs.toLocaleString("en")} of ${stats.terms.toLocaleString("en")} terms; their entries, positions included, take ` +
      `${mb(pairBytes.terms)} of the term shards (uncompressed; the position shards hold ${mb(pairBytes.positions)} of them). ` +
      `${stats.positions.toLocaleString("en")} positions in all.`,
  );
}

/** Sample queries against the built files, as a browser on its first visit would fetch them. */
async function replayQueries(documents: readonly SearchDocument[], contents: ReadonlyMap<string, string>): Promise<void> {
  const sizes = new Map([...contents].map(([file, text]) => [file, { bytes: Buffer.byteLength(text), gzip: gzipBytes(text) }]));
  const totalGzip = [...sizes.values()].reduce((sum, s) => sum + s.gzip, 0);
  const manifest = sizes.get("search-index/manifest.json")!;
  const bundle = await build({
    entryPoints: [new URL("../src/client/search.ts", import.meta.url).pathname],
    bundle: true,
    format: "esm",
    minify: true,
    write: false,
  });
  const bundleText = bundle.outputFiles[0].text;
  const bundleBytes = Buffer.byteLength(bundleText);
  const bundleGzip = gzipBytes(bundleText);
  console.log(`| total size, each file gzipped | ${mb(totalGzip)} |`);
  console.log(`| manifest | ${kb(manifest.bytes)} (${kb(manifest.gzip)} gzip) |`);
  console.log(`| client bundle (esbuild --minify) | ${kb(bundleBytes)} (${kb(bundleGzip)} gzip) |`);

  const queries: [label: string, query: string][] = [
    ["common word", "government"],
    ["rare word", pickRareWord(documents)],
    ["two words", "city planning"],
    ["quoted phrase", '"city planning"'],
    ["Chinese", "城市规划"],
    ["Chinese, two runs", "城市 规划"],
    ["misspelt", "goverment"],
    ["wildcard", "deploy*"],
  ];
  console.log(`\nPer query, a first visit: manifest + shards + metadata chunks of the first ${RESULTS_SHOWN} results + client bundle.\n`);
  console.log(`| query | results | shards | chunks | fetched | fetched gzip | query time |\n|---|---|---|---|---|---|---|`);
  for (const [label, query] of queries) {
    const fetched = new Set<string>();
    const session = createSearchSession({
      fetchText: async (file) => {
        const text = contents.get(file);
        if (text === undefined) throw new Error(`missing ${file}`);
        fetched.add(file);
        return text;
      },
    });
    const t0 = performance.now();
    const outcome = await session.search(query);
    const hits = outcome.status === "found" ? outcome.hits : [];
    await session.describe(hits.slice(0, RESULTS_SHOWN));
    const ms = performance.now() - t0;
    const paths = [...fetched];
    const bytes = paths.reduce((sum, p) => sum + sizes.get(p)!.bytes, bundleBytes);
    const gzip = paths.reduce((sum, p) => sum + sizes.get(p)!.gzip, bundleGzip);
    const shards = paths.filter((p) => /\/s\d+\.json$/.test(p)).length;
    const chunks = paths.filter((p) => /\/m\d+\.json$/.test(p)).length;
    console.log(`| ${label}: \`${query}\` | ${hits.length.toLocaleString("en")} | ${shards} | ${chunks} | ${kb(bytes)} | ${kb(gzip)} | ${ms.toFixed(0)} ms |`);
  }
}

/** The English word in the fewest articles (ties: alphabetical). */
function pickRareWord(documents: readonly SearchDocument[]): string {
  const counts = new Map<string, number>();
  for (const d of documents) {
    if (d.lang !== "en") continue;
    for (const w of new Set(d.body.toLowerCase().split(/[\s.,]+/))) counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  const words = [...counts].filter(([w]) => /^[a-z]{6,}$/.test(w));
  words.sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : 1));
  return words[0]?.[0] ?? "zzz";
}

await main();
