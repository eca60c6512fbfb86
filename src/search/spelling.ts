// "Did you mean": a word one edit away (a letter left out, added, changed, or two letters swapped) that the
// index holds, for a word of five letters or more that it does not.
//
// Words are compared before stemming, terms after: each variant of the typed word goes through the pipeline
// and is looked up in the vocabulary (terms and their document counts, a file per first character). The
// first letter is taken as typed, as most spelling checkers take it: one vocabulary file is fetched, and
// "goverment" becomes "government", not "overment" (whose stem, "over", more articles hold).

export const MIN_CORRECTED_LENGTH = 5;

const LETTERS = "abcdefghijklmnopqrstuvwxyz";

/** Every string one edit away from `word` (lower case) that keeps its first letter, itself excluded. */
export function oneEditAway(word: string): string[] {
  const chars = [...word];
  const alphabet = [...new Set([...LETTERS, ...chars])];
  const out = new Set<string>();
  for (let i = 0; i <= chars.length; i++) {
    const before = chars.slice(0, i).join("");
    const after = chars.slice(i).join("");
    if (i < chars.length) out.add(before + chars.slice(i + 1).join(""));
    if (i < chars.length - 1) out.add(before + chars[i + 1] + chars[i] + chars.slice(i + 2).join(""));
    for (const c of alphabet) {
      out.add(before + c + after);
      if (i < chars.length) out.add(before + c + chars.slice(i + 1).join(""));
    }
  }
  out.delete(word);
  return [...out].filter((variant) => variant.startsWith(chars[0] ?? ""));
}

/** Whether a word is long enough, and of a script, for suggestions. */
export function correctable(word: string): boolean {
  return [...word].length >= MIN_CORRECTED_LENGTH && /^[\p{L}\p{M}]+$/u.test(word) && /^[\p{Script=Latin}\p{M}]+$/u.test(word);
}

/**
 * The term one edit away from `word` that the most documents hold, as a word: `termOf` gives a variant's
 * index term (or undefined when the pipeline drops it); `known` the documents holding a term and the word it
 * was first made from ("" when the term is that word). The word shown is a variant that is that word of the
 * text ("boilres" → "boilers"), else a variant that is the term itself ("deplyo" → "deploy"), else the word
 * of the text ("goverment" → "government", where the variant "governent" stems alike).
 */
export function bestCorrection(
  word: string,
  termOf: (variant: string) => string | undefined,
  known: (term: string) => { documents: number; form: string } | undefined,
): string | undefined {
  let best: { term: string; documents: number; form: string; variants: string[] } | undefined;
  for (const variant of oneEditAway(word).sort()) {
    const term = termOf(variant);
    const entry = term === undefined ? undefined : known(term);
    if (term === undefined || entry === undefined || entry.documents === 0) continue;
    if (best?.term === term) best.variants.push(variant);
    else if (best === undefined || entry.documents > best.documents) best = { term, ...entry, variants: [variant] };
  }
  if (best === undefined) return undefined;
  const { term, form, variants } = best;
  return form && variants.includes(form) ? form : variants.includes(term) ? term : form || term;
}

/** The first character of the terms a correction of `word` can have: its own. */
export function correctionStart(word: string): string {
  return String.fromCodePoint(word.codePointAt(0)!);
}
