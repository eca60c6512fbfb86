// Every failure ends: whatever goes wrong while rendering or writing (a layout that throws, a folder that
// cannot be written, a thread that runs out of memory, a signal, a second build into the same folder), the
// build command ends by itself within seconds, non-zero, with a line that says what failed, no staging
// folder or lock left behind, and the output folder as it was. Each build runs as a child process with a
// time limit: a build that hangs fails the test instead of the suite.
import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { buildSite, PROJECT_ROOT, tempDir, type BuildResult } from "../support/buildSite.ts";
import { copyProject } from "../support/copyProject.ts";

const BASIC = path.join(PROJECT_ROOT, "tests/fixtures/sites/basic");
/** Longer than any of these builds needs on a slow machine; a hung build is killed at this point. */
const ENDS_WITHIN_MS = 90_000;
const STACK_LINE = /\n\s+at .+:\d+:\d+\)?\n/;

/** The output folder's parent, apart from the output: what a build left beside it. */
const leftovers = (output: string) => fs.readdirSync(path.dirname(output)).filter((name) => name !== path.basename(output));

function expectEndedCleanly(result: BuildResult) {
  expect(result.timedOut, "the build ended by itself").toBe(false);
  expect(result.code).not.toBe(0);
  expect(leftovers(result.output), "nothing left beside the output folder").toEqual([]);
}

/** A site with one article that renders and one that breaks what renders it. */
function siteWith(files: Record<string, string>): string {
  const articles = path.join(tempDir("failing-"), "articles");
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(articles, file)), { recursive: true });
    fs.writeFileSync(path.join(articles, file), text);
  }
  return articles;
}

const fine = "---\ntitle: Fine\ndate: 2024-01-01\n---\nHello.\n";

/** A folder nothing may be created in, even by root: immutable on ext4, or a read-only tmpfs. */
function readOnlyFolder(): { folder: string; release: () => void } {
  const folder = path.join(tempDir("read-only-"), "parent");
  fs.mkdirSync(folder);
  try {
    execFileSync("chattr", ["+i", folder], { stdio: "ignore" });
    return { folder, release: () => execFileSync("chattr", ["-i", folder]) };
  } catch {
    execFileSync("mount", ["-t", "tmpfs", "-o", "ro,size=1m", "tmpfs", folder]);
    return { folder, release: () => execFileSync("umount", [folder]) };
  }
}

describe("a failing build ends", () => {
  const releases: (() => void)[] = [];
  afterAll(() => releases.forEach((release) => release()));

  it("when a layout throws while pages render: a bug, with its stack trace and a line saying so", async () => {
    const project = copyProject();
    fs.appendFileSync(path.join(project, "layouts/article.njk"), "\n{{ article | noSuchFilter }}\n");
    const result = await buildSite({ project, articles: BASIC, timeoutMs: ENDS_WITHIN_MS });
    expectEndedCleanly(result);
    expect(result.stderr).toContain("noSuchFilter");
    expect(result.stderr).toContain("This is a bug in the site generator");
    expect(result.stderr).toContain("No site was published");
  });

  it("when a thread runs out of memory: the article it was rendering is named, without a stack trace", async () => {
    const big = `---\ntitle: Long\ndate: 2024-01-02\n---\n${"a *b* [c](/news/fine/)\n\n".repeat(30_000)}`;
    const articles = siteWith({ "news/fine.md": fine, "news/long.md": big });
    const result = await buildSite({ articles, env: { SITE_THREAD_MEMORY_MB: "16" }, timeoutMs: ENDS_WITHIN_MS });
    expectEndedCleanly(result);
    expect(result.stderr).toMatch(/error: .*news\/long\.md: rendering this article ran out of the article thread's memory/);
    expect(result.stderr).not.toMatch(STACK_LINE);
  });

  it("when the output folder's parent cannot be written: one line with the fix, without a stack trace", async () => {
    const { folder, release } = readOnlyFolder();
    releases.push(release);
    const result = await buildSite({ articles: BASIC, output: path.join(folder, "dist"), timeoutMs: ENDS_WITHIN_MS });
    expect(result.timedOut).toBe(false);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^error: (no permission|not permitted|the file system is read-only): .*(choose a writable folder|make the folder writable)/m);
    expect(result.stderr).not.toMatch(STACK_LINE);
    expect(fs.readdirSync(folder)).toEqual([]);
  });

  it("when an environment setting is wrong: the variable and the form it takes", async () => {
    const result = await buildSite({ articles: BASIC, env: { SITE_THREAD_MEMORY_MB: "lots" }, timeoutMs: ENDS_WITHIN_MS });
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toBe('error: SITE_THREAD_MEMORY_MB: "lots" is not a number of megabytes (use a whole number of at least 16, e.g. 2048, or leave it unset)');
  });
});

