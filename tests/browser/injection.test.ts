// Script and markup in every front-matter field (tests/fixtures/sites/hostile/): every kind of page opened in
// real headless Chromium runs none of it, shows it as text, and the feeds, sitemap and JSON-LD stay
// well-formed and carry the values exactly.
import fs from "node:fs";
import path from "node:path";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/content/parseArticle.ts";
import { formatProblem } from "../../src/content/problems.ts";
import { siteInBrowser } from "../support/siteInBrowser.ts";

const HOSTILE = "tests/fixtures/sites/hostile";
const TITLES = {
  everyField: "<script>window.__pwned = 'title'</script>Payload in every field",
  jsonLd: "</script><script>window.__pwned = 'json-ld'</script><!-- Payload that closes the JSON-LD block",
  attributes: `' onmouseover='window.__pwned = 1' " autofocus onfocus="window.__pwned = 'attribute'" x=" Payload in attributes`,
};
const CATEGORY = `"><svg onload="window.__pwned = 'category'"></svg>Hostile`;
const TAG = "<script>window.__pwned = 'tag'</script>";

const site = siteInBrowser(HOSTILE);

const output = (file: string) => fs.readFileSync(path.join(site.build.output, file), "utf8");

interface Visit {
  pwned: unknown;
  dialogs: string[];
  /** Elements, and handler or javascript: attributes that would run on a hover or click, that only a payload would create. */
  injected: string[];
  /** Every <script> on the page: its type and src. */
  scripts: string[];
  h1: string;
}

