// A site whose language is zh-CN (SITE_LANGUAGE, as a site's src/site.ts would set it) shows its interface in
// Chinese on every kind of page: no phrase of the English table is on screen, <html lang> is the site's,
// dates and numbers are written the Chinese way.
import { describe, expect, it } from "vitest";
import en from "../../src/i18n/en.ts";
import { siteInBrowser } from "../support/siteInBrowser.ts";

const site = siteInBrowser("tests/fixtures/sites/zh-CN", { SITE_LANGUAGE: "zh-CN" });

/** Every English phrase as the words a reader would see: placeholders cut out, each remaining piece of two letters or more. */
function englishPhrases(): string[] {
  const leaves = (value: unknown): string[] => (typeof value === "string" ? [value] : Object.values(value as object).flatMap(leaves));
  const { language: _language, ...phrases } = en;
  const pieces = leaves(phrases).flatMap((phrase) => phrase.split(/\{\w+\}/));
  return [...new Set(pieces.map((piece) => piece.replace(/[←→“”.:…]/g, "").trim()).filter((piece) => /[A-Za-z]{2}/.test(piece)))];
}

const PAGES = [
  ["home", ""],
  ["article", "新闻/traffic-plan/"],
  ["section", "新闻/"],
  ["section, page 2", "新闻/page/2/"],
  ["topic", "tags/交通/"],
  ["all topics", "tags/"],
  ["all sections", "categories/"],
  ["search (the page's own words; the script's are the search page's)", "search/"],
  ["404", "no/such/page/"],
] as const;

describe("a zh-CN site", () => {
  const english = englishPhrases();

  it("knows the English phrases it looks for", () => {
    expect(english).toEqual(expect.arrayContaining(["Related articles", "Contents", "min read", "By", "Search articles", "Older", "Skip to content", "Image"]));
  });

  it.each(PAGES)("%s: no English interface text, <html lang> from the site", async (_name, address) => {
    const context = await site.browser.newContext({ javaScriptEnabled: !address.startsWith("search") });
    const page = await context.newPage();
    await page.goto(site.server.url + encodeURI(address));
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("zh-CN");
    const seen = await page.evaluate(() =>
      [
        document.title,
        document.body.innerText,
        ...[...document.querySelectorAll("[placeholder], [aria-label], [alt]")].flatMap((el) => ["placeholder", "aria-label", "alt"].map((name) => el.getAttribute(name) ?? "")),
      ].join("\n"),
    );
    // The site's name and the addresses in feeds' names are the site's, not the interface's.
    const text = seen.replaceAll("The Meridian", "").replace(/Atom|JSON/g, "");
    const found = english.filter((phrase) => new RegExp(`(^|[^A-Za-z])${phrase.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}($|[^A-Za-z])`).test(text));
    expect(found).toEqual([]);
    await context.close();
  });

  it("writes dates, numbers and the reading time the Chinese way, and marks emphasis without slanting", async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.url}${encodeURI("新闻/traffic-plan/")}`);
    const byline = await page.locator(".article__byline").innerText();
    expect(byline).toContain("作者：林嘉怡");
    expect(byline).toContain("2025年3月14日");
    expect(byline).toMatch(/阅读约 \d+ 分钟/);
    expect(await page.locator(".toc h2").innerText()).toBe("目录");
    const em = await page.locator(".article__body em").first().evaluate((el) => ({ style: getComputedStyle(el).fontStyle, mark: getComputedStyle(el).textEmphasisStyle }));
    expect(em).toEqual({ style: "normal", mark: "dot" }); // "filled dot", as computed
    expect(await page.locator(".article__body blockquote").evaluate((el) => getComputedStyle(el).fontStyle)).toBe("normal");
    // Latin fonts come first, so Latin punctuation keeps its Latin shape; CJK fonts follow.
    const family = await page.locator(".article__body").evaluate((el) => getComputedStyle(el).fontFamily);
    expect(family.indexOf("Georgia")).toBeLessThan(family.indexOf("Noto Serif CJK SC"));
    await page.goto(`${site.server.url}${encodeURI("新闻/")}`);
    expect(await page.locator(".list__count").innerText()).toContain("23 篇文章");
    await page.close();
  });
});
