// Which index terms a query can reach, decided before any shard is fetched.
//
// The query is parsed by lunr's own QueryParser and its terms go through the index's own pipeline, so the
// plan names exactly the terms lunr's Index#query will look up: a merged index holding every term the plan
// wants answers the query as the whole index would.

import lunr from "lunr";

/** lunr.QueryParser and the clause fields lunr sets; @types/lunr leaves both out. */
const QueryParser = (lunr as unknown as { QueryParser: new (query: string, into: lunr.Query) => { parse(): lunr.Query } })
  .QueryParser;

interface ParsedClause {
  term: string;
  usePipeline: boolean;
  presence: number;
  editDistance?: number;
}

export interface QueryPlan {
  /** Terms looked up as they are. */
  exact: string[];
  /** Text before the first * of wildcard terms; "" (leading wildcard, fuzzy term) reaches every term. */
  prefixes: string[];
  /** Every clause is prohibited ("-foo", or no clause at all): lunr then returns all other documents. */
  negated: boolean;
  clauses: number;
}

/**
 * Parses `query` (lunr syntax) into `into`, as lunr.Index#search does, less one lunr bug: a required term the
 * pipeline drops ("+the") makes lunr 2.3.9 throw, so such clauses are left out, as optional stop words are.
 * Throws lunr.QueryParseError when the query does not parse.
 */
export function parseQuery(into: lunr.Query, query: string, pipeline: lunr.Pipeline): lunr.Query {
  new QueryParser(query, into).parse();
  const clauses = into.clauses as unknown as ParsedClause[];
  const kept = clauses.filter(
    (c) => !(c.presence === lunr.Query.presence.REQUIRED && c.usePipeline && pipeline.runString(c.term).length === 0),
  );
  into.clauses = kept as unknown as lunr.Query.Clause[];
  return into;
}

/** Plans `query` in lunr syntax for an index of `fields`; throws lunr.QueryParseError when it does not parse. */
export function planQuery(query: string, fields: readonly string[], pipeline: lunr.Pipeline): QueryPlan {
  const parsed = parseQuery(new lunr.Query([...fields]), query, pipeline);
  const clauses = parsed.clauses as unknown as ParsedClause[];
  const exact = new Set<string>();
  const prefixes = new Set<string>();
  for (const clause of clauses) {
    const terms = clause.usePipeline ? pipeline.runString(clause.term) : [clause.term];
    for (const term of terms) {
      if (clause.editDistance !== undefined) prefixes.add("");
      else if (term.includes("*")) prefixes.add(term.slice(0, term.indexOf("*")));
      else exact.add(term);
    }
  }
  return {
    exact: [...exact],
    prefixes: [...prefixes],
    negated: clauses.every((c) => c.presence === lunr.Query.presence.PROHIBITED),
    clauses: clauses.length,
  };
}

/** Whether the plan can reach `term`. */
export function wantsTerm(plan: QueryPlan, term: string): boolean {
  return plan.exact.includes(term) || plan.prefixes.some((prefix) => term.startsWith(prefix));
}

/** `query` with lunr's operators blanked out: the fallback when a query typed as plain text does not parse. */
export function plainQuery(query: string): string {
  return query.replace(/[:^~*+\-\\]/g, " ");
}
