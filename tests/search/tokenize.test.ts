import lunr from "lunr";
import { describe, expect, it } from "vitest";
import { seededRandom } from "./fixtures/randomCorpus.ts";
import {
  forEachSegment,
  forEachWord,
  normalizeToken,
  pipelineLabels,
  searchPipeline,
  segmentToken,
  segmentWords,
  splitWords,
  stemToken,
  termSpans,
  tokenize,
  trimToken,
} from "../../src/search/tokenize.ts";

const pipeline = searchPipeline();

/** Index terms of a text, as the builder makes them. */
function terms(text: string): string[] {
  return splitWords(text).flatMap((word) => pipeline.runString(word));
}

/** Terms of a query term, as lunr's Index#query makes them (the query lexer already lower-cased it). */
function queryTerms(term: string): string[] {
  return pipeline.runString(term.toLowerCase());
}

describe("splitWords", () => {
  it.each([
    "Hello world",
    "  leading and trailing  ",
    "hyphen-ated--words",
    "tabs\tand\nnewlines\u00a0nbsp\u3000ideographic space",
    "北京城市规划。上海",
    "",
    "---",
  ])("splits %j exactly as lunr.tokenizer does", (text) => {
    expect(splitWords(text)).toEqual(lunr.tokenizer(text).map(String));
  });
});

describe("tokenize", () => {
  it("splits strings like lunr.tokenizer, with positions", () => {
    const tokens = tokenize("Static-site Generator");
    expect(tokens.map(String)).toEqual(["static", "site", "generator"]);
    expect(tokens.map((t) => (t as unknown as { metadata: { position: number[] } }).metadata.position)).toEqual([
      [0, 6],
      [7, 4],
      [12, 9],
    ]);
  });

  it("splits each string of an array, where lunr.tokenizer keeps a tag as one token", () => {
    expect(tokenize(["City Planning", "DevOps"]).map(String)).toEqual(["city", "planning", "devops"]);
    expect(lunr.tokenizer(["City Planning"]).map(String)).toEqual(["city planning"]);
  });

  it("gives nothing for null and undefined", () => {
    expect(tokenize(null)).toEqual([]);
    expect(tokenize(undefined)).toEqual([]);
  });
});

describe("the pipeline on English", () => {
  it("stems and drops stop words as lunr does", () => {
    expect(terms("Deployments, deployed! The servers")).toEqual(["deploy", "deploy", "server"]);
    const lunrDefault = new lunr.Pipeline();
    lunrDefault.add(lunr.trimmer, lunr.stopWordFilter, lunr.stemmer);
    for (const word of ["deployments", "the", "running", "cities"]) {
      expect(queryTerms(word)).toEqual(lunrDefault.runString(word));
    }
  });

  it("trims punctuation around words", () => {
    expect(terms("(hello), “world”!")).toEqual(["hello", "world"]);
  });

  it("cuts words glued by punctuation that lunr's separator misses", () => {
    expect(terms("reform—and foo/bar")).toEqual(["reform", "foo", "bar"]);
  });

  it("keeps accented letters that lunr's trimmer would strip", () => {
    expect(terms("café")).toEqual(["café"]);
    expect(lunr.trimmer(new lunr.Token("café", {})).toString()).toBe("caf");
  });

  it("folds full-width and compatibility characters (NFKC) and lower-cases them", () => {
    expect(terms("ＡＢＣ１２３ Ｄｅｐｌｏｙ ﬁle")).toEqual(["abc123", "deploy", "file"]);
  });
});

describe("the pipeline on Chinese, Japanese and Korean", () => {
  it("cuts unspaced Chinese into overlapping character pairs, punctuation ending a run", () => {
    expect(terms("北京城市规划，是")).toEqual(["北京", "京城", "城市", "市规", "规划", "是"]);
  });

  it("cuts a query into the same pairs, so any substring of a run is a run of consecutive pairs", () => {
    expect(queryTerms("城市规划")).toEqual(["城市", "市规", "规划"]);
    const text = terms("关于城市规划的讨论");
    const at = text.indexOf("城市");
    expect(text.slice(at, at + 3)).toEqual(queryTerms("城市规划"));
    // A substring across the segmenter's word boundaries: 東京都知事選挙 → 東京 / 都知事 / 選挙 to a segmenter.
    expect(terms("東京都知事選挙")).toEqual(expect.arrayContaining(queryTerms("知事選")));
  });

  it("cuts Japanese kana and kanji alike", () => {
    expect(terms("日本語の検索")).toEqual(["日本", "本語", "語の", "の検", "検索"]);
    expect(terms("ｶﾀｶﾅ")).toEqual(["カタ", "タカ", "カナ"]);
  });

  it("keeps a Korean word findable with its particle attached", () => {
    expect(terms("교통이 많다")).toEqual(["교통", "통이", "많다"]);
    expect(terms("교통이")).toContain(queryTerms("교통")[0]);
  });

  it("keeps a lone character and characters outside the BMP", () => {
    expect(terms("的")).toEqual(["的"]);
    expect(terms("𠀀𠀁中")).toEqual(["𠀀𠀁", "𠀁中"]);
  });

  it("handles Latin words inside Chinese text, stemming only those", () => {
    expect(terms("使用JavaScript开发 deployments")).toEqual(["使用", "javascript", "开发", "deploy"]);
  });

  it("neither stems nor stop-word-filters CJK tokens", () => {
    expect(stemToken(new lunr.Token("城市规划s", {})).toString()).toBe("城市规划s");
    expect(queryTerms("的")).toEqual(["的"]);
  });

  it("segments other unspaced scripts into words", () => {
    expect(terms("ภาษาไทย")).toEqual(["ภาษา", "ไทย"]);
  });
});

