// Publishing a staged build: two renames where the output folder can be renamed; where it cannot (a mount
// point, a folder in use), its contents are replaced, and the build says the swap was not atomic.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { publishStaging, recoverOutput, stagingDirFor, type PublishFs } from "../../src/io/atomicOutput.ts";
import { tempDir } from "../support/buildSite.ts";

function siteAt(folder: string, files: Record<string, string>) {
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(folder, file)), { recursive: true });
    fs.writeFileSync(path.join(folder, file), text);
  }
}

const contents = (folder: string) =>
  Object.fromEntries(
    fs.readdirSync(folder, { recursive: true, encoding: "utf8" })
      .filter((file) => fs.statSync(path.join(folder, file)).isFile())
      .sort()
      .map((file) => [file, fs.readFileSync(path.join(folder, file), "utf8")]),
  );

describe("publishStaging", () => {
  it("replaces the output folder with the staging folder by renames", () => {
    const output = path.join(tempDir("publish-"), "dist");
    siteAt(output, { "index.html": "old", "gone.html": "old" });
    siteAt(stagingDirFor(output), { "index.html": "new", "a/index.html": "new" });
    expect(publishStaging(output)).toEqual({ atomic: true });
    expect(contents(output)).toEqual({ "a/index.html": "new", "index.html": "new" });
    expect(fs.existsSync(stagingDirFor(output))).toBe(false);
  });

  it("replaces the contents of an output folder that cannot be renamed (EBUSY: a mount point)", () => {
    const output = path.join(tempDir("publish-"), "dist");
    siteAt(output, { "index.html": "old", "gone/index.html": "old" });
    siteAt(stagingDirFor(output), { "index.html": "new", "a/index.html": "new" });
    const busy: PublishFs = {
      ...fs,
      renameSync: (from, to) => {
        if (from === output) throw Object.assign(new Error(`EBUSY: resource busy or locked, rename '${from}'`), { code: "EBUSY" });
        fs.renameSync(from, to);
      },
    };
    expect(publishStaging(output, busy)).toEqual({ atomic: false, reason: "it cannot be renamed (EBUSY)" });
    expect(contents(output)).toEqual({ "a/index.html": "new", "index.html": "new" });
    expect(fs.readdirSync(path.dirname(output))).toEqual(["dist"]);
  });

  it("puts the old site back when the second rename fails", () => {
    const output = path.join(tempDir("publish-"), "dist");
    siteAt(output, { "index.html": "old" });
    siteAt(stagingDirFor(output), { "index.html": "new" });
    const failing: PublishFs = {
      ...fs,
      renameSync: (from, to) => {
        if (from === stagingDirFor(output)) throw Object.assign(new Error("ENOSPC: no space left on device"), { code: "ENOSPC" });
        fs.renameSync(from, to);
      },
    };
    expect(() => publishStaging(output, failing)).toThrow(/ENOSPC/);
    expect(contents(output)).toEqual({ "index.html": "old" });
  });
});

describe("recoverOutput", () => {
  it("puts back the newest site a killed publish left aside, and removes older ones and dead builds' staging folders", () => {
    const root = tempDir("recover-");
    const output = path.join(root, "dist");
    siteAt(path.join(root, ".dist-previous-4194305-1000"), { "index.html": "older" });
    siteAt(path.join(root, ".dist-previous-4194305-2000"), { "index.html": "newer" });
    siteAt(path.join(root, ".dist-staging-4194306"), { "index.html": "half built" });
    // File calls of its own: old sites are deleted at once instead of by a background `rm`.
    const notes = recoverOutput(output, { ...fs });
    expect(notes).toEqual(["dist/ was missing after a build was stopped while publishing: the site before it was put back"]);
    expect(contents(output)).toEqual({ "index.html": "newer" });
    expect(fs.readdirSync(root)).toEqual(["dist"]);
  });

  it("leaves a present output folder alone, and the staging folder of a build that still runs", () => {
    const root = tempDir("recover-");
    const output = path.join(root, "dist");
    siteAt(output, { "index.html": "current" });
    siteAt(path.join(root, `.dist-staging-${process.ppid}`), { "index.html": "another build at work" });
    expect(recoverOutput(output, { ...fs })).toEqual([]);
    expect(fs.readdirSync(root).sort()).toEqual([`.dist-staging-${process.ppid}`, "dist"]);
  });
});
