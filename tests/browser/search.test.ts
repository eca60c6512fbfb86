// The search page in real headless Chromium, on a site built for a sub-path: what a reader types and sees.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser } from "../support/browser.ts";
import { buildSite } from "../support/buildSite.ts";
import { serveStatic, type StaticServer } from "../support/staticServer.ts";

let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  const build = await buildSite({ articles: "tests/fixtures/sites/search", args: ["--pathprefix=/news/"] });
  expect(build.code, build.stderr).toBe(0);
  server = await serveStatic(build.output, "/news/");
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

interface Result {
  title: string;
  href: string;
  marks: string[];
  excerpt: string;
}

async function search(page: Page, query: string): Promise<{ status: string; results: Result[] }> {
  await page.goto(`${server.url}search/?q=${encodeURIComponent(query)}`);
  return settled(page);
}

async function settled(page: Page): Promise<{ status: string; results: Result[] }> {
  await page.waitForFunction(() => {
    const list = document.getElementById("search-results");
    const status = document.getElementById("search-status")?.textContent ?? "";
    return list?.getAttribute("aria-busy") === "false" && !status.includes("Searching");
  });
  const status = (await page.locator("#search-status").textContent())!.trim();
  const results = await page.locator("#search-results > li").evaluateAll((items) =>
    items.map((item) => ({
      title: item.querySelector(".search-result-title")!.textContent!,
      href: item.querySelector("a")!.getAttribute("href")!,
      marks: [...item.querySelectorAll("mark")].map((mark) => mark.textContent!),
      excerpt: item.querySelector(".search-result-excerpt")?.textContent ?? "",
    })),
  );
  return { status, results };
}

describe("search", () => {
  it("finds an English word, links under the sub-path and highlights the match", async () => {
    const page = await browser.newPage();
    const { status, results } = await search(page, "turnout");
    expect(status).toBe("1 result for “turnout”");
    expect(results).toHaveLength(1);
    expect(results[0]!.title).toBe("Election results in the northern provinces");
    expect(results[0]!.href).toBe("/news/world/election-results/");
    expect(results[0]!.marks.map((m) => m.toLowerCase())).toContain("turnout");
    await page.locator("#search-results a").first().click();
    await page.waitForURL(`${server.url}world/election-results/`);
    expect(await page.locator("h1").textContent()).toBe("Election results in the northern provinces");
    await page.close();
  });

  it("finds Chinese typed without spaces", async () => {
    const page = await browser.newPage();
    const { status, results } = await search(page, "城市规划");
    expect(status).toBe("1 result for “城市规划”");
    expect(results[0]!.title).toBe("城市规划的新思路");
    expect(await page.locator("#search-results > li").first().getAttribute("lang")).toBe("zh-CN");
    expect(results[0]!.marks.join("")).toContain("城市");
    await page.close();
  });

  it("ranks a two-word query: both words before one", async () => {
    const page = await browser.newPage();
    const { results } = await search(page, "heat pumps");
    expect(results.map((r) => r.title)).toEqual(["Heat pumps replace gas boilers in new homes", "A guide to pump maintenance"]);
    await page.close();
  });

  it("says clearly when nothing matches", async () => {
    const page = await browser.newPage();
    const { status, results } = await search(page, "zeppelinx");
    expect(status).toBe("No results for “zeppelinx”. Check the spelling or try other words.");
    expect(results).toEqual([]);
    await page.close();
  });

  it("shows a title with <script> as text and never runs it", async () => {
    const page = await browser.newPage();
    const dialogs: string[] = [];
    page.on("dialog", async (dialog) => {
      dialogs.push(dialog.message());
      await dialog.dismiss();
    });
    const { results } = await search(page, "elections");
    const hostile = results.find((r) => r.title.includes("<script>"));
    expect(hostile?.title).toBe("<script>window.__pwned = 'title'</script>Breaking <b>bold</b> news");
    expect(await page.evaluate(() => (window as { __pwned?: string }).__pwned)).toBeUndefined();
    expect(await page.locator("#search-results script, #search-results b, #search-results img").count()).toBe(0);
    expect(dialogs).toEqual([]);
    await page.close();
  });

  it("is usable by keyboard from any page's header", async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}world/heat-pumps/`);
    await page.keyboard.press("Tab"); // skip link
    await page.keyboard.press("Tab"); // site name
    await page.keyboard.press("Tab"); // search box
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("q");
    await page.keyboard.type("bus lanes");
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/news\/search\/\?q=bus\+lanes$/);
    const { results } = await settled(page);
    expect(results[0]!.title).toBe("Bus lanes cut commuting times");
    // Searching again on the search page works without leaving it.
    await page.locator("#q").fill("boilers");
    await page.locator("#q").press("Enter");
    await expect.poll(async () => (await settled(page)).results.map((r) => r.title)).toEqual(["Heat pumps replace gas boilers in new homes"]);
    expect(page.url()).toMatch(/\?q=boilers$/);
    await page.close();
  });
});
