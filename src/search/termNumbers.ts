// Tokens → term numbers, with terms numbered as lunr numbers them: in the order they are first met.
//
// The search pipeline looks at one token at a time, so its stack can run in parts: the functions before
// segmentToken on the token, segmentToken itself without making a token per word (forEachSegment), then the
// rest on each word. Cutting unspaced CJK text into words is most of the cost of indexing it; with the
// words of long tokens remembered, the rest of the pipeline runs once per word of the vocabulary.

import lunr from "lunr";

const LEADING_NON_WORD = /^[^\p{L}\p{N}\p{M}_]+/u;
const TRAILING_NON_WORD = /[^\p{L}\p{N}\p{M}_]+$/u;
import { forEachSegment, searchPipeline } from "./tokenize.ts";

/** The pipeline function that cuts a token into words. */
const SEGMENT_LABEL = "segmentToken";

export class TermNumbers {
  /** Terms by number. */
  readonly terms: string[] = [];
  /** By number, the word of the text a term was first made from, when it differs from the term ("government" for "govern"). */
  readonly forms: string[] = [];
  /**
   * Every form met, numbered: 0 is "" (the term itself). A document's record (buildPostings) names the form
   * of each of its terms by number, so that a build that takes the document from its record knows the form.
   */
  readonly formList: string[] = [""];
  private readonly formNumbers = new Map<string, number>([["", 0]]);
  private readonly numbers = new Map<string, number>();
  /** Per word: its terms and their forms' numbers, interleaved. */
  private readonly wordTerms = new Map<string, number[]>();
  private readonly head: lunr.Pipeline;
  private readonly tail: lunr.Pipeline;
  private readonly segment: (str: string, visit: (word: string) => void) => void;

  constructor() {
    const labels = searchPipeline().toJSON() as unknown as string[];
    const split = labels.indexOf(SEGMENT_LABEL);
    this.head = lunr.Pipeline.load(split < 0 ? labels : labels.slice(0, split));
    this.tail = lunr.Pipeline.load(split < 0 ? [] : labels.slice(split + 1));
    this.segment = split < 0 ? (str, visit) => visit(str) : forEachSegment;
  }

  /**
   * Appends the numbers of the terms the search pipeline makes of `raw` (a lower-cased word of the text) to
   * `out`, in order, each followed by the number of its form (formList). `remember`: keep the terms of each of
   * its words, for a token that will not be met again but whose words will.
   */
  add(raw: string, out: number[], remember: boolean): void {
    const visit = (word: string): void => {
      const known = this.wordTerms.get(word);
      if (known !== undefined) {
        for (const n of known) out.push(n);
        return;
      }
      const trimmed = word.replace(LEADING_NON_WORD, "").replace(TRAILING_NON_WORD, "");
      const numbers: number[] = [];
      for (const token of this.tail.run([new lunr.Token(word, {})])) {
        const term = token.toString();
        const form = trimmed === term || trimmed.length > 40 ? "" : trimmed;
        numbers.push(this.number(term, form), this.formNumber(form));
      }
      if (remember) this.wordTerms.set(detached(word), numbers);
      for (const n of numbers) out.push(n);
    };
    for (const token of this.head.run([new lunr.Token(raw, {})])) this.segment(token.toString(), visit);
  }

  /** The number of `term`, numbered now (with `form`, the word it was made from or "") if it is new. */
  number(term: string, form: string): number {
    let n = this.numbers.get(term);
    if (n === undefined) {
      n = this.terms.length;
      const own = detached(term);
      this.numbers.set(own, n);
      this.terms.push(own);
      this.forms.push(detached(form));
    }
    return n;
  }

  /** The number of a form in formList. */
  formNumber(form: string): number {
    let f = this.formNumbers.get(form);
    if (f === undefined) {
      f = this.formList.length;
      const own = detached(form);
      this.formNumbers.set(own, f);
      this.formList.push(own);
    }
    return f;
  }
}

/**
 * `s`, sharing no memory with the text it was cut from: V8 keeps a substring of 13 or more characters as a
 * view into its parent, and a term that kept a whole article alive would keep thousands of them.
 */
function detached(s: string): string {
  return s.length < 13 ? s : (JSON.parse(JSON.stringify(s)) as string);
}
