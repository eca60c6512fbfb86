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

  it("lets go of the markdown of articles the feeds do not carry in full, once the article thread has it", async () => {
    const articles = copyOfBasicSite();
    // More articles in one section than a feed holds (20): the oldest are in no feed's full text.
    for (let day = 1; day <= 25; day++) {
      const date = `2020-01-${String(day).padStart(2, "0")}`;
      fs.writeFileSync(path.join(articles, "economy", `old-${day}.md`), `---\ntitle: Old ${day}\ndate: ${date}\n---\nThe unmistakable words of old article ${day}.\n`);
    }
    const output = path.join(tempDir("site-build-out-"), "staging");
    const build = siteBuild(articles, output, true);
    const run = await runEleventy(build, { pathPrefix: "/" });
    const byTitle = new Map(run.full().articles.map((article) => [article.title, article]));
    const oldest = byTitle.get("Old 1")!;
    const newest = byTitle.get("Old 25")!;
    expect(oldest.body).toBe("");
    expect(newest.body).toContain("old article 25"); // the newest are in the feeds, in full
    // The page, its reading time and a body wanted again all have the text.
    expect(fs.readFileSync(path.join(output, "economy", "old-1", "index.html"), "utf8")).toContain("The unmistakable words of old article 1.");
    expect(run.readingMinutes(oldest)).toBe(1);
    expect(run.markdownOf(oldest)).toBe("The unmistakable words of old article 1.\n");
    // A file changed since the build read it is not taken for the text the page was made from.
    const file = path.join(articles, "economy", "old-1.md");
    fs.writeFileSync(file, "---\ntitle: Old 1\ndate: 2020-01-01\n---\nChanged while building.\n");
    fs.utimesSync(file, new Date(), new Date(Date.now() + 5000));
    expect(() => run.markdownOf(oldest)).toThrow("old-1.md: the file changed while the site was being built; build again");
    // The next compile reads the file again.
    expect(build.store.load(false).articles.find((article) => article.title === "Old 1")!.body).toBe("Changed while building.\n");
  });
});
