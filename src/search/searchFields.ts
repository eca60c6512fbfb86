// What the full-text index covers, in lunr's field order, and how much a match in each field weighs.

import type { SearchField } from "./types.ts";

export interface SearchBoosts {
  title: number;
  tags: number;
  description: number;
  body: number;
}

/** The indexed fields with the site's boosts (src/site.ts). */
export function searchFields(boosts: SearchBoosts): SearchField[] {
  return [
    { name: "title", boost: boosts.title },
    { name: "tags", boost: boosts.tags },
    { name: "description", boost: boosts.description },
    { name: "body", boost: boosts.body },
  ];
}
