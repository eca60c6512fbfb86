// The dev server (`npm start`) on a copy of the basic fixture: drafts shown, a saved article re-rendered
// (bodies rendered on the main thread, only the pages it changes, related lists included), a new article in a new category
// rebuilt into every page's header (partials shared by all pages are made again for each build).
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT, tempDir } from "../support/buildSite.ts";
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

describe("the dev server", () => {
  let child: ChildProcess;
  let log = "";
  let base = "";
  let articles = "";

  const page = async (sitePath: string) => {
    const response = await fetch(base + sitePath);
    return response.ok ? response.text() : undefined;
  };
  const manifest = async () => JSON.parse((await page("/search-index/manifest.json")) ?? "null") as { documents: number } | null;
  const pageWith = (sitePath: string, text: string) =>
    until(`${sitePath} to show "${text}"`, async () => ((await page(sitePath))?.includes(text) ? true : undefined), () => log);

  beforeAll(async () => {
    const root = tempDir("dev-");
    articles = path.join(root, "articles");
    fs.cpSync(path.join(PROJECT_ROOT, "tests/fixtures/sites/basic"), articles, { recursive: true });
    const port = await freePort();
    base = `http://localhost:${port}`;
    // `npm start`'s command, on another port.
    const [node, ...args] = startScript.split(/\s+/);
    expect(node).toBe("node");
    child = spawn(process.execPath, [...args, `--port=${port}`], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, SITE_ARTICLES: articles, SITE_OUTPUT: path.join(root, "out"), NODE_OPTIONS: "" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    child.stdout!.on("data", (data) => (log += data));
    child.stderr!.on("data", (data) => (log += data));
    await pageWith("/economy/rates/", "Why rates stayed put");
  });

  afterAll(() => {
    child?.kill();
  });

  it("serves drafts and scheduled articles", async () => {
    expect(await page("/economy/draft-budget/")).toContain("Secret draft budget");
    expect(await page("/economy/future-plan/")).toContain("Scheduled future plan");
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
});
