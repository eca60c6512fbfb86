// Related articles: for every article, the others that share its rarest tags, computed once per build.
//
// Definition (tests/related/bruteForce.ts is the same thing written plainly):
//   N = number of articles; an article's tags are a set; df(t) = number of articles carrying tag t.
//   w(t) = round(2^32 · ln(1 + N / df(t))) / 2^32
//     An inverse document frequency: a tag on few articles says more than one on many. It is strictly
//     decreasing in df and never below ln 2, so even a tag on every article still counts. Rounding to
//     multiples of 2^-32 makes every sum of weights exact, so a score has the same bits whatever the
//     order of summation, and mathematically equal scores are equal (both hold below 2^31 articles).
//   score(a, b) = Σ w(t) over the tags a and b share.
//   Candidates of a: every b ≠ a with score(a, b) > 0 or category(b) = category(a).
//   Order: score desc, then same category first, then |date(a) − date(b)| asc, then key asc.
//   a's related articles are the first `limit` candidates.
//
// Algorithm, per article a (exact; tests/related compares it with the brute force on random corpora):
//   - Rare tags of a (df ≤ threshold): every article on their posting lists is scored exactly.
//   - Any other candidate b shares only common tags with a, a set M ⊆ C (a's common tags), so
//     score(a, b) = Σ_{t ∈ M} w(t). b is on the list that answers for M: a's category if M is empty,
//     the tag's list if M = {t}, else the list of the pair of M's two rarest tags, built for every
//     pair of common tags on one article. The best M a list answers for bounds its scores: the pair
//     plus all of a's less rare common tags.
//   - Lists are sorted by date, so a walk outward from a's date meets members by (distance, key);
//     a's category is walked in a list sorted by (category, date), the rest in one sorted by date.
//     Walks go best bound first; each stops once the kept `limit`-th candidate precedes (bound, same
//     category or not, distance, key) of its next member, as nothing further on it can enter.
//   So a tag on 40% of the articles costs a few steps near a's date, not its 40k-long posting list,
//   and candidates are kept in a bounded sorted array, never a whole sorted candidate set.
//   Memory: per article a record and its tags; posting lists of tags, of pairs of common tags on one
//   article (quadratic in an article's common tags, linear in articles), and their date-sorted copies.

import type { RelatedInput, RelatedLists, RelatedOptions } from "./types.ts";

const WEIGHT_SCALE = 2 ** 32;
// Chosen with bench/related.ts (its dated reports are in bench/results/).
const DEFAULT_COMMON_TAG_THRESHOLD = 32;

/** w(t) of a tag carried by `df` of `articleCount` articles. */
export function tagWeight(articleCount: number, df: number): number {
  return Math.round(Math.log1p(articleCount / df) * WEIGHT_SCALE) / WEIGHT_SCALE;
}

/** The related articles of every input, best first. Inputs must be published articles. */
export function relatedArticles(inputs: readonly RelatedInput[], options: RelatedOptions): RelatedLists {
  const limit = checkOptions(options);
  checkInputs(inputs);
  const n = inputs.length;
  if (limit === 0 || n < 2) return { start: new Int32Array(n + 1), index: new Int32Array(0), score: new Float64Array(0) };
  const threshold = options.commonTagThreshold ?? DEFAULT_COMMON_TAG_THRESHOLD;
  const index = buildIndex(inputs, threshold);
  const search = newSearch(index, Math.min(limit, n - 1));
  // Articles are searched in id order, where neighbours share lists and records, then put in input order.
  const found = { start: new Int32Array(n + 1), index: new Int32Array(n * Math.min(limit, 16)), score: new Float64Array(n * Math.min(limit, 16)) };
  for (let a = 0; a < n; a++) {
    findRelated(index, search, a);
    const at = found.start[a];
    if (at + search.count > found.index.length) {
      found.index = grow(found.index, at + search.count);
      found.score = grow(found.score, at + search.count);
    }
    for (let i = 0; i < search.count; i++) {
      found.index[at + i] = index.original[search.topId[i]];
      found.score[at + i] = search.topScore[i];
    }
    found.start[a + 1] = at + search.count;
  }
  const result = { start: new Int32Array(n + 1), index: new Int32Array(found.start[n]), score: new Float64Array(found.start[n]) };
  for (let i = 0; i < n; i++) {
    const a = index.idOfInput[i];
    const from = found.start[a];
    const to = found.start[a + 1];
    result.start[i + 1] = result.start[i] + to - from;
    result.index.set(found.index.subarray(from, to), result.start[i]);
    result.score.set(found.score.subarray(from, to), result.start[i]);
  }
  return result;
}

