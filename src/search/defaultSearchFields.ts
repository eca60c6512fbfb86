// What the full-text index covers and how much a match in each field weighs.

import type { SearchField } from "./types.ts";

/** A word in the title outranks the same word in the body; tags are the author's own keywords. */
export const defaultSearchFields: readonly SearchField[] = [
  { name: "title", boost: 10 },
  { name: "tags", boost: 5 },
  { name: "description", boost: 2 },
  { name: "body", boost: 1 },
];
