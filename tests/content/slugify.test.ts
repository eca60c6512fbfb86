import { describe, expect, it } from "vitest";
import { assignSlugs, isSlug, slugify, slugProblem } from "../../src/content/slugify.ts";

describe("slugify", () => {
  it("keeps letters of every script and joins words with hyphens", () => {
    expect(slugify("Service Mesh")).toBe("service-mesh");
    expect(slugify("人工智能")).toBe("人工智能");
    expect(slugify("城市 规划")).toBe("城市-规划");
    expect(slugify("Zürich café")).toBe("zürich-café");
    expect(slugify("My Article (draft 2).md")).toBe("my-article-draft-2-md");
    expect(slugify("  --Hello,   world!--  ")).toBe("hello-world");
  });

  it("gives C++, C# and C different slugs", () => {
    expect(slugify("C++")).toBe("c-plus-plus");
    expect(slugify("C#")).toBe("c-sharp");
    expect(slugify("c")).toBe("c");
    expect(slugify("R&D")).toBe("r-and-d");
  });

  it("normalizes full-width characters and non-breaking spaces", () => {
    expect(slugify("ＡＩ\u00a0policy")).toBe("ai-policy");
  });

  it("accepts only what it would produce itself", () => {
    expect(isSlug("tax-reform")).toBe(true);
    expect(isSlug("城市规划")).toBe(true);
    expect(isSlug("../etc/passwd")).toBe(false);
    expect(isSlug("/absolute")).toBe(false);
    expect(isSlug("Tax-Reform")).toBe(false);
    expect(isSlug("")).toBe(false);
  });
});

describe("invisible characters and marks", () => {
  // Variation selector, combining grapheme joiner, zero-width space and joiner, soft hyphen, direction mark,
  // Hangul filler (a "letter" that shows nothing).
  const invisible = ["\ufe0f", "\u034f", "\u200b", "\u200d", "\u200c", "\u00ad", "\u200e", "\u3164", "\u{e0100}"];

  it("leaves out characters that cannot be seen, so addresses never differ only in them", () => {
    for (const char of invisible) expect(slugify(`tax${char}reform`), JSON.stringify(char)).toBe("taxreform");
    expect(new Set(["café", "café\ufe0f", "café\u034f"].map(slugify)).size).toBe(1);
    expect(slugify("co\u00adoperation")).toBe("cooperation");
  });

  it("makes no slug of a name without a letter or digit, combining marks alone included", () => {
    expect(slugify("\u0301\u0301")).toBe("");
    expect(slugify("\u200b")).toBe("");
    expect(slugify("--\u0301--")).toBe("");
    expect(isSlug("\u0301")).toBe(false);
    expect(slugify("cafe\u0301")).toBe("café");
  });
});

describe("slugProblem", () => {
  it("accepts a slug as slugify makes it", () => {
    expect(slugProblem("tax-reform")).toBeUndefined();
    expect(slugProblem("城市规划")).toBeUndefined();
  });

  it("names the invisible characters and suggests the slug without them", () => {
    expect(slugProblem("caf\u00e9\ufe0f")).toBe(
      `"café\\ufe0f" holds characters that cannot be seen (U+FE0F), so its address would look like another's (remove them, e.g. slug: café)`,
    );
    expect(slugProblem("tax\u200breform\u034f")).toBe(
      `"tax\\u200breform\\u034f" holds characters that cannot be seen (U+200B, U+034F), so its address would look like another's (remove them, e.g. slug: taxreform)`,
    );
  });

  it("refuses a slug without a letter or digit", () => {
    expect(slugProblem("\u0301\u0301")).toBe('"\\u0301\\u0301" has no letter or digit (write the address in words, e.g. slug: tax-reform)');
    expect(slugProblem("---")).toBe('"---" has no letter or digit (write the address in words, e.g. slug: tax-reform)');
  });

  it("keeps the messages for paths and capitals", () => {
    expect(slugProblem("../x")).toBe('"../x" cannot be used in an address (use lower-case letters, digits and hyphens, e.g. slug: x)');
    expect(slugProblem("Tax Reform")).toBe('"Tax Reform" cannot be used in an address (use lower-case letters, digits and hyphens, e.g. slug: tax-reform)');
  });
});

describe("assignSlugs", () => {
  it("tells apart names that slugify alike, whatever the order they arrive in", () => {
    const names = new Map([
      ["ai policy", "AI policy"],
      ["ai-policy", "ai-policy"],
      ["c++", "C++"],
    ]);
    const reversed = new Map([...names].reverse());
    const slugs = assignSlugs(names, "tag");
    expect(Object.fromEntries(slugs)).toEqual({ "ai policy": "ai-policy", "ai-policy": "ai-policy-2", "c++": "c-plus-plus" });
    expect(Object.fromEntries(assignSlugs(reversed, "tag"))).toEqual(Object.fromEntries(slugs));
  });

  it("never hands a suffixed slug to a name that owns it naturally", () => {
    const slugs = assignSlugs(new Map([["a b", "a b"], ["a  b", "a-b"], ["a-b-2", "a-b-2"]]), "tag");
    expect(new Set(slugs.values()).size).toBe(3);
    expect(slugs.get("a-b-2")).toBe("a-b-2");
  });

  it("uses the fallback for names without letters or digits", () => {
    expect(assignSlugs(new Map([["!!!", "!!!"]]), "tag").get("!!!")).toBe("tag");
    expect(assignSlugs(new Map([["\u0301", "\u0301"], ["\u200b", "\u200b"]]), "tag")).toEqual(new Map([["\u0301", "tag"], ["\u200b", "tag-2"]]));
  });

  it("gives tags that differ only in invisible characters one address each, told apart by number", () => {
    const slugs = assignSlugs(new Map([["ai", "AI"], ["ai\ufe0f", "AI\ufe0f"], ["ai\u034f", "AI\u034f"]]), "tag");
    expect([...slugs.values()].sort()).toEqual(["ai", "ai-2", "ai-3"]);
  });
});
