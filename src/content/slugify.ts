// URL path segments from names. Letters of every script stay (Chinese tags keep their characters);
// symbols that carry meaning become words, so "C++", "C#" and "C" get different pages. Characters that
// show nothing (zero-width spaces, variation selectors, joiners, soft hyphens, direction marks) are left
// out, so two addresses never differ only in what a reader cannot see.
import { quoted } from "./quoted.ts";

const SYMBOL_WORDS: Record<string, string> = { "+": "plus", "#": "sharp", "&": "and", "@": "at", "%": "percent" };
const INVISIBLE = /\p{Default_Ignorable_Code_Point}/gu;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** The slug of a name; "" when the name has no letter or digit to make one of. */
export function slugify(text: string): string {
  const slug = text
    .normalize("NFKC")
    .replace(INVISIBLE, "")
    .toLowerCase()
    .replace(/[+#&@%]/g, (symbol) => ` ${SYMBOL_WORDS[symbol]} `)
    .replace(/['\u2019]/g, "")
    .replace(/[^\p{L}\p{N}\p{M}]+/gu, "-")
    .replace(/^-+|-+$/g, "");
  return LETTER_OR_DIGIT.test(slug) ? slug : "";
}

/** True when `slug` can be used as-is as one path segment: what slugify would make of it. */
export function isSlug(slug: string): boolean {
  return slug !== "" && slugify(slug) === slug;
}

/** What is wrong with a slug an author wrote (`slug:`), ending with the fix; undefined when it can be used. */
export function slugProblem(wanted: string): string | undefined {
  const shown = quoted(head(wanted, 40));
  const suggestion = shortenSlug(slugify(wanted));
  const example = suggestion ? `, e.g. slug: ${suggestion}` : "";
  const invisible = [...new Set(wanted.match(INVISIBLE))];
  if (invisible.length > 0) {
    const names = invisible.map((char) => `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`).join(", ");
    return `${shown} holds characters that cannot be seen (${names}), so its address would look like another's (remove them${example})`;
  }
  if (!LETTER_OR_DIGIT.test(wanted)) return `${shown} has no letter or digit (write the address in words, e.g. slug: tax-reform)`;
  if (isSlug(wanted) && byteLength(wanted) > MAX_SLUG_BYTES) {
    return `${shown} is too long for an address (use at most ${MAX_SLUG_BYTES} letters, e.g. slug: ${suggestion})`;
  }
  if (!isSlug(wanted)) return `${shown} cannot be used in an address (use lower-case letters, digits and hyphens${example})`;
  return undefined;
}

/** The first `length` characters of `text`, and "…" when there were more. */
function head(text: string, length: number): string {
  let cut = "";
  let count = 0;
  for (const char of text) {
    if (count++ === length) return `${cut}…`;
    cut += char;
  }
  return cut;
}

/** The longest path segment the site makes, in UTF-8 bytes: file systems allow 255 per name, a suffix needs a few. */
export const MAX_SLUG_BYTES = 150;

const utf8 = new TextEncoder();
export const byteLength = (text: string): number => utf8.encode(text).length;

/** `slug` cut to MAX_SLUG_BYTES at most, at a hyphen when there is one in its second half. */
export function shortenSlug(slug: string): string {
  if (byteLength(slug) <= MAX_SLUG_BYTES) return slug;
  let cut = "";
  let bytes = 0;
  for (const char of slug) {
    bytes += byteLength(char);
    if (bytes > MAX_SLUG_BYTES) break;
    cut += char;
  }
  const hyphen = cut.lastIndexOf("-");
  return (hyphen > cut.length / 2 ? cut.slice(0, hyphen) : cut).replace(/-+$/, "");
}

/**
 * Gives every key a slug that no other key has. Keys whose names slugify alike are told apart by a
 * numeric suffix, in key order, so the result does not depend on the order articles were read.
 */
export function assignSlugs(names: ReadonlyMap<string, string>, fallback: string): Map<string, string> {
  const keys = [...names.keys()].sort();
  const taken = new Set<string>();
  const result = new Map<string, string>();
  // A tag pasted from a sentence still gets an address a file system can hold.
  const wanted = new Map(keys.map((key) => [key, shortenSlug(slugify(names.get(key)!)) || fallback]));
  // Keys that get their natural slug first, so a suffix never steals another key's natural slug.
  for (const key of keys) {
    const slug = wanted.get(key)!;
    if (!taken.has(slug)) {
      taken.add(slug);
      result.set(key, slug);
    }
  }
  for (const key of keys) {
    if (result.has(key)) continue;
    const base = wanted.get(key)!;
    let n = 2;
    while (taken.has(`${base}-${n}`)) n++;
    taken.add(`${base}-${n}`);
    result.set(key, `${base}-${n}`);
  }
  return result;
}
