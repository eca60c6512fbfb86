// Every HTML page of the sample site, and of the hostile fixture (markup and quotes in every field), is valid
// HTML by html-validate's recommended rules, configured in .htmlvalidate.json. JSON has no comments, so the
// two departures from the preset are explained here:
// - long-title is off: page titles are authors' headlines plus the site name; their length is an editorial
//   choice, not a markup error.
// - no-inline-style also allows text-align: markdown tables with aligned columns (| ---: |) come out of
//   markdown-it as style="text-align:right"; that is the only inline style the site writes itself.
import fs from "node:fs";
import path from "node:path";
import { HtmlValidate, StaticConfigLoader, type ConfigData } from "html-validate";
import { beforeAll, describe, expect, it } from "vitest";
import { listFiles } from "../../src/io/listFiles.ts";
import { buildSite, PROJECT_ROOT, type BuildResult } from "../support/buildSite.ts";

const config = JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, ".htmlvalidate.json"), "utf8")) as ConfigData;
const validator = new HtmlValidate(new StaticConfigLoader({ ...config, root: true }));

/** Every problem on every HTML page of a built site, one line each: "page:line:column rule message". */
async function problemsIn(output: string): Promise<{ pages: number; problems: string[] }> {
  const pages = listFiles(output).filter((file) => file.endsWith(".html"));
  const problems: string[] = [];
  for (const page of pages) {
    const report = await validator.validateString(fs.readFileSync(path.join(output, page), "utf8"), page);
    for (const result of report.results) {
      for (const message of result.messages) problems.push(`${page}:${message.line}:${message.column} ${message.ruleId} ${message.message}`);
    }
  }
  return { pages: pages.length, problems };
}

describe("valid HTML", () => {
  let sample: BuildResult;
  let hostile: BuildResult;
  let markdown: BuildResult;
  let migrated: BuildResult;
  beforeAll(async () => {
    [sample, hostile, markdown, migrated] = await Promise.all([
      buildSite({ articles: "articles" }),
      buildSite({ articles: "tests/fixtures/sites/hostile" }),
      buildSite({ articles: "tests/fixtures/sites/markdown" }),
      buildSite({ articles: "tests/fixtures/sites/migrated" }),
    ]);
  });

  it("the validator and its configuration catch invalid markup", async () => {
    const page = (body: string) => `<!DOCTYPE html><html lang="en"><head><title>t</title></head><body>${body}</body></html>`;
    expect((await validator.validateString(page("<p>fine</p>"), "good.html")).valid).toBe(true);
    const report = await validator.validateString(page('<p><div></div></p><img src="x.png"><b style="color: red">x</b>'), "bad.html");
    expect(report.results[0]!.messages.map((m) => m.ruleId).sort()).toEqual(["close-order", "no-implicit-close", "no-inline-style", "wcag/h37"]);
  });

  it("on every page of the sample site", async () => {
    expect(sample.code, sample.stderr).toBe(0);
    const { pages, problems } = await problemsIn(sample.output);
    expect(pages).toBeGreaterThan(100);
    expect(problems).toEqual([]);
  });

  it("on every page of a site with markup and quotes in every front-matter field", async () => {
    expect(hostile.code, hostile.stderr).toBe(0);
    const { pages, problems } = await problemsIn(hostile.output);
    expect(pages).toBeGreaterThan(10);
    expect(problems).toEqual([]);
  });

  it("on every page of a site with footnotes, callouts, figures and shortcodes", async () => {
    expect(markdown.code, markdown.stderr).toBe(0);
    const { problems } = await problemsIn(markdown.output);
    expect(problems).toEqual([]);
  });

  it("on every page of a site migrated from other generators (author pages, lead images, redirect pages)", async () => {
    expect(migrated.code, migrated.stderr).toBe(0);
    const { pages, problems } = await problemsIn(migrated.output);
    expect(pages).toBeGreaterThan(15);
    expect(problems).toEqual([]);
  });
});
