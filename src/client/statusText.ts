// What the live status line says; read out by screen readers, so each message is a full sentence.

import type { SearchOutcome } from "../search/types.ts";

const count = new Intl.NumberFormat("en");

export function statusText(outcome: SearchOutcome): string {
  const quoted = `“${outcome.query}”`;
  switch (outcome.status) {
    case "empty":
      return "Type a word or two to search the articles.";
    case "found": {
      const n = outcome.hits.length;
      return `${count.format(n)} ${n === 1 ? "result" : "results"} for ${quoted}`;
    }
    case "none":
      return `No results for ${quoted}. Check the spelling or try other words.`;
    case "too-broad":
      return `${quoted} matches too many words to search here. Put a few letters before each * and leave out ~.`;
  }
}

export const searchingText = "Searching…";
export const unavailableText = "Search is unavailable right now: the search index could not be loaded. Please try again later.";
