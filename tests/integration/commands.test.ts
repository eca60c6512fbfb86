// The author-facing commands besides the build: `npm run check` and `npm run related`, and what every command
// prints for bad input: lines for authors, never a stack trace.
import { execFile } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ERRORS_DIR } from "../reliability/badInputCases.ts";
import { PROJECT_ROOT, tempDir } from "../support/buildSite.ts";

const STACK_LINE = /\n\s+at .+:\d+:\d+\)?(\n|$)/;

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
    expect(result.stderr).toMatch(/3 errors and \d+ warnings? in 4 article files/);
  });

  it("reports front-matter errors and broken links in one round, like the build", async () => {
    const articles = path.join(tempDir("one-round-"), "articles");
    fs.mkdirSync(path.join(articles, "news"), { recursive: true });
    fs.writeFileSync(path.join(articles, "news/bad-date.md"), "---\ntitle: Bad date\ndate: 2024-02-30\n---\nText.\n");
    fs.writeFileSync(
      path.join(articles, "news/links.md"),
      "---\ntitle: Links\ndate: 2024-01-01\n---\n## Part one\n\n[gone](/news/gone/), [self](#part-one), [no part](#part-two), [bad date](bad-date.md), ![chart](img/missing.png)\n",
    );
    for (const script of ["src/cli/check.ts", "src/cli/build.ts"]) {
      const result = await run(script, script.endsWith("build.ts") ? [`--output=${path.join(path.dirname(articles), "dist")}`] : [], articles);
      expect(result.code, script).toBe(1);
      const errors = result.stderr.split("\n").filter((line) => line.startsWith("error: "));
      expect(errors, script).toHaveLength(4);
      expect(errors, script).toEqual(
        expect.arrayContaining([
          expect.stringMatching(/news\/bad-date\.md: date: "2024-02-30" is not a date/),
          expect.stringMatching(/news\/links\.md: link "\/news\/gone\/" points to a page or file that does not exist$/),
          expect.stringMatching(/news\/links\.md: link "#part-two" no element on this page has the id "part-two"$/),
          expect.stringMatching(/news\/links\.md: link "\/news\/img\/missing\.png" points to a page or file that does not exist$/),
        ]),
      );
    }
  });

  it("passes a good site", async () => {
    const result = await run("src/cli/check.ts", [], "tests/fixtures/sites/basic");
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^9 article files checked in [\d.]+ s: no errors(, \d+ warnings)?\.$/m);
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

describe("bad input, in every command", () => {
  it.each(["src/cli/check.ts", "src/cli/build.ts", "src/cli/related.ts"])("%s prints no stack trace", async (script) => {
    const args = script.endsWith("build.ts") ? [`--output=${path.join(tempDir("no-stack-"), "dist")}`] : script.endsWith("related.ts") ? ["anything"] : [];
    const result = await run(script, args, ERRORS_DIR);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^error: /m);
    expect(result.stderr + result.stdout).not.toMatch(STACK_LINE);
  });
});