function grow<T extends Int32Array | Float64Array>(array: T, minimum: number): T {
  const grown = new (array.constructor as new (length: number) => T)(Math.max(minimum, 2 * array.length));
  grown.set(array);
  return grown;
}

function checkOptions(options: RelatedOptions): number {
  const { limit, commonTagThreshold } = options;
  if (!Number.isInteger(limit) || limit < 0) {
    throw new Error(`relatedArticles: limit must be an integer ≥ 0, got ${String(limit)}`);
  }
  if (commonTagThreshold !== undefined && !(commonTagThreshold >= 0)) {
    throw new Error(`relatedArticles: commonTagThreshold must be a number ≥ 0, got ${String(commonTagThreshold)}`);
  }
  return limit;
}

function checkInputs(inputs: readonly RelatedInput[]): void {
  inputs.forEach((input, i) => {
    if (!Number.isFinite(input.date)) {
      throw new Error(`relatedArticles: inputs[${i}] (${input.key}): date must be a finite number of ms, got ${String(input.date)}`);
    }
  });
}

// An article's record, in Index.byId and Index.byRank alike: all a walk or a score reads of it, in one
// cache line, as articles are met in random order.
const DATE = 0; // rank among distinct dates, see Index.dates
const RUN_FIRST = 1;
const RUN_END = 2;
const ID = 3;
const KEY_RANK = 4;
const CATEGORY = 5;
const COMMON_START = 6; // its common tags are tags[COMMON_START .. COMMON_END),
const COMMON_END = 7;
const INLINE = 8; // the first STRIDE − INLINE of them also here
const STRIDE = 16;

/**
 * The corpus in integer form. Articles have two numberings: ids ordered by (category, date, key), so
 * a category is an id range, and ranks ordered by (date, key). A list holds ids or ranks in ascending
 * order, hence by date. Tags are numbered by (df, name), so the common ones are the highest ids.
 */
interface Index {
  /** Id → position in the inputs, and back. */
  original: Int32Array;
  idOfInput: Int32Array;
  /** Per id, a record (slots above); a run is the ids of equal category and date. */
  byId: Int32Array;
  /** Per rank, a record; a run is the ranks of equal date. */
  byRank: Int32Array;
  rankOf: Int32Array;
  /** The distinct dates, ascending. */
  dates: Float64Array;
  /** Ids of category c: categoryStart[c] .. categoryStart[c + 1]. */
  categoryStart: Int32Array;
  /** 0 … n − 1: the members of every category, a category being an id range. */
  allIds: Int32Array;
  /** By tag id. */
  weight: Float64Array;
  /** Tags of article a: tags[tagStart[a] .. tagStart[a + 1]), ascending. */
  tagStart: Int32Array;
  tags: Int32Array;
  firstCommonTag: number;
  /** Lists of the pairs (i < j) of a's common tags, in lexicographic order: pairs[pairStart[a] ..]. */
  pairStart: Int32Array;
  pairs: Int32Array;
  /** List ids: tags first (list id = tag id), then pairs. Ids on list l: idList[idListStart[l] ..]. */
  idListStart: Int32Array;
  idList: Int32Array;
  /** Ranks on common list l (l ≥ firstCommonTag): rankList[rankListStart[l − firstCommonTag] ..]. */
  rankListStart: Int32Array;
  rankList: Int32Array;
  /** Most common tags on one article. */
  maxCommon: number;
}

