// One real build over a folder of bad articles: the committed error fixtures, plus what cannot be committed
// portably (links to files outside the folder) and scripts that must never run. The build must name every
// bad file on one line, print no stack trace, run nothing, exit 1, and leave the previous output as it was.
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { listFiles } from "../../src/io/listFiles.ts";
import { buildSite, PROJECT_ROOT, tempDir, type BuildResult } from "../support/buildSite.ts";
import { ERROR_CASES, ERRORS_DIR, errorLine } from "./badInputCases.ts";

const LINK = "is a symbolic link, which the build does not follow (put the file or folder itself here)";

/** Each writes a marker file if it ever runs. */
const scriptThatLeavesAMark = (marker: string) =>
  `import fs from "node:fs";\nfs.writeFileSync(${JSON.stringify(marker)}, "ran");\nexport default () => "ran";\n`;

function hashes(folder: string): Record<string, string> {
  return Object.fromEntries(listFiles(folder).map((file) => [file, createHash("sha256").update(fs.readFileSync(path.join(folder, file))).digest("hex")]));
}

describe("a build over a folder of bad articles", () => {
  let root: string;
  let articles: string;
  let output: string;
  let markers: string;
  let previous: Record<string, string>;
  let build: BuildResult;
  let shownDir: string;
  const extra: Record<string, string> = {};

  beforeAll(async () => {
    root = tempDir("bad-input-");
    articles = path.join(root, "articles");
    markers = path.join(root, "markers");
    fs.mkdirSync(markers);
    fs.cpSync(path.join(PROJECT_ROOT, ERRORS_DIR), articles, { recursive: true });

    const outside = path.join(root, "outside");
    fs.mkdirSync(outside);
    fs.writeFileSync(path.join(outside, "secret.md"), "---\ntitle: Secret\ndate: 2025-01-01\n---\nNot for the site.\n");
    fs.symlinkSync(path.join(outside, "secret.md"), path.join(articles, "news", "link-to-a-file-outside.md"));
    fs.symlinkSync(outside, path.join(articles, "news", "link-to-a-folder-outside"));
    extra["news/link-to-a-file-outside.md"] = LINK;
    extra["news/link-to-a-folder-outside"] = LINK;
    fs.writeFileSync(path.join(articles, "news", "template.11ty.js"), scriptThatLeavesAMark(path.join(markers, "template")));
    fs.writeFileSync(path.join(articles, "news", "news.11tydata.js"), scriptThatLeavesAMark(path.join(markers, "directory-data")));
    fs.mkdirSync(path.join(articles, ".hidden"));
    fs.writeFileSync(path.join(articles, ".hidden", "hidden.11ty.js"), scriptThatLeavesAMark(path.join(markers, "hidden")));
    fs.mkdirSync(path.join(articles, "_data"));
    fs.writeFileSync(path.join(articles, "_data", "site.js"), scriptThatLeavesAMark(path.join(markers, "global-data")));

    // The last good build, as the build command would have left it.
    output = path.join(root, "dist");
    fs.mkdirSync(path.join(output, "news", "fine"), { recursive: true });
    fs.writeFileSync(path.join(output, "index.html"), "<!DOCTYPE html><title>last good build</title>");
    fs.writeFileSync(path.join(output, "news", "fine", "index.html"), "<!DOCTYPE html><title>a page of it</title>");
    previous = hashes(output);

    build = await buildSite({ articles, output });
    shownDir = path.relative(PROJECT_ROOT, articles);
  });

  it("exits with 1", () => {
    expect(build.code).toBe(1);
  });

  it("names every bad file on one line of its own, with the exact message, and nothing else as an error", () => {
    const expected = [
      ...Object.keys(ERROR_CASES).map((file) => errorLine(shownDir, file)),
      ...Object.entries(extra).map(([file, message]) => `error: ${shownDir}/${file}: ${message}`),
    ];
    const errors = build.stderr.split("\n").filter((line) => line.startsWith("error: "));
    expect([...errors].sort()).toEqual([...expected].sort());
    for (const file of [...Object.keys(ERROR_CASES), ...Object.keys(extra)]) {
      expect(errors.filter((line) => line.startsWith(`error: ${shownDir}/${file}: `)), file).toHaveLength(1);
    }
    expect(build.stderr).toContain(`Build stopped: ${expected.length} errors and 0 warnings in the articles above.`);
  });

  it("prints no stack trace and nothing from Eleventy", () => {
    expect(build.stderr).not.toMatch(/^\s+at /m);
    expect(build.stderr).not.toMatch(/\[11ty\]|Error:|TypeError|node_modules/);
    expect(build.stdout).toBe("");
  });

  it("runs no script found among the articles", () => {
    expect(fs.readdirSync(markers)).toEqual([]);
  });

  it("leaves the previous output byte for byte, and no staging folder beside it", () => {
    expect(hashes(output)).toEqual(previous);
    expect(fs.readdirSync(root).sort()).toEqual(["articles", "dist", "markers", "outside"]);
  });
});

describe("a build over good articles with scripts beside them", () => {
  it("never runs them, nor publishes them", async () => {
    const root = tempDir("scripts-");
    const articles = path.join(root, "articles");
    const markers = path.join(root, "markers");
    const output = path.join(root, "dist");
    fs.mkdirSync(path.join(articles, "news"), { recursive: true });
    fs.mkdirSync(path.join(articles, ".hidden"));
    fs.mkdirSync(path.join(articles, "_data"));
    fs.mkdirSync(markers);
    fs.writeFileSync(path.join(articles, "news", "fine.md"), "---\ntitle: Fine\ndate: 2025-01-01\n---\nFine.\n");
    fs.writeFileSync(path.join(articles, "news", "template.11ty.js"), scriptThatLeavesAMark(path.join(markers, "template")));
    fs.writeFileSync(path.join(articles, "news", "news.11tydata.js"), scriptThatLeavesAMark(path.join(markers, "directory-data")));
    fs.writeFileSync(path.join(articles, ".hidden", "hidden.11ty.js"), scriptThatLeavesAMark(path.join(markers, "hidden")));
    fs.writeFileSync(path.join(articles, "_data", "site.js"), scriptThatLeavesAMark(path.join(markers, "global-data")));

    const build = await buildSite({ articles, output });
    expect(build.stderr).not.toMatch(/^error: /m);
    expect(build.code).toBe(0);
    expect(fs.readdirSync(markers)).toEqual([]);
    const files = listFiles(output);
    expect(files).toContain("news/fine/index.html");
    expect(files.filter((file) => /\.(c|m)?js$/.test(file) && !file.startsWith("assets/"))).toEqual([]);
  });
});
