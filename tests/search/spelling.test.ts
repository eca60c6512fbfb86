import { describe, expect, it } from "vitest";
import { bestCorrection, correctable, oneEditAway } from "../../src/search/spelling.ts";
import { searchPipeline } from "../../src/search/tokenize.ts";

const pipeline = searchPipeline();
const termOf = (variant: string) => {
  const terms = pipeline.runString(variant);
  return terms.length === 1 ? terms[0] : undefined;
};
/** A vocabulary: term → documents and the word it was first made from. */
const vocabulary = (entries: Record<string, [number, string]>) => (term: string) => {
  const entry = entries[term];
  return entry && { documents: entry[0], form: entry[1] };
};

describe("oneEditAway", () => {
  it("leaves out, adds, changes or swaps one letter, keeping the first", () => {
    const variants = oneEditAway("cat");
    expect(variants).toEqual(expect.arrayContaining(["ct", "ca", "cta", "cart", "cats", "cut", "cab"]));
    expect(variants).not.toContain("cat");
    expect(variants).not.toContain("at");
    expect(variants).not.toContain("bat");
    expect(variants.every((v) => v.startsWith("c"))).toBe(true);
  });
});

describe("correctable", () => {
  it("takes Latin words of five letters or more", () => {
    expect(correctable("boilres")).toBe(true);
    expect(correctable("pump")).toBe(false);
    expect(correctable("12345")).toBe(false);
    expect(correctable("城市规划城市")).toBe(false);
  });
});

describe("bestCorrection", () => {
  it("picks the term most documents hold and shows it as the text's word", () => {
    const known = vocabulary({ govern: [50, "government"], over: [90, ""], boiler: [3, "boilers"] });
    expect(bestCorrection("goverment", termOf, known)).toBe("government");
    expect(bestCorrection("boilres", termOf, known)).toBe("boilers");
  });

  it("prefers a variant that is the term itself to a word of the text further off", () => {
    expect(bestCorrection("deplyo", termOf, vocabulary({ deploy: [4, "deploying"] }))).toBe("deploy");
  });

  it("finds nothing when no variant's term is known", () => {
    expect(bestCorrection("zzzzzz", termOf, vocabulary({ deploy: [4, ""] }))).toBeUndefined();
  });
});