function buildIndex(inputs: readonly RelatedInput[], threshold: number): Index {
  const n = inputs.length;
  const keyRank = keyRanks(inputs);
  const categoryIds = new Map<string, number>();
  const categoryOf = new Int32Array(n);
  const dateOf = new Float64Array(n);
  inputs.forEach((input, i) => {
    let c = categoryIds.get(input.category);
    if (c === undefined) categoryIds.set(input.category, (c = categoryIds.size));
    categoryOf[i] = c;
    dateOf[i] = input.date;
  });
  // Ranks: sort (date rank, key rank) packed into one number, natively; exact below 94M articles.
  const dates = Float64Array.from(dateOf).sort().filter((date, i, sorted) => i === 0 || date !== sorted[i - 1]);
  const dateRank = new Int32Array(n);
  const packed = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    dateRank[i] = firstAtLeastDate(dates, dateOf[i]);
    packed[i] = dateRank[i] * n + keyRank[i];
  }
  packed.sort();
  const byKey = new Int32Array(n);
  keyRank.forEach((rank, i) => (byKey[rank] = i));
  const rankOrder = Int32Array.from(packed, (p) => byKey[p % n]);
  // Ids: ranks grouped by category, a counting sort.
  const categoryStart = new Int32Array(categoryIds.size + 1);
  for (const c of categoryOf) categoryStart[c + 1]++;
  for (let c = 0; c < categoryIds.size; c++) categoryStart[c + 1] += categoryStart[c];
  const original = new Int32Array(n);
  const idOfInput = new Int32Array(n);
  const cursor = categoryStart.slice(0, -1);
  for (const input of rankOrder) {
    const id = cursor[categoryOf[input]]++;
    original[id] = input;
    idOfInput[input] = id;
  }

  const { tagStart, tags, df } = tagSets(inputs, idOfInput);
  const tagCount = df.length;
  const weight = new Float64Array(tagCount);
  let firstCommonTag = tagCount;
  for (let t = tagCount - 1; t >= 0; t--) {
    weight[t] = tagWeight(n, df[t]);
    if (df[t] > threshold) firstCommonTag = t;
  }

  const byId = new Int32Array(n * STRIDE);
  let maxCommon = 0;
  let pairTotal = 0;
  for (let id = 0; id < n; id++) {
    const input = original[id];
    const r = id * STRIDE;
    byId[r + DATE] = dateRank[input];
    byId[r + RUN_FIRST] = id > 0 && byId[r - STRIDE + CATEGORY] === categoryOf[input] && byId[r - STRIDE + DATE] === byId[r + DATE] ? byId[r - STRIDE + RUN_FIRST] : id;
    byId[r + ID] = id;
    byId[r + KEY_RANK] = keyRank[input];
    byId[r + CATEGORY] = categoryOf[input];
    let k = tagStart[id];
    while (k < tagStart[id + 1] && tags[k] < firstCommonTag) k++;
    byId[r + COMMON_START] = k;
    byId[r + COMMON_END] = tagStart[id + 1];
    for (let i = 0; i < STRIDE - INLINE && k + i < tagStart[id + 1]; i++) byId[r + INLINE + i] = tags[k + i];
    const c = tagStart[id + 1] - k;
    maxCommon = Math.max(maxCommon, c);
    pairTotal += (c * (c - 1)) / 2;
  }
  for (let id = n - 1; id >= 0; id--) {
    const r = id * STRIDE;
    byId[r + RUN_END] = id + 1 < n && byId[r + STRIDE + RUN_FIRST] === byId[r + RUN_FIRST] ? byId[r + STRIDE + RUN_END] : id + 1;
  }
  const byRank = new Int32Array(n * STRIDE);
  const rankOf = new Int32Array(n);
  for (let rank = 0; rank < n; rank++) {
    const id = idOfInput[rankOrder[rank]];
    const r = rank * STRIDE;
    rankOf[id] = rank;
    byRank.set(byId.subarray(id * STRIDE, id * STRIDE + STRIDE), r);
    byRank[r + RUN_FIRST] = rank > 0 && byRank[r - STRIDE + DATE] === byRank[r + DATE] ? byRank[r - STRIDE + RUN_FIRST] : rank;
  }
  for (let rank = n - 1; rank >= 0; rank--) {
    const r = rank * STRIDE;
    byRank[r + RUN_END] = rank + 1 < n && byRank[r + STRIDE + RUN_FIRST] === byRank[r + RUN_FIRST] ? byRank[r + STRIDE + RUN_END] : rank + 1;
  }

  // Pair lists get ids after the tags', in order of first appearance.
  const pairStart = new Int32Array(n + 1);
  const pairs = new Int32Array(pairTotal);
  const pairIds = new Map<number, number>();
  const sizes: number[] = Array.from(df);
  const commonCount = tagCount - firstCommonTag;
  let p = 0;
  for (let id = 0; id < n; id++) {
    pairStart[id] = p;
    const end = tagStart[id + 1];
    for (let i = byId[id * STRIDE + COMMON_START]; i < end; i++) {
      for (let j = i + 1; j < end; j++) {
        const key = (tags[i] - firstCommonTag) * commonCount + (tags[j] - firstCommonTag);
        let list = pairIds.get(key);
        if (list === undefined) {
          pairIds.set(key, (list = sizes.length));
          sizes.push(0);
        }
        sizes[list]++;
        pairs[p++] = list;
      }
    }
  }
  pairStart[n] = p;

  const idListStart = new Int32Array(sizes.length + 1);
  for (let l = 0; l < sizes.length; l++) idListStart[l + 1] = idListStart[l] + sizes[l];
  const idList = new Int32Array(idListStart[sizes.length]);
  const rankListStart = idListStart.slice(firstCommonTag).map((start) => start - idListStart[firstCommonTag]);
  const rankList = new Int32Array(rankListStart[rankListStart.length - 1]);
  const idCursor = idListStart.slice(0, sizes.length);
  for (let id = 0; id < n; id++) {
    for (let k = tagStart[id]; k < tagStart[id + 1]; k++) idList[idCursor[tags[k]]++] = id;
    for (let k = pairStart[id]; k < pairStart[id + 1]; k++) idList[idCursor[pairs[k]]++] = id;
  }
  const rankCursor = rankListStart.slice(0, -1);
  for (let rank = 0; rank < n; rank++) {
    const id = byRank[rank * STRIDE + ID];
    for (let k = byId[id * STRIDE + COMMON_START]; k < tagStart[id + 1]; k++) rankList[rankCursor[tags[k] - firstCommonTag]++] = rank;
    for (let k = pairStart[id]; k < pairStart[id + 1]; k++) rankList[rankCursor[pairs[k] - firstCommonTag]++] = rank;
  }

  return {
    original, idOfInput, byId, byRank, rankOf, dates, categoryStart,
    allIds: Int32Array.from({ length: n }, (_, id) => id),
    weight, tagStart, tags, firstCommonTag, pairStart, pairs, idListStart, idList, rankListStart, rankList, maxCommon,
  };
}

