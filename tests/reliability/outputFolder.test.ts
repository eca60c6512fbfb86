// The build replaces its output folder, so it refuses folders whose replacement would lose work.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { outputFolderProblem } from "../../src/io/outputFolder.ts";
import { buildSite, PROJECT_ROOT, tempDir } from "../support/buildSite.ts";

const context = (root: string) => ({ projectRoot: root, sources: ["articles", "layouts", "src"] });

describe("outputFolderProblem", () => {
  const root = tempDir("project-");
  for (const folder of ["articles/news", "layouts", "src", "other"]) fs.mkdirSync(path.join(root, folder), { recursive: true });
  fs.writeFileSync(path.join(root, "other", "notes.txt"), "keep me");

  it("refuses the project, any folder above it, and its sources or anything inside them", () => {
    expect(outputFolderProblem(root, context(root))).toMatch(/holds the project itself/);
    expect(outputFolderProblem(path.dirname(root), context(root))).toMatch(/holds the project itself/);
    expect(outputFolderProblem("/", context(root))).toMatch(/holds the project itself/);
    expect(outputFolderProblem(path.join(root, "articles"), context(root))).toMatch(/would replace the site's sources/);
    expect(outputFolderProblem(path.join(root, "articles", "news"), context(root))).toMatch(/would replace the site's sources/);
    expect(outputFolderProblem(path.join(root, "src", "dist"), context(root))).toMatch(/would replace the site's sources/);
  });

  it("refuses a folder of other files, and accepts a new folder, an empty one or an earlier build", () => {
    expect(outputFolderProblem(path.join(root, "other"), context(root))).toMatch(/is not empty and does not look like a built site/);
    expect(outputFolderProblem(path.join(root, "dist"), context(root))).toBeUndefined();
    fs.mkdirSync(path.join(root, "empty"));
    expect(outputFolderProblem(path.join(root, "empty"), context(root))).toBeUndefined();
    fs.mkdirSync(path.join(root, "built"));
    fs.writeFileSync(path.join(root, "built", "index.html"), "<!DOCTYPE html>");
    expect(outputFolderProblem(path.join(root, "built"), context(root))).toBeUndefined();
  });
});

describe("npm run build -- --output=<the project>", () => {
  it("refuses before touching anything", async () => {
    const before = fs.readdirSync(PROJECT_ROOT).sort();
    const build = await buildSite({ articles: "tests/fixtures/sites/basic", output: PROJECT_ROOT });
    expect(build.code).toBe(1);
    expect(build.stderr).toBe(`error: --output: ${PROJECT_ROOT} holds the project itself (choose a new or empty folder, such as dist)\n`);
    expect(fs.readdirSync(PROJECT_ROOT).sort()).toEqual(before);
  });
});