describe("one build per output folder", () => {
  it("two builds started together: one builds the site, the other says which build holds the folder", async () => {
    const output = path.join(tempDir("together-"), "dist");
    const [first, second] = await Promise.all([
      buildSite({ articles: BASIC, output, timeoutMs: ENDS_WITHIN_MS }),
      buildSite({ articles: BASIC, output, timeoutMs: ENDS_WITHIN_MS }),
    ]);
    const results = [first, second].sort((a, b) => a.code - b.code);
    expect(results.map((result) => result.code)).toEqual([0, 1]);
    expect(results[1]!.stderr.trim()).toMatch(/^error: another build is writing .*dist\/ \(process \d+ on .+, started \d{4}-\d\d-\d\dT[\d:.]+Z\); wait for it to finish, or stop it$/);
    const alone = await buildSite({ articles: BASIC, timeoutMs: ENDS_WITHIN_MS });
    expect(fs.readdirSync(output, { recursive: true }).sort()).toEqual(fs.readdirSync(alone.output, { recursive: true }).sort());
    expect(leftovers(output)).toEqual([]);
  });

  it("a lock left by a build that was killed is taken over, with a note", async () => {
    const output = path.join(tempDir("stale-"), "dist");
    // A pid that is surely not running: past the kernel's largest.
    fs.writeFileSync(path.join(path.dirname(output), ".dist.lock"), JSON.stringify({ pid: 4194305, host: (await import("node:os")).hostname(), started: "2026-01-01T00:00:00.000Z" }));
    const result = await buildSite({ articles: BASIC, output, timeoutMs: ENDS_WITHIN_MS });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain("note: a build that stopped without finishing (process 4194305) had left");
    expect(leftovers(output)).toEqual([]);
  });
});

describe("publishing never leaves the site missing", () => {
  it("a site left aside by a build killed between its two renames is put back first, and said so", async () => {
    const root = tempDir("mid-swap-");
    const output = path.join(root, "dist");
    const good = await buildSite({ articles: BASIC, output, timeoutMs: ENDS_WITHIN_MS });
    expect(good.code).toBe(0);
    // As a build killed after its first rename leaves it: the old site under another name, no output folder.
    fs.renameSync(output, path.join(root, ".dist-previous-4194305-1764547200000"));
    const failing = siteWith({ "news/fine.md": fine, "news/bad.md": "---\ntitle: Bad\ndate: 2024-02-30\n---\nx\n" });
    const result = await buildSite({ articles: failing, output, timeoutMs: ENDS_WITHIN_MS });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("note: dist/ was missing after a build was stopped while publishing: the site before it was put back");
    expect(result.stderr).toContain("dist/ was left as it was.");
    expect(fs.existsSync(path.join(output, "index.html"))).toBe(true);
    expect(leftovers(output)).toEqual([]);
  });

  it("SIGTERM while pages render: exit 143, the output as it was, nothing left beside it", async () => {
    const root = tempDir("sigterm-");
    const output = path.join(root, "dist");
    expect((await buildSite({ articles: BASIC, output, timeoutMs: ENDS_WITHIN_MS })).code).toBe(0);
    const before = fs.readFileSync(path.join(output, "index.html"), "utf8");
    // Enough articles that rendering is still going on when the signal comes.
    const many: Record<string, string> = {};
    for (let i = 0; i < 600; i++) many[`news/a${i}.md`] = `---\ntitle: Article ${i}\ndate: 2024-01-01\ntags: [t${i % 7}]\n---\n${"Words. ".repeat(300)}\n`;
    const articles = siteWith(many);
    const child = spawn(process.execPath, ["--import", "tsx", "src/cli/build.ts", `--output=${output}`], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, SITE_ARTICLES: articles, NODE_OPTIONS: "" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stderr = "";
    child.stderr.on("data", (data) => (stderr += data));
    // The staging folder appears once the articles are compiled and pages start to render.
    const deadline = Date.now() + ENDS_WITHIN_MS;
    while (!leftovers(output).some((name) => name.startsWith(".dist-staging-")) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
    child.kill("SIGTERM");
    const code = await new Promise<number | null>((resolve) => child.on("exit", (exitCode) => resolve(exitCode)));
    expect(code).toBe(143);
    expect(stderr).toContain("Build stopped (SIGTERM).");
    expect(fs.readFileSync(path.join(output, "index.html"), "utf8")).toBe(before);
    expect(leftovers(output)).toEqual([]);
  });
});