/** Rank of each input's key among all keys; fails on a repeated key, the one tie-break left. */
function keyRanks(inputs: readonly RelatedInput[]): Int32Array {
  const keys = inputs.map((input) => input.key);
  const byKey = Array.from(keys.keys());
  byKey.sort((i, j) => (keys[i] < keys[j] ? -1 : keys[i] > keys[j] ? 1 : i - j));
  const keyRank = new Int32Array(inputs.length);
  byKey.forEach((input, rank) => {
    keyRank[input] = rank;
    const previous = byKey[rank - 1];
    if (rank > 0 && keys[previous] === keys[input]) {
      throw new Error(`relatedArticles: inputs[${previous}] and inputs[${input}] share the key "${keys[input]}"; keys must be unique (use the URL)`);
    }
  });
  return keyRank;
}

/** Each article's distinct tags as ascending ids (by article id); tag ids are numbered by (df asc, name asc). */
function tagSets(inputs: readonly RelatedInput[], idOfInput: Int32Array) {
  const n = inputs.length;
  const firstIds = new Map<string, number>();
  const names: string[] = [];
  const count = new Int32Array(n + 1);
  const raw: number[] = [];
  inputs.forEach((input, i) => {
    const from = raw.length;
    for (const name of input.tags) {
      let t = firstIds.get(name);
      if (t === undefined) {
        firstIds.set(name, (t = names.length));
        names.push(name);
      }
      if (!raw.includes(t, from)) raw.push(t);
    }
    count[idOfInput[i] + 1] = raw.length - from;
  });
  const firstDf = new Int32Array(names.length);
  for (const t of raw) firstDf[t]++;
  const order = Array.from(names.keys());
  order.sort((x, y) => firstDf[x] - firstDf[y] || (names[x] < names[y] ? -1 : 1));
  const idOf = new Int32Array(names.length);
  const df = new Int32Array(names.length);
  order.forEach((first, id) => {
    idOf[first] = id;
    df[id] = firstDf[first];
  });
  const tagStart = count;
  for (let id = 0; id < n; id++) tagStart[id + 1] += tagStart[id];
  const tags = new Int32Array(raw.length);
  let from = 0;
  inputs.forEach((_, i) => {
    const at = tagStart[idOfInput[i]];
    const length = tagStart[idOfInput[i] + 1] - at;
    for (let k = 0; k < length; k++) {
      // Insertion sort: an article has few tags.
      const t = idOf[raw[from + k]];
      let j = at + k;
      for (; j > at && tags[j - 1] > t; j--) tags[j] = tags[j - 1];
      tags[j] = t;
    }
    from += length;
  });
  return { tagStart, tags, df };
}

