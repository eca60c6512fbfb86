// The hostile articles (tests/fixtures/hostile/hostileCases.ts) through the real build command: those that
// once stalled or crashed a build now build, in full; those beyond the documented limits are refused with
// one line each, all in one run. Outcomes only: the time each case takes is `npm run bench:hostile`'s job.
import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { site } from "../../src/site.ts";
import { buildSite, PROJECT_ROOT, tempDir, type BuildResult } from "../support/buildSite.ts";
import { caseFile, casePage, HOSTILE_CASES, writeCases } from "../fixtures/hostile/hostileCases.ts";

const tested = HOSTILE_CASES.filter((hostile) => !hostile.benchOnly);
const building = tested.filter((hostile) => !hostile.refused);
const refused = tested.filter((hostile) => hostile.refused);

describe("hostile articles that build", () => {
  let build: BuildResult;

  beforeAll(async () => {
    const articles = path.join(tempDir("hostile-"), "articles");
    writeCases(articles, building);
    build = await buildSite({ articles });
  }, 300_000);

  it("builds, with no error and no stack trace", () => {
    expect(build.stderr).not.toMatch(/^error: /m);
    expect(build.stderr).not.toMatch(/^\s+at /m);
    expect(build.code).toBe(0);
  });

  it.each(building.map((hostile) => [hostile.name, hostile] as const))("%s: its page holds the whole body", (_name, hostile) => {
    const page = fs.readFileSync(path.join(build.output, casePage(hostile)), "utf8");
    for (const text of hostile.pageHolds ?? []) expect(page).toContain(text);
  });

  it("puts deeply nested and unclosed markup into the feed with absolute addresses", () => {
    const feed = JSON.parse(fs.readFileSync(path.join(build.output, "hostile", "feed.json"), "utf8")) as { items: { url: string; content_html: string }[] };
    const content = (name: string) => feed.items.find((item) => item.url === `${site.url}/hostile/${name}/`)?.content_html ?? "";
    expect(content("unclosed-spans")).toContain(`${"<span>".repeat(5_000)} text with <a href="${site.url}/hostile/plain-neighbour/">a link</a> inside.`);
    expect(content("nested-divs")).toContain(`${"<div>".repeat(5_000)}<a href="${site.url}/hostile/plain-neighbour/">deep</a>${"</div>".repeat(5_000)}`);
  });
});

describe("hostile articles beyond the limits", () => {
  let build: BuildResult;
  let shownDir: string;

  beforeAll(async () => {
    const articles = path.join(tempDir("hostile-refused-"), "articles");
    writeCases(articles, refused);
    shownDir = path.relative(PROJECT_ROOT, articles);
    build = await buildSite({ articles });
  }, 300_000);

  it("are refused together, one line each naming the file, its size and the limit, and nothing else", () => {
    const errors = build.stderr.split("\n").filter((line) => line.startsWith("error: "));
    expect(errors.sort()).toEqual(refused.map((hostile) => `error: ${shownDir}/${caseFile(hostile)}: ${hostile.refused}`).sort());
    expect(build.stderr).toContain(`Build stopped: ${refused.length} errors and 0 warnings in the articles above.`);
    expect(build.stderr).not.toMatch(/^\s+at /m);
    expect(build.code).toBe(1);
    expect(fs.existsSync(build.output)).toBe(false);
  });
});
