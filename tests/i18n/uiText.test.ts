import { describe, expect, it } from "vitest";
import en from "../../src/i18n/en.ts";
import { builtInTables, counted, fill, fillHtml, joinNames, uiTextFor } from "../../src/i18n/uiText.ts";

/** Every phrase's path in a table: "article.related", "home.moreInSection.other", ... */
function paths(value: unknown, prefix = ""): string[] {
  if (typeof value === "string") return [prefix];
  return Object.entries(value as object).flatMap(([key, inner]) => paths(inner, prefix ? `${prefix}.${key}` : key));
}
const placeholders = (phrase: string) => [...phrase.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const at = (table: object, path: string) => path.split(".").reduce<unknown>((value, key) => (value as Record<string, unknown>)[key], table) as string;

describe("the interface tables", () => {
  it("has every phrase of the English table in each built-in language, with the same placeholders", () => {
    const english = paths(en).filter((path) => !/\.(one|two|few|many|zero)$/.test(path));
    for (const table of builtInTables) {
      for (const path of english) {
        expect(at(table, path), `${table.language}: ${path}`).toEqual(expect.any(String));
        if (path !== "language") expect(placeholders(at(table, path)), `${table.language}: ${path}`).toEqual(placeholders(at(en, path)));
      }
    }
  });

  it("finds a table by tag, then by base language, else English", () => {
    expect(uiTextFor("zh-CN").language).toBe("zh-CN");
    expect(uiTextFor("zh").language).toBe("zh-CN");
    expect(uiTextFor("en-GB").language).toBe("en");
    expect(uiTextFor("sv").language).toBe("en");
  });
});

describe("filling phrases", () => {
  it("puts values in their places and leaves unknown places as written", () => {
    expect(fill("By {names}", { names: "Mara" })).toBe("By Mara");
    expect(fill("{a} {b}", { a: 1 })).toBe("1 {b}");
  });

  it("uses the language's plural forms and number format", () => {
    expect(counted(en.list.articleCount, 1, "en")).toBe("1 article");
    expect(counted(en.list.articleCount, 12345, "en")).toBe("12,345 articles");
    expect(counted(uiTextFor("zh-CN").list.articleCount, 1, "zh-CN")).toBe("1 篇文章");
    expect(counted(en.list.articleCount, 2, "de")).toBe("2 articles");
  });

  it("inserts markup into an escaped phrase", () => {
    expect(fillHtml("Updated <{date}> & more", { date: "<time>x</time>" })).toBe("Updated &lt;<time>x</time>&gt; &amp; more");
  });

  it("joins names as the language does", () => {
    expect(joinNames(["A", "B", "C"], "en")).toBe("A, B, and C");
    expect(joinNames(["甲", "乙"], "zh-CN")).toBe("甲和乙");
  });
});
