// A planned query against the postings it needs: which documents match, and lunr's score for each.
//
// The score is lunr.Index#query's: per field, the query vector (each term's clause boosts, summed) dotted
// with the document's field vector and divided by the query vector's length, summed over fields; so a query
// lunr can express ("+a +b", "a*", "-c") ranks as one unsharded lunr index would. What lunr cannot do is
// done around that: a phrase's documents must hold its terms side by side (positions), and only the
// documents that match a clause score from its terms.

import lunr from "lunr";
import type { QueryClause, QueryPlan } from "./planQuery.ts";
import type { PositionEntry, SearchHit, ShardEntry } from "./types.ts";

/** lunr.TokenSet's constructors; @types/lunr leaves them out. */
interface TokenSetLike {
  intersect(other: TokenSetLike): TokenSetLike;
  toArray(): string[];
}
const TokenSet = lunr.TokenSet as unknown as {
  fromArray(terms: string[]): TokenSetLike;
  fromString(term: string): TokenSetLike;
  fromFuzzyString(term: string, editDistance: number): TokenSetLike;
};

export interface LoadedTerms {
  /** Shard entries of the terms the plan can reach, by term. */
  entries: ReadonlyMap<string, ShardEntry>;
  /** Position entries of the plan's phrase terms, by term (absent: the term is in no document). */
  positions: ReadonlyMap<string, PositionEntry>;
}

/** Documents matching `plan`, best first (ties: lower document number, which is newer, first). */
export function matchQuery(plan: QueryPlan, fields: readonly string[], documentCount: number, loaded: LoadedTerms): SearchHit[] {
  const fieldIndex = new Map(fields.map((f, i) => [f, i]));
  let tokenSet: TokenSetLike | undefined;
  const expandTerm = (term: string, editDistance: number | undefined): string[] => {
    tokenSet ??= TokenSet.fromArray([...loaded.entries.keys()].sort());
    const clause = editDistance === undefined ? TokenSet.fromString(term) : TokenSet.fromFuzzyString(term, editDistance);
    return tokenSet.intersect(clause).toArray();
  };

  let required: Set<number> | undefined;
  const prohibited = new Set<number>();
  // Per field: term index → summed boost (the query vector), and what to score: (term, field, documents that may score).
  const queryVectors = fields.map(() => new Map<number, number>());
  const scoring: { entry: ShardEntry; field: number; documents: Set<number> | undefined }[] = [];
  const seenTermField = new Set<string>();

  for (const clause of plan.clauses) {
    const terms = clause.expand ? clause.expand.flatMap(({ term, editDistance }) => expandTerm(term, editDistance)) : clause.terms;
    const clauseFields = clause.fields.map((f) => fieldIndex.get(f)).filter((f): f is number => f !== undefined);
    const matched = clauseDocuments(clause, terms, clauseFields, fields.length, loaded);
    if (clause.presence === "prohibited") {
      for (const d of matched) prohibited.add(d);
      continue;
    }
    if (clause.presence === "required") required = required === undefined ? matched : intersect(required, matched);
    const phrase = clause.terms.length > 1;
    for (const term of terms) {
      const entry = loaded.entries.get(term);
      if (entry === undefined) continue;
      for (const f of clauseFields) {
        const vector = queryVectors[f];
        vector.set(entry[1], (vector.get(entry[1]) ?? 0) + clause.boost);
        const key = `${term}/${f}`;
        // A term scores once per field, as in lunr; a phrase's terms only in the documents holding the phrase.
        if (!phrase && seenTermField.has(key)) continue;
        seenTermField.add(key);
        scoring.push({ entry, field: f, documents: phrase ? matched : undefined });
      }
    }
  }

  const magnitudes = queryVectors.map((vector) => Math.sqrt([...vector.values()].reduce((sum, w) => sum + w * w, 0)));
  const dots = new Map<number, Float64Array>();
  const matchedTerms = new Map<number, Set<string>>();
  const admits = (d: number) => (required === undefined || required.has(d)) && !prohibited.has(d);
  for (const { entry, field, documents } of scoring) {
    const list = entry[2 + field] as number[] | 0;
    if (list === 0) continue;
    const weight = queryVectors[field].get(entry[1])!;
    for (let k = 0, d = 0; k < list.length; k += 2) {
      d += list[k];
      if (!admits(d) || (documents !== undefined && !documents.has(d))) continue;
      let dot = dots.get(d);
      if (dot === undefined) dots.set(d, (dot = new Float64Array(fields.length)));
      dot[field] += weight * (list[k + 1] / 1000);
      let terms = matchedTerms.get(d);
      if (terms === undefined) matchedTerms.set(d, (terms = new Set()));
      terms.add(entry[0]);
    }
  }

  const hits: SearchHit[] = [];
  if (plan.negated) {
    for (let d = 0; d < documentCount; d++) if (!prohibited.has(d)) hits.push({ ref: d, score: 0, terms: [] });
    return hits;
  }
  for (const [d, dot] of dots) {
    let score = 0;
    for (let f = 0; f < fields.length; f++) if (dot[f] !== 0) score += dot[f] / magnitudes[f];
    hits.push({ ref: d, score, terms: [...matchedTerms.get(d)!] });
  }
  return hits.sort((a, b) => b.score - a.score || a.ref - b.ref);
}

