import { describe, expect, it } from "vitest";
import { assignSlugs, isSlug, slugify } from "../../src/content/slugify.ts";

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
  });
});
