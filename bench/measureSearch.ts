// Sample queries in real headless Chromium against a built site served from 127.0.0.1: what each query
// downloads (gzip-equivalent, since the test server does not compress) and how long until the first result
// is in the DOM. Each run gets a fresh browser context, so nothing comes from the cache.

import fs from "node:fs";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { launchBrowser } from "../tests/support/browser.ts";
import { serveStatic, type StaticServer } from "../tests/support/staticServer.ts";
import { transferBytes } from "./measureFolder.ts";
import type { SampleQuery } from "./searchQueries.ts";

/** What a search downloads, by role: code, the entry files, the term index, the result metadata. */
export type FileKind = "script" | "entry" | "index" | "metadata";

/** A search UI as the benchmark drives it. */
export interface SearchEngine {
  name: string;
  /** Site path of a page that runs `query` as soon as it loads. */
  pageFor(query: string): string;
  /** Site path of the same page without a query. */
  emptyPageFor(query: string): string;
  /** Runs in the page: starts a search for the query (the page is loaded and idle). */
  submit: (query: string) => void;
  /** A result that is shown with its title (not a placeholder). */
  resultSelector: string;
  /** Runs in the page: the number of results once the search has settled, undefined before. */
  settledCount: () => number | undefined;
  /** The role of a served file in the search, or undefined when it is not part of it (pages, styles of the site). */
  kindOf(sitePath: string): FileKind | undefined;
}

export interface QueryMeasure {
  engine: string;
  label: string;
  query: string;
  results: number;
  /** Files of the search fetched on a first visit to the results page, by kind. */
  files: Record<FileKind, number>;
  /** Their gzip bytes, by kind. */
  kindGzipBytes: Record<FileKind, number>;
  bytes: number;
  gzipBytes: number;
  /** Median ms from navigation start to the first result in the DOM. */
  navigationMs: number;
  /** Median ms from submitting the query on the loaded, idle search page to the first result. */
  submitMs: number;
  runs: number;
}

/** Our search page: /search/?q=… with the index under /search-index/. */
export const ourSearch: SearchEngine = {
  name: "ours",
  pageFor: (query) => `search/?q=${encodeURIComponent(query)}`,
  emptyPageFor: () => "search/",
  submit: (query) => {
    const input = document.getElementById("q") as HTMLInputElement;
    input.value = query;
    input.form!.requestSubmit();
  },
  resultSelector: "#search-results > li",
  settledCount: () => {
    const list = document.getElementById("search-results");
    const status = document.getElementById("search-status")?.textContent ?? "";
    if (list?.getAttribute("aria-busy") !== "false" || /Searching/.test(status)) return undefined;
    const count = status.replace(/,/g, "").match(/\d+/);
    return count ? Number(count[0]) : 0;
  },
  // Term, position and vocabulary shards are the index; metadata chunks, facets and text fragments describe results.
  kindOf: (sitePath) =>
    sitePath === "/assets/search.js"
      ? "script"
      : sitePath === "/search-index/manifest.json"
        ? "entry"
        : /^\/search-index\/[^/]+\/[spv]\d+\.json$/.test(sitePath)
          ? "index"
          : /^\/search-index\/[^/]+\/(m\d+|d)\.json$/.test(sitePath) || /^\/search-index\/f\/[0-9a-f]+\.json$/.test(sitePath)
            ? "metadata"
            : undefined,
};

/** Pages that host Pagefind's default UI, one per language (Pagefind searches the index of the page's language). */
export function writePagefindHostPages(siteDir: string, bundle: string): void {
  for (const lang of ["en", "zh-CN"]) {
    const html = `<!doctype html>
<html lang="${lang}">
<head><meta charset="utf-8"><title>Pagefind</title>
<link href="/${bundle}/pagefind-ui.css" rel="stylesheet">
<script src="/${bundle}/pagefind-ui.js"></script></head>
<body><div id="search"></div>
<script>
window.addEventListener("DOMContentLoaded", () => {
  // Ten results like our page, no debounce so the time is the engine's, and the result count in English
  // whatever the page's language so the benchmark can read it; otherwise Pagefind's defaults.
  window.__ui = new PagefindUI({
    element: "#search", bundlePath: "/${bundle}/", pageSize: 10, debounceTimeoutMs: 0, showImages: false,
    translations: { searching: "Searching for [SEARCH_TERM]...", zero_results: "No results for [SEARCH_TERM]",
      one_result: "[COUNT] result for [SEARCH_TERM]", many_results: "[COUNT] results for [SEARCH_TERM]" },
  });
  const q = new URLSearchParams(location.search).get("q");
  if (q) window.__ui.triggerSearch(q);
});
</script></body></html>
`;
    fs.writeFileSync(path.join(siteDir, hostPage(bundle, lang)), html);
  }
}

const hostPage = (bundle: string, lang: string) => `${bundle}-bench-${lang.toLowerCase()}.html`;
const isChinese = (query: string) => /\p{Script=Han}/u.test(query);

