// What to tell an author about a front-matter field the site does not read.
import { didYouMean } from "./didYouMean.ts";
import { KNOWN_FIELDS } from "./frontMatterSchema.ts";
import { slugify } from "./slugify.ts";

/** The warning for `key`: a tailored one for fields other generators use, "did you mean" for near misses. */
export function unknownFieldMessage(key: string, value: unknown): string {
  if (key === "permalink") {
    // Other generators let a file pick its address; here that would let one file take another's page.
    const page = typeof value === "string" ? value.replace(/(?:\/index)?\.html?$/i, "").split("/").filter(Boolean).pop() : undefined;
    const last = slugify(page ?? "");
    return `is not supported and is ignored: the address comes from the category folder and the slug (use slug: ${last || "my-article"})`;
  }
  const guess = didYouMean(key, KNOWN_FIELDS);
  return guess
    ? `is not a known field; did you mean ${guess}? (rename it, or remove it)`
    : `is not a known field and is ignored (known fields: ${KNOWN_FIELDS.join(", ")})`;
}