describe("segmentWords", () => {
  it("gives the same words in windows as in one pass over a long text", () => {
    const sentence = "北京的城市规划是一个重要的话题，规划师讨论了交通和住房。Deploying servers 东京で検索エンジンを作る。";
    const text = sentence.repeat(40);
    const onePass = Array.from(new Intl.Segmenter("zh", { granularity: "word" }).segment(text))
      .filter((s) => s.isWordLike)
      .map((s) => ({ word: s.segment, index: s.index }));
    expect(text.length).toBeGreaterThan(2000);
    expect(segmentWords(text)).toEqual(onePass);
  });

  it("never splits a surrogate pair at a window edge", () => {
    const text = `${"a".repeat(255)}😀 end`;
    const words = segmentWords(text).map((w) => w.word);
    expect(words.join("")).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
  });
});

/** segmentWords as first written (a whole window's segments in an array), to hold the streaming one to. */
function referenceSegmentWords(text: string): { word: string; index: number }[] {
  const segmenter = new Intl.Segmenter("zh", { granularity: "word" });
  const words: { word: string; index: number }[] = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + 256);
    const code = text.charCodeAt(end - 1);
    if (end < text.length && code >= 0xd800 && code <= 0xdbff) end -= 1;
    const segments = Array.from(segmenter.segment(text.slice(start, end)));
    let kept = segments.length;
    let next = end;
    if (end < text.length && segments.length > 1) {
      kept -= 1;
      next = start + segments[kept].index;
    }
    for (let i = 0; i < kept; i++) if (segments[i].isWordLike) words.push({ word: segments[i].segment, index: start + segments[i].index });
    start = next;
  }
  return words;
}

/** Long texts of words and punctuation in several scripts, with runs that cross window edges. */
function randomTexts(seed: number, count: number): string[] {
  const random = seededRandom(seed);
  const pieces = ["城市", "规划", "人工智能", "，", "。", " ", "東京", "検索", "エンジン", "deploy", "ＡＢＣ", "😀", "ภาษา", "e\u0301", "-", "'", "ß", "\ud800"];
  return Array.from({ length: count }, () => {
    let text = "";
    const length = Math.floor(random() * 900);
    while (text.length < length) text += pieces[Math.floor(random() * pieces.length)];
    return text;
  });
}

describe("forEachWord", () => {
  it.each([1, 2, 3])("visits exactly the words segmentWords was first written to give (random texts, seed %i)", (seed) => {
    for (const text of randomTexts(seed, 40)) {
      const visited: { word: string; index: number }[] = [];
      forEachWord(text, (word, index) => visited.push({ word, index }));
      expect(visited).toEqual(referenceSegmentWords(text));
    }
  });
});

describe("forEachSegment", () => {
  it.each([1, 2, 3])("gives the strings of the tokens segmentToken makes (random texts, seed %i)", (seed) => {
    const texts = [...randomTexts(seed, 30), "plain", "abc123", "", "，，", "foo/bar", "城市规划", "ＡＢＣ"];
    for (const text of texts) {
      const visited: string[] = [];
      forEachSegment(text, (word) => visited.push(word));
      const made = segmentToken(new lunr.Token(text, {}));
      expect(visited).toEqual((Array.isArray(made) ? made : [made]).map(String));
    }
  });
});

describe("trimToken", () => {
  const trim = (str: string) => trimToken(new lunr.Token(str, {}))?.toString() ?? null;

  it("strips what is not a letter, digit, mark or _ at both ends, a character (not a code unit) at a time", () => {
    expect(trim("«word»!")).toBe("word");
    expect(trim("é\u0301!")).toBe("é\u0301");
    expect(trim("城市！")).toBe("城市");
    expect(trim("𝐀😀")).toBe("𝐀");
    expect(trim("a\ud83d")).toBe("a");
    expect(trim("…!")).toBeNull();
  });

  it("keeps a long run of punctuation inside a word, and strips one at the end, in one pass", () => {
    const inside = `a${"!".repeat(200_000)}b`;
    expect(trim(inside)).toBe(inside);
    expect(trim(`ab${"!".repeat(200_000)}`)).toBe("ab");
  });
});

describe("pipeline registration", () => {
  it("registers every function under its label, so Index.load can rebuild the pipeline", () => {
    const loaded = lunr.Pipeline.load(pipelineLabels);
    expect(loaded.runString("城市规划")).toEqual(["城市", "市规", "规划"]);
    const registered = (lunr.Pipeline as unknown as { registeredFunctions: Record<string, unknown> }).registeredFunctions;
    expect(pipelineLabels.map((label) => registered[label])).toEqual([
      normalizeToken,
      segmentToken,
      trimToken,
      lunr.stopWordFilter,
      stemToken,
    ]);
  });
});

describe("termSpans", () => {
  it("maps every term to the text it came from", () => {
    const text = "Hello, Deployed world — 城市规划！ＡＢＣ x";
    expect(termSpans(text)).toEqual([
      { term: "hello", start: 0, end: 5 },
      { term: "deploy", start: 7, end: 15 },
      { term: "world", start: 16, end: 21 },
      { term: "城市", start: 24, end: 26 },
      { term: "市规", start: 25, end: 27 },
      { term: "规划", start: 26, end: 28 },
      { term: "abc", start: 29, end: 32 },
      { term: "x", start: 33, end: 34 },
    ]);
  });

  it("falls back to the whole word when normalizing changed its length", () => {
    expect(termSpans("the ﬁle")).toEqual([{ term: "file", start: 4, end: 7 }]);
  });

  it("yields the same terms as indexing", () => {
    const text = "Deploying the café's servers — 北京城市规划。日本語の検索 Ｕｎｉｃｏｄｅ";
    expect(termSpans(text).map((s) => s.term)).toEqual(terms(text));
  });
});
