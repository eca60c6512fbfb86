// axe-core in real headless Chromium on every kind of page of the sample site: no serious or critical
// violation (contrast, names, landmarks, language, ...). The search page is checked with a query and its
// results on screen.
import { createRequire } from "node:module";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { siteInBrowser } from "../support/siteInBrowser.ts";

const AXE = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

async function axeViolations(page: Page): Promise<Violation[]> {
  await page.addScriptTag({ path: AXE });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: () => Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const results = await axe.run();
    return results.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(" ")) }));
  });
}

const serious = (violations: Violation[]) => violations.filter((v) => v.impact === "serious" || v.impact === "critical");

const site = siteInBrowser("articles");

describe("accessibility of the sample site (axe-core)", () => {
  it("finds what it should on a page made to fail", async () => {
    const page = await site.browser.newPage();
    await page.setContent(
      '<html><head><title>x</title></head><body><main><img src="a.png"><p style="color:#ccc;background:#fff">faint</p><button></button></main></body></html>',
    );
    const ids = serious(await axeViolations(page)).map((v) => v.id).sort();
    expect(ids).toEqual(["button-name", "color-contrast", "html-has-lang", "image-alt"]);
    await page.close();
  });

  it.each([
    ["light", "home", ""],
    ["light", "article with a table and contents", "economy/four-day-week-pilot-results/"],
    ["light", "article with an image", "economy/port-of-halvik-container-traffic/"],
    ["light", "category", "science/"],
    ["light", "tag", "tags/climate/"],
    ["light", "all topics", "tags/"],
    ["light", "all sections", "categories/"],
    ["light", "404", "no/such/page/"],
    // The dark theme is held to the same standard (contrast above all).
    ["dark", "home", ""],
    ["dark", "article with a table and contents", "economy/four-day-week-pilot-results/"],
    ["dark", "article with an image", "economy/port-of-halvik-container-traffic/"],
    ["dark", "Chinese article", "culture/dialect-pop-songs/"],
    ["dark", "category", "science/"],
    ["dark", "tag", "tags/climate/"],
    ["dark", "all sections", "categories/"],
    ["dark", "404", "no/such/page/"],
  ] as const)("%s theme, %s page: no serious or critical violations", async (colorScheme, _name, address) => {
    const page = await site.browser.newPage({ colorScheme });
    expect(await page.evaluate(() => matchMedia("(prefers-color-scheme: dark)").matches)).toBe(colorScheme === "dark");
    const response = await page.goto(site.server.url + address);
    expect(response?.status()).toBe(address.startsWith("no/") ? 404 : 200);
    expect(serious(await axeViolations(page))).toEqual([]);
    await page.close();
  });

  it.each(["light", "dark"] as const)("%s theme, search page with a query and results: no serious or critical violations", async (colorScheme) => {
    const page = await site.browser.newPage({ colorScheme });
    await page.goto(`${site.server.url}search/?q=energy`);
    await page.waitForFunction(() => document.getElementById("search-results")?.getAttribute("aria-busy") === "false");
    expect(await page.locator("#search-results > li").count()).toBeGreaterThan(1);
    expect(serious(await axeViolations(page))).toEqual([]);
    await page.close();
  });
});
