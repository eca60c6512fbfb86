// The digest that the deploy workflow publishes as build-digest.txt and compares with the live site's.
import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DIGEST_FILE, siteDigest } from "../../src/cli/siteDigest.ts";
import { PROJECT_ROOT, tempDir } from "../support/buildSite.ts";

const SITE: Record<string, string> = {
  "index.html": "<!doctype html><title>Home</title>",
  "404.html": "<!doctype html><title>Not found</title>",
  "economy/port-traffic/index.html": "<!doctype html><title>Port traffic</title>",
  "economy/img/chart.svg": "<svg xmlns='http://www.w3.org/2000/svg'/>",
  "search-index/manifest.json": '{"shards":4}',
  "城市/index.html": "<!doctype html><title>城市规划</title>",
};

function writeSite(files: Record<string, string>, order: string[] = Object.keys(files)): string {
  const folder = path.join(tempDir("digest-"), "dist");
  for (const file of order) {
    fs.mkdirSync(path.dirname(path.join(folder, file)), { recursive: true });
    fs.writeFileSync(path.join(folder, file), files[file]!);
  }
  return folder;
}

function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, ["--import", "tsx", "src/cli/siteDigest.ts", ...args], { cwd: PROJECT_ROOT }, (error, stdout, stderr) =>
      resolve({ code: error ? (typeof error.code === "number" ? error.code : 1) : 0, stdout, stderr }),
    );
  });
}

describe("siteDigest", () => {
  it("is a SHA-256 in hex that is the same when computed again", () => {
    const folder = writeSite(SITE);
    const digest = siteDigest(folder);
    expect(digest).toMatch(/^[0-9a-f]{64}$/);
    expect(siteDigest(folder)).toBe(digest);
  });

  it("changes when one byte of one file changes", () => {
    const folder = writeSite(SITE);
    const before = siteDigest(folder);
    const file = path.join(folder, "economy/img/chart.svg");
    const bytes = fs.readFileSync(file);
    bytes[5] = bytes[5]! ^ 1;
    fs.writeFileSync(file, bytes);
    expect(siteDigest(folder)).not.toBe(before);
  });

  it("changes when a file is added, removed or renamed", () => {
    const digest = siteDigest(writeSite(SITE));
    expect(siteDigest(writeSite({ ...SITE, "robots.txt": "User-agent: *" }))).not.toBe(digest);
    const { ["404.html"]: _removed, ...fewer } = SITE;
    expect(siteDigest(writeSite(fewer))).not.toBe(digest);
    const { ["economy/img/chart.svg"]: chart, ...others } = SITE;
    expect(siteDigest(writeSite({ ...others, "economy/img/graph.svg": chart! }))).not.toBe(digest);
  });

  it("does not depend on the order the files were written in, their times or the folder's name", () => {
    const forwards = writeSite(SITE);
    const backwards = writeSite(SITE, Object.keys(SITE).reverse());
    fs.utimesSync(path.join(backwards, "index.html"), new Date(2001, 0, 1), new Date(2001, 0, 1));
    expect(siteDigest(backwards)).toBe(siteDigest(forwards));
    const renamed = path.join(path.dirname(backwards), "another name");
    fs.renameSync(backwards, renamed);
    expect(siteDigest(renamed)).toBe(siteDigest(forwards));
  });

  it("leaves out the digest file itself", () => {
    const folder = writeSite(SITE);
    const digest = siteDigest(folder);
    fs.writeFileSync(path.join(folder, DIGEST_FILE), "anything\n");
    expect(siteDigest(folder)).toBe(digest);
    // …but not a file of that name in a subfolder, which is part of the site.
    fs.mkdirSync(path.join(folder, "notes"));
    fs.writeFileSync(path.join(folder, "notes", DIGEST_FILE), "anything\n");
    expect(siteDigest(folder)).not.toBe(digest);
  });

  it("is what sha256sum gives for the sorted list of files", () => {
    const folder = writeSite({ "b.txt": "bee\n", "a/z.txt": "zed\n" });
    // printf 'bee\n' | sha256sum, printf 'zed\n' | sha256sum, then sha256sum of the two lines "<hash>  <path>".
    const sha = (text: string) => createHash("sha256").update(text).digest("hex");
    expect(siteDigest(folder)).toBe(sha(`${sha("zed\n")}  a/z.txt\n${sha("bee\n")}  b.txt\n`));
  });
});

describe("node --import tsx src/cli/siteDigest.ts", () => {
  it("prints the digest, and with --write also writes it into the folder as build-digest.txt", async () => {
    const folder = writeSite(SITE);
    const digest = siteDigest(folder);
    const printed = await run([folder]);
    expect(printed).toMatchObject({ code: 0, stdout: `${digest}\n` });
    expect(fs.existsSync(path.join(folder, DIGEST_FILE))).toBe(false);
    const written = await run(["--write", folder]);
    expect(written).toMatchObject({ code: 0, stdout: `${digest}\n` });
    expect(fs.readFileSync(path.join(folder, DIGEST_FILE), "utf8")).toBe(`${digest}\n`);
    expect(await run([folder])).toMatchObject({ code: 0, stdout: `${digest}\n` });
  });

  it("refuses a missing folder", async () => {
    const result = await run([path.join(tempDir("digest-"), "nowhere")]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("usage:");
  });
});
