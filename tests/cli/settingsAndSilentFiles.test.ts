// The commands on a setting they cannot use, and on a file that used to vanish without a word: one line
// each, exit 1, no stack trace.
import { execFile } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildSite, PROJECT_ROOT, tempDir } from "../support/buildSite.ts";

function command(script: string, args: string[], articles: string, env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ["--import", "tsx", script, ...args],
      { cwd: PROJECT_ROOT, env: { ...process.env, SITE_ARTICLES: articles, ...env } },
      (error, stdout, stderr) => resolve({ code: error ? (typeof error.code === "number" ? error.code : 1) : 0, stdout, stderr }),
    );
  });
}

const check = (articles: string, env: Record<string, string> = {}) => command("src/cli/check.ts", [], articles, env);

const epochLine = (value: string) =>
  `error: SOURCE_DATE_EPOCH=${JSON.stringify(value)} is not a time ` +
  "(set it to whole seconds since 1970-01-01 UTC, e.g. SOURCE_DATE_EPOCH=$(git log -1 --format=%ct), or unset it)";

describe("an invalid SOURCE_DATE_EPOCH", () => {
  it.each(["abc", "", "99999999999999"])("%j: npm run check prints one line and exits 1", async (value) => {
    const result = await check("tests/fixtures/sites/basic", { SOURCE_DATE_EPOCH: value });
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toBe(epochLine(value));
    expect(result.stdout).toBe("");
  });

  it("1.5: npm run related prints one line and exits 1", async () => {
    const result = await command("src/cli/related.ts", ["templates"], "tests/fixtures/sites/basic", { SOURCE_DATE_EPOCH: "1.5" });
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toBe(epochLine("1.5"));
  });

  it("-1: npm run build prints one line, exits 1 and writes nothing", async () => {
    const result = await buildSite({ articles: "tests/fixtures/sites/basic", env: { SOURCE_DATE_EPOCH: "-1" } });
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toBe(epochLine("-1"));
    expect(fs.existsSync(result.output)).toBe(false);
  });
});

describe("an article in a folder named with a space", () => {
  it("is an error in npm run check, not a page that silently goes missing", async () => {
    const articles = path.join(tempDir("blank-folder-"), "articles");
    fs.mkdirSync(path.join(articles, " "), { recursive: true });
    fs.mkdirSync(path.join(articles, "news"));
    fs.writeFileSync(path.join(articles, " ", "lost.md"), "---\ntitle: Lost\ndate: 2025-01-01\n---\nText.\n");
    fs.writeFileSync(path.join(articles, "news", "kept.md"), "---\ntitle: Kept\ndate: 2025-01-01\n---\nText.\n");
    const result = await check(articles);
    expect(result.code).toBe(1);
    expect(result.stderr.split("\n").filter((line) => line.startsWith("error: "))).toEqual([
      `error: ${path.relative(PROJECT_ROOT, articles)}/ /lost.md: is in a folder named " ", which has nothing to show as a category or an address (rename the folder)`,
    ]);
  });
});