/** The documents a clause matches: any of its terms in any of its fields; for a phrase, all its terms side by side. */
function clauseDocuments(clause: QueryClause, terms: readonly string[], fields: readonly number[], fieldCount: number, loaded: LoadedTerms): Set<number> {
  const withTerm = (term: string): Set<number> => {
    const found = new Set<number>();
    const entry = loaded.entries.get(term);
    if (entry === undefined) return found;
    for (const f of fields) {
      const list = entry[2 + f] as number[] | 0;
      if (list === 0) continue;
      for (let k = 0, d = 0; k < list.length; k += 2) found.add((d += list[k]));
    }
    return found;
  };
  if (clause.terms.length <= 1) {
    const found = new Set<number>();
    for (const term of terms) for (const d of withTerm(term)) found.add(d);
    return found;
  }
  let candidates = withTerm(terms[0]);
  for (let i = 1; i < terms.length && candidates.size > 0; i++) candidates = intersect(candidates, withTerm(terms[i]));
  if (candidates.size === 0) return candidates;
  const positions = terms.map((term) => positionsIn(loaded.entries.get(term), fieldCount, loaded.positions.get(term), candidates));
  const found = new Set<number>();
  for (const d of candidates) {
    const lists = positions.map((byDocument) => byDocument.get(d));
    if (lists.some((list) => list === undefined)) continue;
    if (adjacent(lists as number[][])) found.add(d);
  }
  return found;
}

/** Positions of a term in the `wanted` documents; its position entry lists the documents of its shard entry, in order. */
function positionsIn(
  shardEntry: ShardEntry | undefined,
  fieldCount: number,
  entry: PositionEntry | undefined,
  wanted: ReadonlySet<number>,
): Map<number, number[]> {
  const byDocument = new Map<number, number[]>();
  if (entry === undefined || shardEntry === undefined) return byDocument;
  const documents = new Set<number>();
  for (let f = 2; f < 2 + fieldCount; f++) {
    const list = shardEntry[f] as number[] | 0;
    if (list === 0) continue;
    for (let k = 0, d = 0; k < list.length; k += 2) documents.add((d += list[k]));
  }
  const ordered = [...documents].sort((a, b) => a - b);
  let list: number[] | undefined;
  for (let k = 1, i = -1; k < entry.length; k++) {
    const n = entry[k] as number;
    if (n < 0) {
      // A new document: the next of the term's documents, starting at ~n.
      i += 1;
      list = wanted.has(ordered[i]) ? [~n] : undefined;
      if (list) byDocument.set(ordered[i], list);
    } else if (list) list.push(list[list.length - 1] + n);
  }
  return byDocument;
}

/** Whether some p has lists[i] holding p + i for every i. */
function adjacent(lists: readonly number[][]): boolean {
  const rest = lists.slice(1).map((list) => new Set(list));
  return lists[0].some((p) => rest.every((set, i) => set.has(p + i + 1)));
}

function intersect(a: ReadonlySet<number>, b: ReadonlySet<number>): Set<number> {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  const out = new Set<number>();
  for (const x of small) if (large.has(x)) out.add(x);
  return out;
}
