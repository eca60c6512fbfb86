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

async function search(page: Page, query: string): Promise<{ status: string; notice: string; results: Result[] }> {
  await page.goto(`${server.url}search/?q=${encodeURIComponent(query)}`);
  return settled(page);
}

async function settled(page: Page): Promise<{ status: string; notice: string; results: Result[] }> {
  await page.waitForFunction(() => {
    const list = document.getElementById("search-results");
    const status = document.getElementById("search-status")?.textContent ?? "";
    return list?.getAttribute("aria-busy") === "false" && !status.includes("Searching");
  });
  const status = (await page.locator("#search-status p").first().textContent())!.trim();
  const notice = (await page.locator("#search-status .search-notice").allTextContents()).join("");
  const results = await page.locator("#search-results > li").evaluateAll((items) =>
    items.map((item) => ({
      title: item.querySelector(".search-result-title")!.textContent!,
      href: item.querySelector("a")!.getAttribute("href")!,
      marks: [...item.querySelectorAll("mark")].map((mark) => mark.textContent!),
      excerpt: item.querySelector(".search-result-excerpt")?.textContent ?? "",
    })),
  );
  return { status, notice, results };
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

  it("finds only articles with every word of a two-word query", async () => {
    const page = await browser.newPage();
    const { status, notice, results } = await search(page, "heat pumps");
    expect(results.map((r) => r.title)).toEqual(["Heat pumps replace gas boilers in new homes"]);
    expect(status).toBe("1 result for “heat pumps”");
    expect(notice).toBe("");
    await page.close();
  });

  it("falls back to any word when no article has all of them, and says so", async () => {
    const page = await browser.newPage();
    const { notice, results } = await search(page, "boilers seedlings");
    expect(notice).toBe("No article has all of “boilers seedlings”; showing articles with some of them.");
    expect(results.length).toBeGreaterThan(1);
    await page.close();
  });

  it("matches a quoted phrase only where its words stand together, with the passage shown", async () => {
    const page = await browser.newPage();
    const words = await search(page, "service worker");
    expect(words.results.map((r) => r.title).sort()).toEqual(["Service workers keep pages working offline", "Transit workers strike over pay"]);
    const phrase = await search(page, '"service worker"');
    expect(phrase.status).toBe("1 result for “\"service worker\"”");
    expect(phrase.results.map((r) => r.title)).toEqual(["Service workers keep pages working offline"]);
    // The excerpt is the passage of the body that matched, not the description.
    expect(phrase.results[0]!.excerpt).toContain("A service worker sits between the page and the network");
    expect(phrase.results[0]!.marks.map((m) => m.toLowerCase())).toEqual(expect.arrayContaining(["service", "worker"]));
    await page.close();
  });

  it("filters by category with counts for the query, sorts by date and pages through results by keyboard", async () => {
    const page = await browser.newPage();
    const { status, results } = await search(page, "garden");
    expect(status).toBe("13 results for “garden”");
    expect(results).toHaveLength(10);
    const options = await page.locator("#search-category option").allTextContents();
    expect(options).toEqual(["All categories (13)", "Gardens (12)", "City (1)"]);
    expect(await page.locator(".search-page-of").textContent()).toBe("Page 1 of 2");
    // The label names the control for screen readers.
    expect(await page.getByLabel("Category").count()).toBe(1);

    await page.locator("#search-category").selectOption("City");
    await expect.poll(async () => (await settled(page)).results.map((r) => r.title)).toEqual(["A community garden opens by the station"]);
    expect((await settled(page)).status).toBe("13 results for “garden” · 1 in City");
    expect(page.url()).toMatch(/category=City/);
    expect(await page.locator(".search-pager").isHidden()).toBe(true);

    await page.locator("#search-category").selectOption("");
    await page.locator("#search-sort").selectOption("date");
    await expect.poll(async () => (await settled(page)).results[0]?.title).toBe("A community garden opens by the station");
    const dates = await page.locator("#search-results time").evaluateAll((times) => times.map((t) => t.getAttribute("datetime")!));
    expect([...dates].sort().reverse()).toEqual(dates);

    await page.locator(".search-next").focus();
    await page.keyboard.press("Enter");
    await expect.poll(async () => (await settled(page)).results.length).toBe(3);
    expect(await page.locator(".search-page-of").textContent()).toBe("Page 2 of 2");
    expect(page.url()).toMatch(/page=2/);
    // Focus moves to the first result of the new page.
    expect(await page.evaluate(() => document.activeElement?.closest("li")?.className)).toBe("search-result");
    expect(await page.locator("#search-results").getAttribute("start")).toBe("11");
    await page.close();
  });

  it("corrects a word one letter off and says what it searched for", async () => {
    const page = await browser.newPage();
    const { status, notice, results } = await search(page, "boilres");
    expect(notice).toBe("No results for “boilres”. Did you mean “boilers”? Showing results for “boilers”.");
    expect(status).toBe("1 result for “boilers”");
    expect(results.map((r) => r.title)).toEqual(["Heat pumps replace gas boilers in new homes"]);
    expect((await search(page, "pumpz")).notice).toMatch(/Did you mean “pumps?”/);
    // Words under five letters are not corrected.
    expect((await search(page, "pmp")).status).toBe("No results for “pmp”. Check the spelling or try other words.");
    await page.close();
  });

  it("finds a Chinese title by every two-character substring, as a phrase", async () => {
    const page = await browser.newPage();
    const title = "城市规划的新思路";
    for (let i = 0; i + 2 <= title.length; i++) {
      const { results } = await search(page, title.slice(i, i + 2));
      expect(results.map((r) => r.title), title.slice(i, i + 2)).toContain(title);
    }
    // 规划街道 stands in the description; 规划 … 街道 apart would not do.
    expect((await search(page, "规划街道")).results.map((r) => r.title)).toEqual([title]);
    expect((await search(page, "街道规划")).status).toMatch(/^No results/);
    await page.close();
  });

  it("shows the page's own strings and formats numbers for its language", async () => {
    const page = await browser.newPage();
    await page.route("**/search/?*", async (route) => {
      const response = await route.fetch();
      const table = JSON.stringify({ resultsOther: "{count} 条结果：{query}", categoryLabel: "分类" });
      const html = (await response.text())
        .replace('<html lang="en">', '<html lang="zh-CN">')
        .replace(/<script type="application\/json" id="search-text">[^<]*<\/script>/, `<script type="application/json" id="search-text">${table}</script>`);
      await route.fulfill({ response, body: html });
    });
    const { status } = await search(page, "garden");
    expect(status).toBe("13 条结果：garden");
    expect(await page.getByLabel("分类").count()).toBe(1);
    // Keys the table lacks stay English.
    expect(await page.locator("#search-sort option").first().textContent()).toBe("Relevance");
    await page.close();
  });

  it("asks for words when there is no query, with no controls shown", async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}search/`);
    await expect.poll(() => page.locator("#search-status").textContent()).toBe("Type a word or two to search the articles.");
    expect(await page.locator(".search-controls").isHidden()).toBe(true);
    expect(await page.locator(".search-pager").isHidden()).toBe(true);
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