/** Scratch space reused for every article, and the current best `limit` candidates, best first. */
interface Search {
  limit: number;
  /** seen[b] = a + 1 once b has been considered for article a. */
  seen: Int32Array;
  /** Score of b from a's rare tags. */
  rareScore: Float64Array;
  /** tagMark[t] = a + 1 for the tags of article a. */
  tagMark: Int32Array;
  touched: Int32Array;
  count: number;
  topId: Int32Array;
  topScore: Float64Array;
  topSame: Uint8Array;
  topDistance: Float64Array;
  topKey: Int32Array;
  /** Planned walks: list, score bound, same-category flag. */
  walkList: Int32Array;
  walkBound: Float64Array;
  walkSame: Uint8Array;
  suffixWeight: Float64Array;
  /** Keeps prefetch() from being optimized away. */
  sink: number;
}

function newSearch(index: Index, limit: number): Search {
  const { original, maxCommon } = index;
  const n = original.length;
  const walks = 2 * (maxCommon + (maxCommon * (maxCommon - 1)) / 2) + 1;
  return {
    limit,
    seen: new Int32Array(n),
    rareScore: new Float64Array(n),
    tagMark: new Int32Array(index.weight.length),
    touched: new Int32Array(n),
    count: 0,
    topId: new Int32Array(limit),
    topScore: new Float64Array(limit),
    topSame: new Uint8Array(limit),
    topDistance: new Float64Array(limit),
    topKey: new Int32Array(limit),
    walkList: new Int32Array(walks),
    walkBound: new Float64Array(walks),
    walkSame: new Uint8Array(walks),
    suffixWeight: new Float64Array(maxCommon + 1),
    sink: 0,
  };
}

/** The candidate order: does (score1, same1, distance1, key1) come before (score2, …)? */
function precedes(
  score1: number, same1: number, distance1: number, key1: number,
  score2: number, same2: number, distance2: number, key2: number,
): boolean {
  if (score1 !== score2) return score1 > score2;
  if (same1 !== same2) return same1 > same2;
  if (distance1 !== distance2) return distance1 < distance2;
  return key1 < key2;
}

/** True when the kept candidates are complete and the last of them precedes the given position. */
function closedBefore(s: Search, score: number, same: number, distance: number, key: number): boolean {
  const last = s.limit - 1;
  return (
    s.count === s.limit &&
    precedes(s.topScore[last], s.topSame[last], s.topDistance[last], s.topKey[last], score, same, distance, key)
  );
}

/** False when a candidate with this score cannot enter whatever its other keys: most are told apart here. */
function mayEnter(s: Search, score: number): boolean {
  return s.count < s.limit || score >= s.topScore[s.limit - 1];
}

function offer(s: Search, id: number, score: number, same: number, distance: number, key: number): void {
  let i = s.count;
  if (i === s.limit) {
    if (!precedes(score, same, distance, key, s.topScore[i - 1], s.topSame[i - 1], s.topDistance[i - 1], s.topKey[i - 1])) {
      return;
    }
    i--;
  } else {
    s.count++;
  }
  for (; i > 0 && precedes(score, same, distance, key, s.topScore[i - 1], s.topSame[i - 1], s.topDistance[i - 1], s.topKey[i - 1]); i--) {
    s.topId[i] = s.topId[i - 1];
    s.topScore[i] = s.topScore[i - 1];
    s.topSame[i] = s.topSame[i - 1];
    s.topDistance[i] = s.topDistance[i - 1];
    s.topKey[i] = s.topKey[i - 1];
  }
  s.topId[i] = id;
  s.topScore[i] = score;
  s.topSame[i] = same;
  s.topDistance[i] = distance;
  s.topKey[i] = key;
}

/** The score of the article recorded at records[r]: `score` so far plus the common tags it shares with a. */
function withCommonTags(index: Index, s: Search, mark: number, records: Int32Array, r: number, score: number): number {
  const { tagMark } = s;
  const { weight } = index;
  const start = records[r + COMMON_START];
  const end = records[r + COMMON_END];
  const inlineEnd = Math.min(end, start + STRIDE - INLINE);
  for (let k = r + INLINE; k < r + INLINE + inlineEnd - start; k++) {
    const t = records[k];
    if (tagMark[t] === mark) score += weight[t];
  }
  for (let k = inlineEnd; k < end; k++) {
    const t = index.tags[k];
    if (tagMark[t] === mark) score += weight[t];
  }
  return score;
}