/** Opens `address` with a trap for window.__pwned and dialogs, lets scripts and images settle, and looks. */
async function visit(address: string, ready?: (page: Page) => Promise<unknown>): Promise<Visit> {
  const page = await site.browser.newPage();
  const dialogs: string[] = [];
  page.on("dialog", async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  await page.goto(site.server.url + address, { waitUntil: "networkidle" });
  await ready?.(page);
  const seen = await page.evaluate(() => {
    const injected = [
      ...[...document.querySelectorAll("*")].flatMap((el) =>
        [...el.attributes].filter((a) => /^on/i.test(a.name) || (/^(href|src|action|formaction|xlink:href)$/i.test(a.name) && /^\s*javascript:/i.test(a.value))).map((a) => `${el.tagName} ${a.name}=${a.value}`),
      ),
      ...[...document.querySelectorAll('img[src="x"], svg, b, i, em')].map((el) => el.outerHTML),
    ];
    const scripts = [...document.querySelectorAll("script")].map((s) => `${s.type}|${s.getAttribute("src") ?? ""}`);
    return { pwned: (window as { __pwned?: unknown }).__pwned, injected, scripts, h1: document.querySelector("h1")?.textContent ?? "" };
  });
  await page.close();
  return { ...seen, dialogs };
}

function expectNothingRan(seen: Visit): void {
  expect(seen.pwned).toBeUndefined();
  expect(seen.dialogs).toEqual([]);
  expect(seen.injected).toEqual([]);
  // Scripts that run: the search script only; JSON-LD and the search page's words (application/json) are data the browser never runs.
  for (const script of seen.scripts) expect(script).toMatch(/^application\/ld\+json\|$|^application\/json\|$|^module\|\/assets\/search\.js$/);
}

describe("hostile front matter in the browser", () => {
  it.each([
    ["article, script in every field", "svg-onload-window-pwned-category-svg-hostile/script-in-every-field/", TITLES.everyField],
    ["article, JSON-LD breakout", "hostile/json-ld-breakout/", TITLES.jsonLd],
    ["article, attribute breakout", "javascript-window-pwned-category-link/attribute-breakout/", TITLES.attributes],
    ["home", "", "The Meridian"],
    ["category", "svg-onload-window-pwned-category-svg-hostile/", CATEGORY],
    ["tag", "tags/script-window-pwned-tag-script/", `Topic ${TAG}`],
    ["all topics", "tags/", "Topics"],
    ["all sections", "categories/", "Sections"],
    ["404", "no/such/page/", "Page not found"],
  ])("%s: runs nothing and shows the text", async (_name, address, h1) => {
    const seen = await visit(address);
    expectNothingRan(seen);
    expect(seen.h1).toBe(h1);
  });

  it("search results for a matching query: runs nothing and shows the titles as text", async () => {
    let titles: string[] = [];
    const seen = await visit("search/?q=payload", async (page) => {
      await page.waitForFunction(() => document.getElementById("search-results")?.getAttribute("aria-busy") === "false");
      titles = await page.locator(".search-result-title").allTextContents();
    });
    expectNothingRan(seen);
    expect(titles).toEqual(expect.arrayContaining([TITLES.everyField, TITLES.jsonLd, TITLES.attributes]));
  });

  it("lists the hostile names as text in every page's navigation", async () => {
    const page = await site.browser.newPage();
    await page.goto(site.server.url);
    const sections = await page.getByRole("navigation", { name: "Sections" }).getByRole("link").allTextContents();
    expect(sections).toEqual(expect.arrayContaining([CATEGORY, "javascript:window.__pwned = 'category link'"]));
    const hrefs = await page.locator("a[href]").evaluateAll((links) => links.map((a) => a.getAttribute("href")!));
    expect(hrefs.filter((href) => !/^[/#]/.test(href))).toEqual([]);
    await page.close();
  });
});

describe("hostile front matter in feeds, sitemap and JSON-LD", () => {
  it("keeps every Atom feed and the sitemap well-formed, with the values exact", () => {
    const xmlFiles = ["feed.xml", "hostile/feed.xml", "svg-onload-window-pwned-category-svg-hostile/feed.xml", "sitemap.xml"];
    for (const file of xmlFiles) expect(XMLValidator.validate(output(file)), file).toBe(true);
    const feed = new XMLParser({ ignoreAttributes: false, processEntities: true, htmlEntities: true }).parse(output("feed.xml"));
    const entries = feed.feed.entry as { title: string; author?: { name: string }; category: { "@_term": string }[] }[];
    expect(entries.map((entry) => entry.title)).toEqual(expect.arrayContaining(Object.values(TITLES)));
    const everyField = entries.find((entry) => entry.title === TITLES.everyField)!;
    expect(everyField.author?.name).toBe(`</script><script>window.__pwned = 'author'</script><b onmouseover="window.__pwned = 'author 2'">Anonymous</b>`);
    expect(everyField.category.map((c) => c["@_term"])).toEqual(expect.arrayContaining([CATEGORY, TAG, "javascript:window.__pwned = 'tag 3'"]));
  });

  it("keeps every JSON feed parseable, with the values exact", () => {
    for (const file of ["feed.json", "hostile/feed.json", "svg-onload-window-pwned-category-svg-hostile/feed.json"]) {
      expect(() => JSON.parse(output(file)), file).not.toThrow();
    }
    const items = (JSON.parse(output("feed.json")) as { items: { title: string; summary: string; tags: string[] }[] }).items;
    expect(items.map((item) => item.title)).toEqual(expect.arrayContaining(Object.values(TITLES)));
    expect(items.find((item) => item.title === TITLES.jsonLd)?.summary).toBe(
      "--> </SCRIPT ><script>window.__pwned = 'json-ld 2'</script> \u2028 line separator payload",
    );
  });

  it("keeps JSON-LD inside its script element, parseable, with the values exact", () => {
    const html = output("hostile/json-ld-breakout/index.html");
    const blocks = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
    expect(blocks).toHaveLength(1);
    expect(blocks[0]).not.toMatch(/<|>|\u2028/);
    const [article, breadcrumb] = JSON.parse(blocks[0]!) as [{ headline: string; description: string; author: { name: string }[] }, { itemListElement: { name: string }[] }];
    expect(article.headline).toBe(TITLES.jsonLd);
    expect(article.author[0]!.name).toBe(`\\"}</script><script>window.__pwned = 'json-ld 3'</script>`);
    expect(breadcrumb.itemListElement[2]!.name).toBe(TITLES.jsonLd);
  });
});

describe("javascript: as an address", () => {
  it("is refused as a slug before anything is built", () => {
    const result = parseArticle(
      { sourcePath: "articles/news/x.md", relativePath: "news/x.md", bytes: new TextEncoder().encode("---\ntitle: T\ndate: 2025-01-01\nslug: \"javascript:alert(1)\"\n---\n") },
      { language: "en", timeZone: "UTC" },
    );
    expect(result.problems.map(formatProblem)).toEqual([
      'articles/news/x.md: slug: "javascript:alert(1)" cannot be used in an address (use lower-case letters, digits and hyphens, e.g. slug: javascript-alert-1)',
    ]);
  });

  it("in a markdown link in a body, is not made a link", () => {
    const html = output("svg-onload-window-pwned-category-svg-hostile/script-in-every-field/index.html");
    expect(html).not.toContain('href="javascript:');
    expect(html).toContain("[a javascript: address](javascript:window.__pwned='body link')");
  });
});
