// A reader in real headless Chromium: opens the home page of the sample site, follows a category link,
// then an article link, at the site root and under a sub-path.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser } from "../support/browser.ts";
import { buildSite } from "../support/buildSite.ts";
import { serveStatic, type StaticServer } from "../support/staticServer.ts";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe.each(["/", "/news/"])("the sample site served at %s", (prefix) => {
  let server: StaticServer;
  beforeAll(async () => {
    const build = await buildSite({ articles: "articles", args: [`--pathprefix=${prefix}`] });
    expect(build.code, build.stderr).toBe(0);
    server = await serveStatic(build.output, prefix);
  });
  afterAll(async () => {
    await server?.close();
  });

  it("opens the home page, follows a category link and then an article link", async () => {
    const page = await browser.newPage();
    const failed: string[] = [];
    page.on("response", (response) => {
      if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
    });
    await page.goto(server.url);
    expect(await page.title()).toBe("The Meridian");
    await expect.poll(() => page.locator(".front .card").count()).toBeGreaterThan(5);
    await expect(page.locator(".front-lead h3 a").count()).resolves.toBe(1);

    await page.getByRole("navigation", { name: "Sections" }).getByRole("link", { name: "Science" }).click();
    await page.waitForURL(`${server.url}science/`);
    expect(await page.locator("h1").textContent()).toBe("Science");

    const firstArticle = page.locator(".card__title a").first();
    const title = (await firstArticle.textContent())!.trim();
    await firstArticle.click();
    await page.waitForURL(/\/science\/[^/]+\/$/);
    expect(await page.locator("h1").textContent()).toBe(title);
    const crumbs = await page.getByRole("navigation", { name: "Breadcrumb" }).getByRole("listitem").allTextContents();
    expect(crumbs.map((text) => text.trim())).toEqual(["The Meridian", "Science", title]);
    expect(await page.getByRole("navigation", { name: "Related articles" }).getByRole("link").count()).toBeGreaterThan(0);

    // Styles loaded and applied: the body text is set in the site's serif.
    expect(await page.locator(".article__body").evaluate((el) => getComputedStyle(el).fontFamily)).toContain("Georgia");
    expect(failed).toEqual([]);
    await page.close();
  });
});