/** Pagefind's default UI on the bundle folder `bundle` (written by writePagefindHostPages). */
export function pagefindSearch(bundle: string, name = "Pagefind"): SearchEngine {
  const page = (query: string) => hostPage(bundle, isChinese(query) ? "zh-CN" : "en");
  return {
    name,
    pageFor: (query) => `${page(query)}?q=${encodeURIComponent(query)}`,
    emptyPageFor: page,
    submit: (query) => (window as unknown as { __ui: { triggerSearch(q: string): void } }).__ui.triggerSearch(query),
    resultSelector: ".pagefind-ui__result-link",
    settledCount: () => {
      const message = document.querySelector(".pagefind-ui__message")?.textContent ?? "";
      const count = message.replace(/,/g, "").match(/^(\d+) results?/);
      if (/^No results/i.test(message)) return 0;
      if (!count) return undefined;
      // Settled when the shown results have their titles (each loads its fragment on its own).
      const shown = document.querySelectorAll(".pagefind-ui__result").length;
      return document.querySelectorAll(".pagefind-ui__result-link").length >= shown ? Number(count[1]) : undefined;
    },
    kindOf: (sitePath) => {
      if (!sitePath.startsWith(`/${bundle}/`)) return undefined;
      const file = sitePath.slice(bundle.length + 2);
      if (/\.(js|css)$/.test(file)) return "script";
      if (file.startsWith("index/") || file.startsWith("filter/")) return "index";
      if (file.startsWith("fragment/")) return "metadata";
      return "entry"; // pagefind-entry.json, the language's .pf_meta and its wasm
    },
  };
}

/** Records, in the page, when the first element matching the selector appears (ms on the page's clock). */
function observeFirstResult(selector: string): void {
  const bench = { first: undefined as number | undefined, since: 0 };
  (window as unknown as { __bench: typeof bench }).__bench = bench;
  new MutationObserver(() => {
    if (bench.first === undefined && document.querySelector(selector)) bench.first = performance.now();
  }).observe(document, { childList: true, subtree: true });
}

const median = (values: number[]) => {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

const SETTLE_TIMEOUT_MS = 60_000;

async function settle(page: Page, engine: SearchEngine): Promise<number> {
  const handle = await page.waitForFunction(engine.settledCount, undefined, { timeout: SETTLE_TIMEOUT_MS, polling: 50 });
  const count = (await handle.jsonValue()) as number;
  // Anything still on its way (a late fragment) is part of the query's cost.
  await page.waitForLoadState("networkidle");
  return count;
}

async function firstResultAt(page: Page): Promise<number> {
  return page.evaluate(() => {
    const bench = (window as unknown as { __bench: { first?: number; since: number } }).__bench;
    return bench.first === undefined ? Number.NaN : bench.first - bench.since;
  });
}

async function navigationRun(browser: Browser, server: StaticServer, engine: SearchEngine, query: string) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.addInitScript(observeFirstResult, engine.resultSelector);
    const from = server.requests.length;
    await page.goto(server.url + engine.pageFor(query));
    const results = await settle(page, engine);
    return { results, ms: await firstResultAt(page), requests: server.requests.slice(from) };
  } finally {
    await context.close();
  }
}

async function submitRun(browser: Browser, server: StaticServer, engine: SearchEngine, query: string): Promise<number> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.addInitScript(observeFirstResult, engine.resultSelector);
    await page.goto(server.url + engine.emptyPageFor(query));
    await page.waitForLoadState("networkidle");
    await page.evaluate(() => {
      (window as unknown as { __bench: { since: number } }).__bench.since = performance.now();
    });
    await page.evaluate(engine.submit, query);
    await settle(page, engine);
    return await firstResultAt(page);
  } finally {
    await context.close();
  }
}

/** Every query through every engine, `runs` times each; the site is served from `siteDir` at the root. */
export async function measureSearch(siteDir: string, engines: readonly SearchEngine[], queries: readonly SampleQuery[], runs: number): Promise<QueryMeasure[]> {
  const server = await serveStatic(siteDir);
  const browser = await launchBrowser();
  const transfer = new Map<string, number>();
  const gzipOf = (sitePath: string) => {
    let bytes = transfer.get(sitePath);
    if (bytes === undefined) transfer.set(sitePath, (bytes = transferBytes(path.join(siteDir, decodeURIComponent(sitePath)))));
    return bytes;
  };
  const measures: QueryMeasure[] = [];
  try {
    for (const engine of engines) {
      for (const { label, query } of queries) {
        const navigation: number[] = [];
        const submit: number[] = [];
        let first: Awaited<ReturnType<typeof navigationRun>> | undefined;
        for (let run = 0; run < runs; run++) {
          const result = await navigationRun(browser, server, engine, query);
          first ??= result;
          navigation.push(result.ms);
          submit.push(await submitRun(browser, server, engine, query));
        }
        const files: Record<FileKind, number> = { script: 0, entry: 0, index: 0, metadata: 0 };
        const kindGzipBytes: Record<FileKind, number> = { script: 0, entry: 0, index: 0, metadata: 0 };
        let bytes = 0;
        let gzipBytes = 0;
        for (const request of first!.requests) {
          const kind = request.status === 200 ? engine.kindOf(request.path) : undefined;
          if (!kind) continue;
          files[kind]++;
          bytes += request.bytes;
          gzipBytes += gzipOf(request.path);
          kindGzipBytes[kind] += gzipOf(request.path);
        }
        measures.push({ engine: engine.name, label, query, results: first!.results, files, kindGzipBytes, bytes, gzipBytes, navigationMs: median(navigation), submitMs: median(submit), runs });
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return measures;
}
