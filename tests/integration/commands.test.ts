// The author-facing commands besides the build: `npm run check` and `npm run related`.
import { execFile } from "node:child_process";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../support/buildSite.ts";

function run(script: string, args: string[], articles: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, ["--import", "tsx", script, ...args], { cwd: PROJECT_ROOT, env: { ...process.env, SITE_ARTICLES: articles } }, (error, stdout, stderr) =>
      resolve({ code: error ? (typeof error.code === "number" ? error.code : 1) : 0, stdout, stderr }),
    );
  });
}

describe("npm run check", () => {
  it("prints the build's messages for every bad file and exits non-zero, without writing anything", async () => {
    const result = await run("src/cli/check.ts", [], "tests/fixtures/sites/broken");
    expect(result.code).toBe(1);
    expect(result.stderr.split("\n").filter((line) => line.startsWith("error: "))).toEqual([
      'error: tests/fixtures/sites/broken/news/bad-date.md: date: "2023-13-45" is not a date (use YYYY-MM-DD)',
      "error: tests/fixtures/sites/broken/news/broken-yaml.md: front matter is not valid YAML: a quote opened on line 2 is not closed (end the value with the same quote it starts with)",
      'error: tests/fixtures/sites/broken/news/no-title.md: title: is missing (add a line such as: title: "Port traffic doubles")',
    ]);
    expect(result.stderr).toContain("3 errors and 0 warnings in 4 article files");
  });

  it("passes a good site", async () => {
    const result = await run("src/cli/check.ts", [], "tests/fixtures/sites/basic");
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^9 article files checked in [\d.]+ s: no errors\.$/m);
  });
});

describe("npm run related", () => {
  it("explains an article's related list with scores and shared tags", async () => {
    const result = await run("src/cli/related.ts", ["templates"], "tests/fixtures/sites/basic");
    expect(result.code).toBe(0);
    const lines = result.stdout.split("\n");
    expect(lines[0]).toBe("Showing template code on a static site");
    expect(lines[2]).toBe("/technology/templates/  (category technology, 2025-02-01, tags: c++, programming)");
    // Three other technology articles share "programming" (on 4 of 7 articles): weight ln(1 + 7/4).
    expect(result.stdout).toContain("programming (on 4, weight 1.012)");
    expect(result.stdout).toMatch(/ 1\. \/technology\/csharp\/ {2}score 1\.012 {2}\(same category, 12 days apart\)/);
  });

  it("says so when no published article matches", async () => {
    const result = await run("src/cli/related.ts", ["draft-budget"], "tests/fixtures/sites/basic");
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('No published article has the slug, address or file "draft-budget"');
  });
});
