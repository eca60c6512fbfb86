import lunr from "lunr";
import { describe, expect, it } from "vitest";
import { TermNumbers } from "../../src/search/termNumbers.ts";
import { searchPipeline, splitWords } from "../../src/search/tokenize.ts";
import { awkwardDocuments } from "./fixtures/awkwardDocuments.ts";
import { randomCorpus, seededRandom } from "./fixtures/randomCorpus.ts";

/** The whole pipeline on each token, terms numbered in the order first met: what lunr.Builder does. */
function reference(tokens: readonly string[]): { numbers: number[][]; terms: string[] } {
  const pipeline = searchPipeline();
  const terms: string[] = [];
  const numbers = tokens.map((token) =>
    pipeline.run([new lunr.Token(token, {})]).map((term) => {
      const at = terms.indexOf(term.toString());
      return at >= 0 ? at : terms.push(term.toString()) - 1;
    }),
  );
  return { numbers, terms };
}

describe("TermNumbers", () => {
  it("numbers terms exactly as running the whole pipeline on every token does", () => {
    const texts = [...randomCorpus(200, 4), ...awkwardDocuments()].flatMap((d) => [d.title, ...d.tags, d.description, d.body]);
    const tokens = texts.flatMap(splitWords);
    const random = seededRandom(8);
    const termNumbers = new TermNumbers();
    const forms: string[][] = [];
    const numbers = tokens.map((token) => {
      const out: number[] = [];
      termNumbers.add(token, out, random() < 0.5);
      forms.push(out.filter((_, i) => i % 2 === 1).map((f) => termNumbers.formList[f]!));
      return out.filter((_, i) => i % 2 === 0);
    });
    const expected = reference(tokens);
    expect(termNumbers.terms).toEqual(expected.terms);
    expect(numbers).toEqual(expected.numbers);
    // Each term's form is the word it was made from this time; the term's own form is that of its first time.
    const firstForms: string[] = [];
    numbers.forEach((list, i) => list.forEach((n, k) => (firstForms[n] ??= forms[i]![k]!)));
    expect(termNumbers.forms).toEqual(firstForms);
    expect(forms.flat().filter((form) => form !== "").length).toBeGreaterThan(100);
  });
});
