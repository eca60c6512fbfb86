// What the live status line says; read out by screen readers, so each message is a full sentence.

import type { SearchOutcome } from "../search/types.ts";
import { fill, type SearchText } from "./searchText.ts";

/** Formats counts for the page's language. */
export interface Counting {
  number(n: number): string;
  /** Whether `n` takes the singular ("one") form. */
  one(n: number): boolean;
}

export function counting(locale: string | undefined): Counting {
  const make = <T>(create: (l: string | undefined) => T): T => {
    try {
      return create(locale);
    } catch {
      return create(undefined);
    }
  };
  const numbers = make((l) => new Intl.NumberFormat(l));
  const plurals = make((l) => new Intl.PluralRules(l));
  return { number: (n) => numbers.format(n), one: (n) => plurals.select(n) === "one" };
}

/** The count line, and the line under it that says how the query was changed, if it was. */
export function statusText(outcome: SearchOutcome, text: SearchText, count: Counting): { line: string; notice?: string } {
  const query = outcome.query;
  switch (outcome.status) {
    case "empty":
      return { line: text.prompt };
    case "found": {
      const n = outcome.hits.length;
      const shown = outcome.corrected ?? query;
      const line = fill(count.one(n) ? text.resultsOne : text.resultsOther, { count: count.number(n), query: shown });
      if (outcome.corrected !== undefined) return { line, notice: fill(text.corrected, { query, corrected: outcome.corrected }) };
      if (outcome.fellBack) return { line, notice: fill(text.fellBack, { query }) };
      return { line };
    }
    case "none":
      return { line: fill(text.none, { query }) };
    case "too-broad":
      return { line: fill(text.tooBroad, { query }) };
  }
}
