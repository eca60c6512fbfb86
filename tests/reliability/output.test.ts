// Where a build writes: its output folder, and the record of its pages for the next build (.cache/build/). A
// good build, then one that fails after rendering (a broken internal link the link checker rejects), into the
// same output folder: nothing else in the project tree changes, nothing is left beside the output, and the
// failed build leaves the previous output and the record byte for byte.
//
// The builds run in a fresh copy of the project (as a clone has it, node_modules linked in), because other
// work in this checkout (benchmarks, editors) changes files while the suite runs; every file and folder of
// the copy is compared, ignored ones like .cache/ included.
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { listFiles } from "../../src/io/listFiles.ts";
import { buildSite, PROJECT_ROOT, tempDir, type BuildResult } from "../support/buildSite.ts";
import { copyProject } from "../support/copyProject.ts";

const BASIC = "tests/fixtures/sites/basic";
const SKIPPED = new Set(["node_modules", ".git"]);
/** `npm run build` in `project`, on `articles`, into `output`. */
const build = (project: string, articles: string, output: string): Promise<BuildResult> =>
  // SITE_BUILD_CACHE empty: the build's own default, the project's .cache/build/ (the tests' helper sets another).
  buildSite({ project, articles, output, env: { SITE_BUILD_CACHE: "" } });

/** Every file and folder of the project tree with its size and modification time. */
function snapshot(root: string): Map<string, string> {
  const entries = new Map<string, string>();
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (dir === root && SKIPPED.has(entry.name)) continue;
      const stat = fs.lstatSync(full);
      entries.set(path.relative(root, full), entry.isDirectory() ? "folder" : `${stat.size} bytes, modified ${stat.mtimeMs}`);
      if (entry.isDirectory()) walk(full);
    }
  };
  walk(root);
  return entries;
}

function changes(before: Map<string, string>, after: Map<string, string>): string[] {
  const lines: string[] = [];
  for (const [file, state] of after) {
    if (!before.has(file)) lines.push(`appeared: ${file}`);
    else if (before.get(file) !== state) lines.push(`changed: ${file} (${before.get(file)} → ${state})`);
  }
  for (const file of before.keys()) if (!after.has(file)) lines.push(`disappeared: ${file}`);
  return lines;
}

function hashes(folder: string): Record<string, string> {
  return Object.fromEntries(listFiles(folder).map((file) => [file, createHash("sha256").update(fs.readFileSync(path.join(folder, file))).digest("hex")]));
}

describe("what a build writes", () => {
  let root: string;
  let output: string;
  let projectBefore: Map<string, string>;
  let projectAfter: Map<string, string>;
  let afterGood: Map<string, string>;
  let good: BuildResult;
  let goodOutput: Record<string, string>;
  let besideGood: string[];
  let brokenArticle = "";
  let failed: BuildResult;

  beforeAll(async () => {
    const project = copyProject();
    root = tempDir("output-");
    output = path.join(root, "dist");
    projectBefore = snapshot(project);

    good = await build(project, BASIC, output);
    goodOutput = good.code === 0 ? hashes(output) : {};
    besideGood = fs.readdirSync(root);
    afterGood = snapshot(project);

    // The same site plus one article whose body links to a page that does not exist.
    const articles = path.join(tempDir("late-failure-"), "articles");
    fs.cpSync(path.join(PROJECT_ROOT, BASIC), articles, { recursive: true });
    fs.writeFileSync(
      path.join(articles, "economy", "broken-link.md"),
      "---\ntitle: A link to nowhere\ndate: 2025-03-20\n---\nSee [the missing page](/no/such/page/).\n",
    );
    brokenArticle = `${path.relative(project, articles).split(path.sep).join("/")}/economy/broken-link.md`;
    failed = await build(project, articles, output);
    projectAfter = snapshot(project);
  });

  it("a good build writes its output and leaves nothing beside it", () => {
    expect(good.code, good.stderr).toBe(0);
    expect(Object.keys(goodOutput)).toEqual(expect.arrayContaining(["index.html", "economy/port-traffic/index.html", "economy/img/chart.svg"]));
    expect(besideGood).toEqual(["dist"]);
  });

  it("in the project tree, only the build cache appeared; the failed build changed nothing", () => {
    expect(projectBefore.size).toBeGreaterThan(100);
    const appeared = changes(projectBefore, afterGood);
    expect(appeared.slice(0, 2)).toEqual(["appeared: .cache", "appeared: .cache/build"]);
    // The pages of the build, and the folder of its other records (the articles' parses, the link check's, the search index's).
    const files = /^appeared: \.cache\/build\/files-[0-9a-f]{16}-[0-9a-z]+(\/(articles\.bin|links|search(\/search\.(bin|json))?))?$/;
    expect(appeared.slice(2)).toEqual([...appeared.slice(2, -1).map(() => expect.stringMatching(files)), expect.stringMatching(/^appeared: \.cache\/build\/pages-[0-9a-f]{16}\.json$/)]);
    expect(appeared).toContainEqual(expect.stringMatching(/\/search\/search\.bin$/));
    expect(changes(afterGood, projectAfter)).toEqual([]);
  });

  it("a build that fails after rendering names the article file and the link, without a stack trace", () => {
    expect(failed.code).toBe(1);
    expect(failed.stderr.split("\n").filter((line) => line.startsWith("error: "))).toEqual([
      `error: ${brokenArticle}: link "/no/such/page/" points to a page or file that does not exist`,
    ]);
    expect(failed.stderr).toMatch(/Build stopped: 1 broken link in the built pages \(fix the links named above; .*--links=warn.*\)\. .*dist\/ was left as it was\./);
    expect(failed.stderr).not.toMatch(/^\s+at /m);
  });

  it("and leaves the previous output byte for byte, with no staging folder beside it", () => {
    expect(hashes(output)).toEqual(goodOutput);
    expect(fs.readdirSync(root)).toEqual(["dist"]);
  });
});
