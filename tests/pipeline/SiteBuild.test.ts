// The build object: each run of Eleventy starts from nothing (the dev server's rebuilds), a rebuild after a
// saved article renders what that article changes, and the result the build command reads is filled by the
// run that rendered the pages.
import fs from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { runEleventy } from "../../src/eleventy/runEleventy.ts";
import { settingsFromEnvironment } from "../../src/pipeline/buildSettings.ts";
import { SiteBuild } from "../../src/pipeline/SiteBuild.ts";
import { PROJECT_ROOT, tempDir } from "../support/buildSite.ts";

const builds: SiteBuild[] = [];
afterEach(() => {
  for (const build of builds.splice(0)) build.stop();
});

function siteBuild(articles: string, output: string, writesPages: boolean): SiteBuild {
  const settings = settingsFromEnvironment({ SITE_ARTICLES: articles, SITE_OUTPUT: output }, PROJECT_ROOT);
  const build = new SiteBuild({ settings, writesPages, warn: () => undefined });
  builds.push(build);
  return build;
}

function copyOfBasicSite(): string {
  const articles = path.join(tempDir("site-build-"), "articles");
  fs.cpSync(path.join(PROJECT_ROOT, "tests/fixtures/sites/basic"), articles, { recursive: true });
  return articles;
}

describe("SiteBuild runs", () => {
  it("start each dev-server rebuild from nothing, and render only what a saved article changes", async () => {
    const articles = copyOfBasicSite();
    const build = siteBuild(articles, path.join(tempDir("site-build-out-"), "out"), false);
    const first = build.startRun({ runMode: "serve", outputDir: build.settings.outputDir, pathPrefix: "/" });
    const model = first.full();
    expect(first.pages()).toBe(model);
    first.articleRendered();
    expect(first.result.renderedArticles).toBe(1);

    await build.finishRun(); // eleventy.after
    // An author saves one article with a new title; the dev server says which file changed, then rebuilds.
    const saved = model.articles[0]!;
    const file = path.join(articles, saved.relativePath);
    fs.writeFileSync(file, fs.readFileSync(file, "utf8").replace(/^title: .*$/m, 'title: "A new title"'));
    const stat = fs.statSync(file);
    fs.utimesSync(file, stat.atime, new Date(stat.mtimeMs + 5000));
    build.filesChanged([file]);
    const second = build.startRun({ runMode: "serve", outputDir: build.settings.outputDir, pathPrefix: "/news/" });

    expect(second).not.toBe(first);
    expect(build.run).toBe(second);
    expect(second.result.renderedArticles).toBe(0);
    expect(second.pathPrefix).toBe("/news/");
    expect(second.full()).not.toBe(model);
    expect(second.full().articles.find((a) => a.relativePath === saved.relativePath)!.title).toBe("A new title");
    // Only the pages that show the saved article are rendered again.
    expect(second.partial()).toBe(true);
    const pages = second.pages().articlePages.map((page) => page.article.relativePath);
    expect(pages).toContain(saved.relativePath);
    expect(pages.length).toBeLessThan(second.full().articlePages.length);
  });

  it("render everything again when something other than an article changed", async () => {
    const build = siteBuild(copyOfBasicSite(), path.join(tempDir("site-build-out-"), "out"), false);
    build.startRun({ runMode: "serve", outputDir: build.settings.outputDir, pathPrefix: "/" }).full();
    await build.finishRun();
    build.filesChanged([path.join(PROJECT_ROOT, "layouts/article.njk")]);
    const second = build.startRun({ runMode: "serve", outputDir: build.settings.outputDir, pathPrefix: "/" });
    expect(second.partial()).toBe(false);
  });

  it("leave drafts out of a production run and show them in the dev server", () => {
    const articles = path.join(PROJECT_ROOT, "tests/fixtures/sites/basic");
    const build = siteBuild(articles, path.join(tempDir("site-build-out-"), "out"), false);
    const production = build.startRun({ runMode: "build", outputDir: build.settings.outputDir, pathPrefix: "/" });
    expect(production.mode).toBe("production");
    const published = production.full().articles.length;
    const dev = build.startRun({ runMode: "watch", outputDir: build.settings.outputDir, pathPrefix: "/" });
    expect(dev.mode).toBe("dev");
    expect(dev.full().articles.length).toBeGreaterThan(published);
  });
});

// One Eleventy build per test file: Eleventy keeps compiled layouts per process, bound to the first build's filters.
describe("the result of a production run", () => {
  it("lists every file written, the search index and the broken links, for the build command to read", async () => {
    const articles = copyOfBasicSite();
    fs.writeFileSync(path.join(articles, "economy", "broken.md"), "---\ntitle: Broken\ndate: 2024-01-02\n---\nSee [the missing page](/economy/missing/).\n");
    const output = path.join(tempDir("site-build-out-"), "staging");
    const build = siteBuild(articles, output, true);
    const run = await runEleventy(build, { pathPrefix: "/" });
    const onDisk = fs.readdirSync(output, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).length;
    expect(run.result.files.length).toBe(onDisk);
    expect(run.result.files).toContain("index.html");
    expect(run.result.files).toContain("search-index/manifest.json");
    expect(run.result.search?.documents).toBe(run.full().articles.length);
    expect(run.result.renderedArticles).toBe(run.full().articles.length);
    expect(run.result.clientBytes).toBeGreaterThan(0);
    expect(run.result.brokenLinks).toEqual([expect.objectContaining({ page: "economy/broken/index.html", href: "/economy/missing/" })]);
    expect(Object.keys(build.timings.seconds)).toEqual(expect.arrayContaining(["waiting for the other threads", "search index (own thread)"]));
  });
});
