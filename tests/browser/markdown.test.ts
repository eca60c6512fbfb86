// What a reader does with the article markdown, in real headless Chromium on a site built with the real
// build (tests/fixtures/sites/markdown/): follows a footnote and comes back, reads callouts, finds a heading
// with its own id in the contents, and meets a video as a link that loads nothing from YouTube.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { siteInBrowser } from "../support/siteInBrowser.ts";

const site = siteInBrowser("tests/fixtures/sites/markdown");
const ARTICLE = "guides/harbour-ledgers/";

async function open(width: number): Promise<{ page: Page; outside: string[] }> {
  const page = await site.browser.newPage({ viewport: { width, height: 800 } });
  const outside: string[] = [];
  page.on("request", (request) => {
    if (!request.url().startsWith(site.server.url)) outside.push(request.url());
  });
  await page.goto(site.server.url + ARTICLE);
  return { page, outside };
}

const target = (page: Page) => page.evaluate(() => document.querySelector(":target")?.id ?? null);
const inView = (page: Page, selector: string) =>
  page.locator(selector).evaluate((element) => {
    const box = element.getBoundingClientRect();
    return box.bottom > 0 && box.top < window.innerHeight;
  });

describe("article markdown in a browser", () => {
  it("follows a footnote to its note and the back link to where the reader was", async () => {
    const { page } = await open(390);
    await page.locator("sup.footnote-ref a").first().click();
    await page.waitForURL(/#fn-1$/);
    expect(await target(page)).toBe("fn-1");
    expect(await inView(page, "li#fn-1")).toBe(true);
    expect(await page.locator("li#fn-1").textContent()).toContain("The town archive");

    await page.locator("li#fn-1 a.footnote-backref").click();
    await page.waitForURL(/#fnref-1$/);
    expect(await target(page)).toBe("fnref-1");
    expect(await inView(page, "a#fnref-1")).toBe(true);
    await page.close();
  });

  it("shows callouts as notes with a visible label, styled by type", async () => {
    const { page } = await open(1280);
    const notes = page.getByRole("note");
    expect(await notes.count()).toBe(2);
    const warning = notes.nth(0);
    expect(await warning.locator(".callout__label").textContent()).toBe("Warning");
    expect(await warning.locator(".callout__label").isVisible()).toBe(true);
    expect(await warning.textContent()).toContain("rewritten after the fire of 1703");
    expect(await notes.nth(1).locator(".callout__label").textContent()).toBe("Where to start");
    const border = (index: number) => notes.nth(index).evaluate((element) => getComputedStyle(element).borderLeftColor);
    expect(await border(0)).not.toBe(await border(1));
    await page.close();
  });

  it("lists a heading with an id of its own in the contents and takes the reader there", async () => {
    const { page } = await open(390);
    const contents = page.getByRole("navigation", { name: "Contents" });
    expect(await contents.getByRole("link").allTextContents()).toEqual(["The toll books", "Delays and weather", "What a good year looked like"]);
    await contents.getByRole("link", { name: "Delays and weather" }).click();
    await page.waitForURL(/#weather$/);
    expect(await target(page)).toBe("weather");
    await page.close();
  });

  it("shows a video as a link to YouTube and loads nothing from another site", async () => {
    const { page, outside } = await open(390);
    const link = page.getByRole("link", { name: "Watch on YouTube" });
    expect(await link.getAttribute("href")).toBe("https://www.youtube.com/watch?v=hjD9jTi_DQ4");
    expect(await link.isVisible()).toBe(true);
    expect(await page.locator("iframe").count()).toBe(0);
    await page.locator(".site-footer").scrollIntoViewIfNeeded();
    await page.waitForLoadState("networkidle");
    expect(outside).toEqual([]);
    // Nothing in the article is wider than a phone.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.close();
  });
});