/** Leaves a's related articles in s.top*, best first. */
function findRelated(index: Index, s: Search, a: number): void {
  const { tags, weight, idListStart, idList, byId, dates } = index;
  const mark = a + 1;
  const { seen, rareScore } = s;
  s.count = 0;
  seen[a] = mark;
  const ra = a * STRIDE;
  const first = index.tagStart[a];
  const common = byId[ra + COMMON_START];
  const end = index.tagStart[a + 1];
  for (let k = first; k < end; k++) s.tagMark[tags[k]] = mark;

  // Rare tags: score everything on their lists.
  let touched = 0;
  for (let k = first; k < common; k++) {
    const t = tags[k];
    const w = weight[t];
    for (let p = idListStart[t]; p < idListStart[t + 1]; p++) {
      const b = idList[p];
      if (seen[b] === mark) {
        rareScore[b] += w;
      } else {
        seen[b] = mark;
        rareScore[b] = w;
        s.touched[touched++] = b;
      }
    }
  }
  const da = dates[byId[ra + DATE]];
  s.sink = prefetch(byId, s.touched, 0, touched, s.sink);
  for (let i = 0; i < touched; i++) {
    const b = s.touched[i];
    const rb = b * STRIDE;
    const score = withCommonTags(index, s, mark, byId, rb, rareScore[b]);
    if (!mayEnter(s, score)) continue;
    const same = byId[rb + CATEGORY] === byId[ra + CATEGORY] ? 1 : 0;
    offer(s, b, score, same, Math.abs(da - dates[byId[rb + DATE]]), byId[rb + KEY_RANK]);
  }

  // Common tags and the category: plan one walk per (list, same category or not), best bound first.
  const c = end - common;
  s.suffixWeight[c] = 0;
  for (let i = c - 1; i >= 0; i--) s.suffixWeight[i] = s.suffixWeight[i + 1] + weight[tags[common + i]];
  let walks = 0;
  let pair = index.pairStart[a];
  for (let i = 0; i < c; i++) {
    const wi = weight[tags[common + i]];
    walks = planWalks(s, walks, tags[common + i], wi);
    for (let j = i + 1; j < c; j++) walks = planWalks(s, walks, index.pairs[pair++], wi + weight[tags[common + j]] + s.suffixWeight[j + 1]);
  }
  walks = planWalk(s, walks, -1, 0, 1);
  for (let i = 0; i < walks; i++) walk(index, s, a, s.walkList[i], s.walkBound[i], s.walkSame[i]);
}

function planWalks(s: Search, walks: number, list: number, bound: number): number {
  return planWalk(s, planWalk(s, walks, list, bound, 1), list, bound, 0);
}

/** Inserts a walk into the plan, kept in (bound desc, same category first) order. List −1 is a's category. */
function planWalk(s: Search, walks: number, list: number, bound: number, same: number): number {
  let i = walks;
  for (; i > 0 && (s.walkBound[i - 1] < bound || (s.walkBound[i - 1] === bound && s.walkSame[i - 1] < same)); i--) {
    s.walkList[i] = s.walkList[i - 1];
    s.walkBound[i] = s.walkBound[i - 1];
    s.walkSame[i] = s.walkSame[i - 1];
  }
  s.walkList[i] = list;
  s.walkBound[i] = bound;
  s.walkSame[i] = same;
  return walks + 1;
}

/**
 * Meets the members of one list by (distance from a's date, key), scoring the unseen ones, until the
 * kept candidates close before the next member. same = 1 walks a's category (ids), 0 the others (ranks).
 */
