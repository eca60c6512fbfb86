// A query in words → clauses the index can answer, decided before any shard is fetched.
//
// lunr's own QueryParser reads the query (`+`, `-`, `field:`, `*`, `~1`, `^2`), so lunr's syntax keeps its
// meaning; quoted phrases are taken out first, since lunr has none. Terms go through the index's own
// pipeline. What differs from lunr: a word without an operator is required ("all words"; `any` mode makes it
// optional, for the fallback), and a word the pipeline cuts into several terms (a run of CJK characters
// becomes its character pairs, "foo/bar" two words) is a phrase: its terms must stand side by side, as
// they do in the text, not any one of them.

import lunr from "lunr";
import { splitWords } from "./tokenize.ts";

/** lunr.QueryParser and the clause fields lunr sets; @types/lunr leaves both out. */
const QueryParser = (lunr as unknown as { QueryParser: new (query: string, into: lunr.Query) => { parse(): lunr.Query } })
  .QueryParser;

interface ParsedClause {
  term: string;
  fields: string[];
  usePipeline: boolean;
  presence: number;
  boost: number;
  editDistance?: number;
}

/** "all": words without an operator are required; "any": optional, as lunr has them. */
export type QueryMode = "all" | "any";

export type Presence = "required" | "optional" | "prohibited";

export interface QueryClause {
  /** Index terms, in the order of the text; more than one make a phrase. Empty when `expand` is set. */
  terms: string[];
  /** Wildcard or fuzzy terms, matched against the index's terms as lunr's TokenSet does. */
  expand?: { term: string; editDistance?: number }[];
  fields: string[];
  presence: Presence;
  boost: number;
  /** The word as typed (lower case), for a single word without operators: spelling suggestions start from it. */
  word?: string;
}

export interface QueryPlan {
  clauses: QueryClause[];
  /** Terms looked up as they are. */
  exact: string[];
  /** Text before the first * of wildcard terms; "" (leading wildcard, fuzzy term) reaches every term. */
  prefixes: string[];
  /** Terms whose positions are needed (those of phrases). */
  phraseTerms: string[];
  /** Every clause is prohibited ("-foo"): lunr then returns all other documents. */
  negated: boolean;
  /** Clauses that "all" mode made required: with two or more, "any" mode would find more. */
  defaulted: number;
}

/** Quoted phrases, with an optional + or - before them; typographic quotes too. */
const PHRASE = /([+-]?)["“”„«»「」]([^"“”„«»「」]*)["“”„«»「」]?/g;

/**
 * Plans `query` for an index of `fields`. Text that lunr cannot parse is searched as plain words (its
 * operators blanked out), so every query the reader types gives an answer.
 */
export function planQuery(query: string, fields: readonly string[], pipeline: lunr.Pipeline, mode: QueryMode = "all"): QueryPlan {
  const clauses: QueryClause[] = [];
  let defaulted = 0;
  const presenceOf = (sign: string, typed: number): { presence: Presence; defaulted: boolean } => {
    if (sign === "-" || typed === lunr.Query.presence.PROHIBITED) return { presence: "prohibited", defaulted: false };
    if (sign === "+" || typed === lunr.Query.presence.REQUIRED) return { presence: "required", defaulted: false };
    return { presence: mode === "all" ? "required" : "optional", defaulted: true };
  };

  const rest = query.replace(PHRASE, (_all, sign: string, text: string) => {
    const terms = splitWords(text).flatMap((word) => pipeline.runString(word));
    if (terms.length === 0) return " ";
    const { presence, defaulted: byDefault } = presenceOf(sign, lunr.Query.presence.OPTIONAL);
    if (mode === "any" && byDefault) {
      for (const term of terms) clauses.push({ terms: [term], fields: [...fields], presence, boost: 1 });
    } else clauses.push({ terms, fields: [...fields], presence, boost: 1 });
    if (byDefault) defaulted += 1;
    return " ";
  });

  for (const c of parseClauses(rest, fields)) {
    const { presence, defaulted: byDefault } = presenceOf("", c.presence);
    if (c.editDistance !== undefined || !c.usePipeline) {
      // As lunr: a fuzzy term goes through the pipeline first, a wildcard term does not.
      const terms = c.usePipeline ? pipeline.runString(c.term) : [c.term];
      if (terms.length === 0) continue;
      const expand = terms.map((term) => ({ term, editDistance: c.editDistance }));
      clauses.push({ terms: [], expand, fields: c.fields, presence, boost: c.boost });
    } else {
      // A required word the pipeline drops ("+the") is left out, as lunr leaves out an optional one; an
      // excluded one stays, excluding nothing ("-the" alone returns every document, as in lunr).
      const terms = pipeline.runString(c.term);
      if (terms.length === 0 && presence !== "prohibited") continue;
      const word = terms.length === 1 && byDefault && c.fields.length === fields.length ? c.term : undefined;
      clauses.push({ terms, fields: c.fields, presence, boost: c.boost, word });
    }
    if (byDefault) defaulted += 1;
  }

  const exact = new Set<string>();
  const prefixes = new Set<string>();
  const phraseTerms = new Set<string>();
  for (const clause of clauses) {
    for (const term of clause.terms) exact.add(term);
    if (clause.terms.length > 1) for (const term of clause.terms) phraseTerms.add(term);
    for (const { term, editDistance } of clause.expand ?? []) {
      prefixes.add(editDistance !== undefined ? "" : term.includes("*") ? term.slice(0, term.indexOf("*")) : term);
    }
  }
  return {
    clauses,
    exact: [...exact],
    prefixes: [...prefixes],
    phraseTerms: [...phraseTerms],
    negated: clauses.length > 0 && clauses.every((c) => c.presence === "prohibited"),
    defaulted,
  };
}

/** lunr's clauses of `query`; text that does not parse is parsed again with its operators blanked out. */
function parseClauses(query: string, fields: readonly string[]): ParsedClause[] {
  try {
    return new QueryParser(query, new lunr.Query([...fields])).parse().clauses as unknown as ParsedClause[];
  } catch (error) {
    if (!(error instanceof lunr.QueryParseError)) throw error;
    return new QueryParser(plainQuery(query), new lunr.Query([...fields])).parse().clauses as unknown as ParsedClause[];
  }
}

/** Whether the plan can reach `term`. */
export function wantsTerm(plan: QueryPlan, term: string): boolean {
  return plan.exact.includes(term) || plan.prefixes.some((prefix) => term.startsWith(prefix));
}

/** `query` with lunr's operators blanked out: the fallback when a query typed as plain text does not parse. */
export function plainQuery(query: string): string {
  return query.replace(/[:^~*+\-\\]/g, " ");
}
