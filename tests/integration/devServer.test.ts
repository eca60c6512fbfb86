// The dev server (`npm start`) on a copy of the basic fixture: drafts shown, a saved article re-rendered
// (bodies rendered on the main thread, only the pages it changes, related lists included), a new article in a
// new category rebuilt into every page's header, problems in the articles shown in the browser until they are
// fixed, deleted articles gone from the lists and from the site, requests outside its folder refused, and
// nothing reachable from another machine.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser } from "../support/browser.ts";
import { buildSite, PROJECT_ROOT, tempDir } from "../support/buildSite.ts";
import { freePort } from "../support/freePort.ts";

const startScript = JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, "package.json"), "utf8")).scripts.start as string;

async function until<T>(what: string, probe: () => Promise<T | undefined>, log: () => string, ms = 30_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe().catch(() => undefined);
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; dev server said:\n${log()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The status of a raw request line, as sent (no client normalizes the path). */
function rawStatus(port: number, requestPath: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, "127.0.0.1", () => socket.write(`GET ${requestPath} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n`));
    let data = "";
    socket.on("data", (chunk) => (data += chunk));
    socket.on("end", () => resolve(Number(/^HTTP\/1\.1 (\d+)/.exec(data)?.[1] ?? 0)));
    socket.on("error", reject);
    socket.setTimeout(5000, () => reject(new Error(`no answer to ${requestPath}`)));
  });
}

