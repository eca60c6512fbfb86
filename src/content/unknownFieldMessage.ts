// What to tell an author about a front-matter field the site does not read: the line for the file, and the
// summary that stands for it in every file that has the field (the report prints one line for all of them).
import { didYouMean } from "./didYouMean.ts";
import { KNOWN_FIELDS } from "./frontMatterSchema.ts";
import { slugify } from "./slugify.ts";

const KEEP = "or keep it for the site's layouts: add it to frontMatter.dataFields in src/site.ts";

/** Fields other generators use that this site leaves out on purpose, and why. */
const IGNORED: Record<string, string> = {
  layout: "is ignored: every article uses the site's article layout (remove it)",
  weight: "is ignored: lists are ordered by date, newest first (remove it)",
};

/** The warning for `key`: a tailored one for fields other generators use, "did you mean" for near misses. */
export function unknownFieldMessage(key: string, value: unknown): { message: string; summary: string } {
  if (key === "permalink" || key === "url") {
    // Other generators let a file pick its address; here that would let one file take another's page.
    const page = typeof value === "string" ? value.replace(/(?:\/index)?\.html?$/i, "").split("/").filter((part) => part && !part.startsWith(":")).pop() : undefined;
    const last = slugify(page ?? "");
    const because = "is not supported and is ignored: the address comes from the category folder and the slug";
    return {
      message: `${because} (use slug: ${last || "my-article"})`,
      summary: `${key}: ${because} (remove it; where the old address must keep working, list it under aliases:)`,
    };
  }
  const ignored = IGNORED[key];
  if (ignored) return { message: ignored, summary: `${key}: ${ignored}` };
  if (/^eleventy[A-Z]/.test(key)) {
    const message = `is Eleventy's and is ignored (remove it, ${KEEP})`;
    return { message, summary: `${key}: ${message}` };
  }
  const guess = didYouMean(key, KNOWN_FIELDS);
  const message = guess ? `is not a known field; did you mean ${guess}? (rename it, or remove it)` : `is not a known field and is ignored (remove it, ${KEEP})`;
  return { message, summary: `${key}: ${message}` };
}
