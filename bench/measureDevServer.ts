// The dev server on a corpus: `npm start`'s command on a copy of the corpus, one article page open in headless
// Chromium; the article's title is saved with a new text, and the time runs until the browser shows it (after
// Eleventy's rebuild and its live reload). Several saves; the copy is deleted afterwards.
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { launchBrowser } from "../tests/support/browser.ts";
import { freePort } from "../tests/support/freePort.ts";

export interface DevServerMeasure {
  size: number;
  /** From starting the command to the article page being served. */
  firstBuildSeconds: number;
  /** Save → the new title in the browser's <h1>, per save. */
  editMs: number[];
  failure?: string;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function measureDevServer(options: { project: string; corpusDir: string; workDir: string; size: number; edits: number }): Promise<DevServerMeasure> {
  const { project, corpusDir, workDir, size, edits } = options;
  const articles = path.join(workDir, "articles");
  fs.rmSync(workDir, { recursive: true, force: true });
  fs.cpSync(corpusDir, articles, { recursive: true });
  const category = fs.readdirSync(articles, { withFileTypes: true }).find((entry) => entry.isDirectory())!.name;
  const fileName = fs.readdirSync(path.join(articles, category)).filter((name) => name.endsWith(".md")).sort()[0]!;
  const file = path.join(articles, category, fileName);
  const original = fs.readFileSync(file, "utf8");
  // The corpus sets no slug: the page is at /<category>/<file name>/.
  const pagePath = `/${category}/${fileName.replace(/\.md$/, "")}/`;

  const start: unknown = JSON.parse(fs.readFileSync(path.join(project, "package.json"), "utf8")).scripts?.start;
  const words = typeof start === "string" ? start.trim().split(/\s+/) : [];
  if (words[0] !== "node") throw new Error(`${project}/package.json: scripts.start is not "node …"`);
  const port = await freePort();
  const url = `http://127.0.0.1:${port}${pagePath}`;
  const started = performance.now();
  const child = spawn(process.execPath, [...words.slice(1), `--port=${port}`, `--output=${path.join(workDir, "site")}`], {
    cwd: project,
    env: { ...process.env, SITE_ARTICLES: articles, NODE_OPTIONS: "" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  child.stdout.on("data", (data) => (log += data));
  child.stderr.on("data", (data) => (log += data));
  const result: DevServerMeasure = { size, firstBuildSeconds: Number.NaN, editMs: [] };
  const browser = await launchBrowser();
  try {
    for (;;) {
      const served = await fetch(url).then((response) => response.ok, () => false);
      if (served) break;
      if (child.exitCode !== null) throw new Error(`the dev server stopped: ${log.slice(-500)}`);
      if (performance.now() - started > 15 * 60_000) throw new Error("no page after 15 minutes");
      await sleep(100);
    }
    result.firstBuildSeconds = (performance.now() - started) / 1000;
    const page = await browser.newPage();
    await page.goto(url);
    await sleep(3000); // the search index is refreshed after the first build; let it finish
    for (let edit = 1; edit <= edits; edit++) {
      const marker = `Edited title ${edit} ${Date.now()}`;
      const saved = performance.now();
      fs.writeFileSync(file, original.replace(/^title: .*$/m, `title: "${marker}"`));
      await page.waitForFunction((text) => document.querySelector("h1")?.textContent === text, marker, { timeout: 60_000, polling: 10 });
      result.editMs.push(performance.now() - saved);
      await sleep(2000);
    }
  } catch (error) {
    result.failure = error instanceof Error ? error.message : String(error);
  } finally {
    await browser.close();
    child.kill();
    fs.rmSync(workDir, { recursive: true, force: true });
  }
  return result;
}