describe("the dev server", () => {
  let child: ChildProcess;
  let log = "";
  let base = "";
  let port = 0;
  let root = "";
  let articles = "";
  let output = "";
  let browser: Browser;

  const page = async (sitePath: string) => {
    const response = await fetch(base + sitePath);
    return response.ok ? response.text() : undefined;
  };
  const status = async (sitePath: string) => (await fetch(base + sitePath)).status;
  const manifest = async () => JSON.parse((await page("/search-index/manifest.json")) ?? "null") as { documents: number } | null;
  const pageWith = (sitePath: string, text: string) =>
    until(`${sitePath} to show "${text}"`, async () => ((await page(sitePath))?.includes(text) ? true : undefined), () => log);

  beforeAll(async () => {
    root = tempDir("dev-");
    articles = path.join(root, "articles");
    output = path.join(root, "preview");
    fs.cpSync(path.join(PROJECT_ROOT, "tests/fixtures/sites/basic"), articles, { recursive: true });
    port = await freePort();
    base = `http://127.0.0.1:${port}`;
    // `npm start`'s command, on another port and folder.
    const [node, ...args] = startScript.split(/\s+/);
    expect(node).toBe("node");
    child = spawn(process.execPath, [...args, `--port=${port}`, `--output=${output}`], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, SITE_ARTICLES: articles, SITE_OUTPUT: path.join(root, "dist"), NODE_OPTIONS: "" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    child.stdout!.on("data", (data) => (log += data));
    child.stderr!.on("data", (data) => (log += data));
    await pageWith("/economy/rates/", "Why rates stayed put");
    browser = await launchBrowser();
  });

  afterAll(async () => {
    child?.kill();
    await browser?.close();
  });

  it("serves drafts and scheduled articles from its own folder, never the published output", async () => {
    expect(await page("/economy/draft-budget/")).toContain("Secret draft budget");
    expect(await page("/economy/future-plan/")).toContain("Scheduled future plan");
    expect(fs.existsSync(path.join(output, "economy/draft-budget/index.html"))).toBe(true);
    expect(fs.existsSync(path.join(root, "dist"))).toBe(false);
  });

  it("re-renders a saved article: its title, its body and its table of contents", async () => {
    const file = path.join(articles, "economy/rates.md");
    const sections = ["One", "Two", "Three", "Four"].map((name) => `## Section ${name}\n\n${"Words of the body. ".repeat(250)}\n`).join("\n");
    fs.writeFileSync(
      file,
      fs
        .readFileSync(file, "utf8")
        .replace("title: Why rates stayed put", "title: Rates moved after all")
        .replace("Nobody knows.", `Everybody knows {{ now }}.\n\n${sections}`),
    );
    await pageWith("/economy/rates/", "Rates moved after all");
    const html = (await page("/economy/rates/"))!;
    expect(html).toContain("Everybody knows {{ now }}.");
    expect(html).toMatch(/<nav class="toc"[\s\S]*href="#section-four"/);
    // The category page lists the new title too, and so does the related list of an article on the same trade.
    await pageWith("/economy/", "Rates moved after all");
    await pageWith("/economy/port-traffic/", "Rates moved after all");
    expect(await page("/economy/port-traffic/")).toMatch(/<nav class="related"[\s\S]*Rates moved after all/);
  });

  it("keeps the search index up to date, after the pages", async () => {
    // The basic fixture: 9 articles, drafts and scheduled ones included in the dev server.
    await until("the search index", async () => ((await manifest())?.documents === 9 ? true : undefined), () => log);
  });

  it("rebuilds every page's header when a new article brings a new category", async () => {
    expect(await page("/economy/port-traffic/")).not.toContain("Gardening");
    fs.mkdirSync(path.join(articles, "gardening"));
    fs.writeFileSync(path.join(articles, "gardening/tomatoes.md"), "---\ntitle: Tomatoes in pots\ndate: 2025-01-05\n---\nWater them.\n");
    await pageWith("/gardening/tomatoes/", "Water them.");
    await pageWith("/economy/port-traffic/", 'href="/gardening/">Gardening</a>');
    await until("the new article in the search index", async () => ((await manifest())?.documents === 10 ? true : undefined), () => log);
  });

  it("shows a new article's errors in the browser instead of 'not found', then the article once it is fixed", async () => {
    const tab = await browser.newPage();
    const file = path.join(articles, "economy/budget-day.md");
    fs.writeFileSync(file, "---\ntitle: Budget day\ndate: 2025-02-30\n---\nThe minister spoke.\n");
    await until("the error", async () => ((await page("/economy/port-traffic/"))?.includes("site-dev-problems") ? true : undefined), () => log);
    await tab.goto(`${base}/economy/budget-day/`);
    const overlay = tab.locator("#site-dev-problems");
    await overlay.waitFor();
    expect(await overlay.innerText()).toContain('economy/budget-day.md: date: "2025-02-30" is not a date');
    // The terminal says the same, without a stack trace.
    expect(log).toContain('economy/budget-day.md: date: "2025-02-30" is not a date');
    expect(log).not.toMatch(/\n\s+at .*\(.*:\d+:\d+\)/);

    fs.writeFileSync(file, "---\ntitle: Budget day\ndate: 2025-02-28\n---\nThe minister spoke.\n");
    // The page reloads itself after the rebuild.
    await tab.locator("h1", { hasText: "Budget day" }).waitFor({ timeout: 30_000 });
    expect(await tab.locator("#site-dev-problems").count()).toBe(0);
    expect(await tab.locator(".article__body").innerText()).toContain("The minister spoke.");
    await tab.close();
  });

  it("shows a broken link in an article as a problem, until it is fixed", async () => {
    const file = path.join(articles, "economy/budget-day.md");
    fs.writeFileSync(file, "---\ntitle: Budget day\ndate: 2025-02-28\n---\nSee [the plan](/economy/no-such-plan/).\n");
    await until("the broken link", async () => ((await page("/economy/budget-day/"))?.includes("no-such-plan/&#34; points to a page") ? true : undefined), () => log);
    fs.writeFileSync(file, "---\ntitle: Budget day\ndate: 2025-02-28\n---\nSee [the rates](/economy/rates/).\n");
    await until("the fix", async () => ((await page("/economy/budget-day/"))?.includes("site-dev-problems") === false ? true : undefined), () => log);
  });

  it("removes a deleted article from its lists and from the site", async () => {
    expect(await page("/gardening/")).toContain("Tomatoes in pots");
    fs.rmSync(path.join(articles, "gardening/tomatoes.md"));
    await until("the deleted article's page to go", async () => ((await status("/gardening/tomatoes/")) === 404 ? true : undefined), () => log);
    await until("the empty category to go", async () => ((await status("/gardening/")) === 404 ? true : undefined), () => log);
    await until("the header without it", async () => ((await page("/economy/rates/"))?.includes('href="/gardening/"') === false ? true : undefined), () => log);
  });

  it("refuses paths that lead outside its folder or do not decode, at once", async () => {
    // A sibling of the output folder whose name starts like it (11ty/dev-server#152).
    fs.mkdirSync(`${output}-secret`, { recursive: true });
    fs.writeFileSync(`${output}-secret/key.txt`, "secret");
    const sibling = path.basename(output);
    for (const bad of [`/..%2f${sibling}-secret/key.txt`, "/%2e%2e%2f%2e%2e%2fetc/passwd", "/..%5c..%5cetc/passwd", "/a%00b", "/%E0%A4%A"]) {
      expect([400, 404], bad).toContain(await rawStatus(port, bad));
    }
    for (const normalized of ["/../../etc/passwd", `/../${sibling}-secret/key.txt`]) {
      expect([400, 404], normalized).toContain(await rawStatus(port, normalized));
    }
    // A link inside the folder to a file outside it is not followed.
    fs.symlinkSync(`${output}-secret/key.txt`, path.join(output, "link.txt"));
    expect(await status("/link.txt")).toBe(404);
  });

  it("listens on this machine only", async () => {
    const outside = Object.values(os.networkInterfaces())
      .flat()
      .find((entry) => entry && !entry.internal && entry.family === "IPv4")?.address;
    expect(outside, "this machine has a network address other than loopback").toBeDefined();
    const refused = await new Promise<string>((resolve) => {
      const socket = net.connect(port, outside!);
      socket.on("connect", () => {
        socket.destroy();
        resolve("connected");
      });
      socket.on("error", (error: NodeJS.ErrnoException) => resolve(error.code ?? "error"));
    });
    expect(refused).toBe("ECONNREFUSED");
  });

  it("leaves the production build without drafts or scheduled articles", async () => {
    const built = await buildSite({ articles, output: path.join(root, "dist") });
    expect(built.code, built.stderr).toBe(0);
    expect(fs.existsSync(path.join(built.output, "economy/rates/index.html"))).toBe(true);
    expect(fs.existsSync(path.join(built.output, "economy/draft-budget"))).toBe(false);
    expect(fs.existsSync(path.join(built.output, "economy/future-plan"))).toBe(false);
    const everything = fs.readdirSync(built.output, { recursive: true, encoding: "utf8" }).join("\n");
    expect(everything).not.toMatch(/draft-budget|future-plan/);
    expect(fs.readFileSync(path.join(built.output, "sitemap.xml"), "utf8")).not.toMatch(/draft-budget|future-plan/);
  });
});
