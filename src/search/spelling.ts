// "Did you mean": a word one edit away (a letter left out, added, changed, or two letters swapped) that the
// index holds, for a word of five letters or more that it does not.
//
// Words are compared before stemming, terms after: each variant of the typed word goes through the pipeline
// and is looked up in the vocabulary (terms and their document counts, a file per first character). Only
// variants whose term starts like the word (its first or second letter) are tried, so two vocabulary files
// at most are fetched; a typo in the first letter is left to the reader.

export const MIN_CORRECTED_LENGTH = 5;

const LETTERS = "abcdefghijklmnopqrstuvwxyz";

/** Every string one edit away from `word` (lower case), itself excluded. */
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
  return [...out];
}

/** Whether a word is long enough, and of a script, for suggestions. */
export function correctable(word: string): boolean {
  return [...word].length >= MIN_CORRECTED_LENGTH && /^[\p{L}\p{M}]+$/u.test(word) && /^[\p{Script=Latin}\p{M}]+$/u.test(word);
}

/**
 * The variant of `word` whose term the most documents hold, or undefined; between variants of one term,
 * the term itself when it is one ("pumpz" → "pump", a word as the text has it), else one of the word's own
 * length (a changed or swapped letter: "boilres" → "boilers", not "boileres"). `termOf` gives a variant's index
 * term (or undefined when the pipeline drops it); `documentsWith` how many documents hold a term (0: none).
 */
export function bestCorrection(word: string, termOf: (variant: string) => string | undefined, documentsWith: (term: string) => number): string | undefined {
  let best: { variant: string; documents: number; lengthChange: number } | undefined;
  const length = [...word].length;
  for (const variant of oneEditAway(word).sort()) {
    const term = termOf(variant);
    if (term === undefined) continue;
    const documents = documentsWith(term);
    const lengthChange = variant === term ? -1 : Math.abs([...variant].length - length);
    if (documents === 0) continue;
    if (best === undefined || documents > best.documents || (documents === best.documents && lengthChange < best.lengthChange)) {
      best = { variant, documents, lengthChange };
    }
  }
  return best?.variant;
}

/** The first characters of the terms a correction of `word` can have: those of its first and second letters. */
export function correctionStarts(word: string): string[] {
  const chars = [...word];
  return [...new Set(chars.slice(0, 2))];
}