function walk(index: Index, s: Search, a: number, list: number, bound: number, same: number): void {
  if (closedBefore(s, bound, same, 0, -1)) return;
  const { dates } = index;
  const ra = a * STRIDE;
  const da = dates[index.byId[ra + DATE]];
  const ca = index.byId[ra + CATEGORY];
  const mark = a + 1;
  // The members, the records they index (by id or by rank), the member values of a's category if
  // same = 1, and where a's date starts among them.
  let members: Int32Array;
  let lo: number;
  let hi: number;
  let records: Int32Array;
  let start: number;
  let minMember = 0;
  let endMember = 0x7fffffff;
  if (same === 1) {
    records = index.byId;
    start = records[ra + RUN_FIRST];
    minMember = index.categoryStart[ca];
    endMember = index.categoryStart[ca + 1];
    if (list < 0) {
      members = index.allIds;
      lo = minMember;
      hi = endMember;
    } else {
      members = index.idList;
      lo = index.idListStart[list];
      hi = index.idListStart[list + 1];
    }
  } else {
    records = index.byRank;
    start = records[index.rankOf[a] * STRIDE + RUN_FIRST];
    members = index.rankList;
    lo = index.rankListStart[list - index.firstCommonTag];
    hi = index.rankListStart[list - index.firstCommonTag + 1];
  }
  // [left, right) has been walked; it starts empty where a's date starts. Members are spread about
  // evenly over ids and ranks, so a proportional guess is close.
  const n = index.original.length;
  let left = firstAtLeastNear(members, lo, hi, start, lo + Math.floor((start / n) * (hi - lo)));
  let right = left;
  s.sink = prefetch(records, members, Math.max(lo, left - 4), Math.min(hi, left + 4), s.sink);
  for (;;) {
    const toLeft = left > lo && members[left - 1] >= minMember ? da - dates[records[members[left - 1] * STRIDE + DATE]] : Infinity;
    const toRight = right < hi && members[right] < endMember ? dates[records[members[right] * STRIDE + DATE]] - da : Infinity;
    const distance = Math.min(toLeft, toRight);
    if (distance === Infinity) return;
    // The members at this distance: a run of equal dates on each side, each ascending by key.
    const iStart = toLeft === distance ? firstAtLeastNear(members, lo, left, records[members[left - 1] * STRIDE + RUN_FIRST], left - 1) : left;
    const jEnd = toRight === distance ? firstAtLeastNear(members, right, hi, records[members[right] * STRIDE + RUN_END], right) : right;
    let i = iStart;
    let j = right;
    while (i < left || j < jEnd) {
      let r: number;
      if (j === jEnd) r = members[i++] * STRIDE;
      else if (i === left) r = members[j++] * STRIDE;
      else {
        const ri = members[i] * STRIDE;
        const rj = members[j] * STRIDE;
        if (records[ri + KEY_RANK] < records[rj + KEY_RANK]) {
          r = ri;
          i++;
        } else {
          r = rj;
          j++;
        }
      }
      const key = records[r + KEY_RANK];
      if (closedBefore(s, bound, same, distance, key)) return;
      const b = records[r + ID];
      if (s.seen[b] === mark || (same === 0 && records[r + CATEGORY] === ca)) continue;
      s.seen[b] = mark;
      const score = withCommonTags(index, s, mark, records, r, 0);
      if (mayEnter(s, score)) offer(s, b, score, same, distance, key);
    }
    left = iStart;
    right = jEnd;
  }
}

/** Position of date among the distinct dates. */
function firstAtLeastDate(dates: Float64Array, date: number): number {
  let lo = 0;
  let hi = dates.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (dates[mid] >= date) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * Loads the records of members[from .. to) in a loop of independent reads, so that their cache misses
 * overlap instead of coming one after another in the loop that uses them. Returns a value to keep.
 */
function prefetch(records: Int32Array, members: Int32Array, from: number, to: number, sink: number): number {
  for (let p = from; p < to; p++) sink ^= records[members[p] * STRIDE];
  return sink;
}

/** First p in [lo, hi) with members[p] ≥ value, or hi. */
function firstAtLeast(members: Int32Array, lo: number, hi: number, value: number): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (members[mid] >= value) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** firstAtLeast(members, lo, hi, value) searched outward from p (lo ≤ p ≤ hi): cheap when the answer is near. */
function firstAtLeastNear(members: Int32Array, lo: number, hi: number, value: number, p: number): number {
  let step = 1;
  if (p < hi && members[p] < value) {
    while (p + step < hi && members[p + step] < value) {
      p += step;
      step *= 2;
    }
    return firstAtLeast(members, p + 1, Math.min(hi, p + step), value);
  }
  while (p - step >= lo && members[p - step] >= value) {
    p -= step;
    step *= 2;
  }
  return firstAtLeast(members, Math.max(lo, p - step + 1), p, value);
}
