// A reader in real headless Chromium on a site migrated from other generators, served under a sub-path as a
// plain static host serves it: an old address leads to the article, the byline leads to the author's page.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser } from "../support/browser.ts";
import { buildSite } from "../support/buildSite.ts";
import { serveStatic, type StaticServer } from "../support/staticServer.ts";

describe("the migrated fixture served at /site/", () => {
  let browser: Browser;
  let server: StaticServer;
  beforeAll(async () => {
    const build = await buildSite({ articles: "tests/fixtures/sites/migrated", args: ["--pathprefix=/site/"] });
    expect(build.code, build.stderr).toBe(0);
    server = await serveStatic(build.output, "/site/");
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it.each(["posts/old-hugo", "posts/old-hugo/", "2024/02/hugo.html"])("sends a reader at the old address %s on to the article", async (old) => {
    const page = await browser.newPage();
    await page.goto(`${server.url}${old}`);
    await page.waitForURL(`${server.url}news/hugo-toml/`);
    expect(await page.locator("h1").textContent()).toBe("A post written for Hugo");
    await page.close();
  });

  it("follows the byline to the author's page, with the lead image and the avatar loaded", async () => {
    const page = await browser.newPage();
    const failed: string[] = [];
    page.on("response", (response) => {
      if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
    });
    await page.goto(`${server.url}release/jekyll-post/`);
    const lead = page.locator(".article__lead img");
    await expect.poll(() => lead.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(320);
    await page.getByRole("link", { name: "Parker Moore" }).click();
    await page.waitForURL(`${server.url}authors/parker-moore/`);
    expect(await page.locator("h1").textContent()).toBe("Author Parker Moore");
    await expect.poll(() => page.locator(".list__avatar").evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(64);
    expect(failed).toEqual([]);
    await page.close();
  });
});
