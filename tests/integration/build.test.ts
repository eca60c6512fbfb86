// Whole-site builds of fixture sites into temporary folders, through the real build command.
import fs from "node:fs";
import path from "node:path";
import * as cheerio from "cheerio";
import { beforeAll, describe, expect, it } from "vitest";
import { checkLinks } from "../support/checkLinks.ts";
import { listFiles } from "../../src/io/listFiles.ts";
import { buildSite, tempDir, type BuildResult } from "../support/buildSite.ts";

const BASIC = "tests/fixtures/sites/basic";
const read = (root: string, file: string) => fs.readFileSync(path.join(root, file), "utf8");
const page = (root: string, file: string) => cheerio.load(read(root, file));

describe("a production build of the basic fixture", () => {
  let build: BuildResult;
  let files: string[];
  beforeAll(async () => {
    build = await buildSite({ articles: BASIC });
    files = build.code === 0 ? listFiles(build.output) : [];
  });

  it("succeeds and writes every kind of page", () => {
    expect(build.stderr).not.toMatch(/error/i);
    expect(build.code).toBe(0);
    expect(files).toEqual(
      expect.arrayContaining([
        "index.html",
        "404.html",
        "categories/index.html",
        "tags/index.html",
        "search/index.html",
        "economy/index.html",
        "economy/port-traffic/index.html",
        "technology/templates/index.html",
        "world-news/storm/index.html",
        "tags/trade/index.html",
        "tags/人工智能/index.html",
        "assets/site.css",
      ]),
    );
  });

  it("resolves every internal link and fragment", () => {
    const broken = checkLinks({ files, read: (file) => read(build.output, file) }, "/");
    expect(broken).toEqual([]);
    // The checker is not vacuous: it sees the links the pages have.
    expect(page(build.output, "economy/rates/index.html")('a[href="/technology/templates/"]')).toHaveLength(1);
  });

  it("leaves drafts and scheduled articles out of pages, lists and tags", () => {
    expect(files.some((file) => file.includes("draft-budget") || file.includes("future-plan"))).toBe(false);
    expect(files.some((file) => file.includes("only-in-draft") || file.includes("only-in-future"))).toBe(false);
    for (const file of files.filter((f) => f.endsWith(".html"))) {
      const html = read(build.output, file);
      expect(html, file).not.toContain("Secret draft budget");
      expect(html, file).not.toContain("Scheduled future plan");
    }
  });

  it("prints template syntax in bodies verbatim", () => {
    const $ = page(build.output, "technology/templates/index.html");
    const body = $(".article__body").text();
    expect(body).toContain("{{ page.title }}");
    expect(body).toContain("{% raw %}");
    expect(body).toContain("{{ not_a_variable }} and {% if x %}");
    expect(body).toContain("{% for item in items %}");
    expect(body).toContain("<li>{{ item.title | upper }}</li>");
    expect(body).toContain("const html = `${title}`;");
  });

  it("shows the breadcrumb site › category › title and the article's details", () => {
    const $ = page(build.output, "economy/port-traffic/index.html");
    const crumbs = $('nav[aria-label="Breadcrumb"] li').map((_, li) => $(li).text().trim()).get();
    expect(crumbs).toEqual(["The Meridian", "Economy", "Port traffic doubles in four years"]);
    expect($("h1").text()).toBe("Port traffic doubles in four years");
    expect($(".article__byline").text()).toContain("Test Author");
    expect($(".article__byline time").attr("datetime")).toBe("2025-03-14T00:00:00.000Z");
    expect($('a[rel="tag"]').map((_, a) => $(a).attr("href")).get()).toEqual(["/tags/trade/", "/tags/shipping/"]);
    expect($("h2#the-channel").text()).toBe("The channel");
  });

  it("copies images kept beside articles and points the page at them", () => {
    const $ = page(build.output, "economy/port-traffic/index.html");
    expect($(".article__body img").attr("src")).toBe("/economy/img/chart.svg");
    expect(read(build.output, "economy/img/chart.svg")).toContain("<svg");
  });

  it("gives C++, C# and C their own tag pages", () => {
    for (const [file, name] of [
      ["tags/c-plus-plus/index.html", "C++"],
      ["tags/c-sharp/index.html", "C#"],
      ["tags/c/index.html", "c"],
    ]) {
      expect(page(build.output, file!)("h1").text()).toContain(name!);
    }
  });

  it("merges tags written in different case, shown in the most used spelling", () => {
    const $ = page(build.output, "tags/index.html");
    const names = $(".term-list a").map((_, a) => $(a).text()).get();
    expect(names.filter((name) => name.toLowerCase() === "programming")).toEqual(["programming"]);
    expect(names.filter((name) => name.toLowerCase() === "trade")).toHaveLength(1);
    expect(page(build.output, "tags/programming/index.html")(".card")).toHaveLength(4);
  });

  it("lists categories with counts, and articles on category pages newest first", () => {
    const $ = page(build.output, "categories/index.html");
    expect($(".term-list li").map((_, li) => $(li).text().replace(/\s+/g, " ").trim()).get()).toEqual([
      "Economy 2",
      "Technology 4",
      "World News 1",
    ]);
    const economy = page(build.output, "economy/index.html");
    expect(economy(".card__title").map((_, h) => economy(h).text().trim()).get()).toEqual([
      "Port traffic doubles in four years",
      "Why rates stayed put",
    ]);
  });

  it("marks the language of Chinese articles", () => {
    expect(page(build.output, "technology/chinese/index.html")("html").attr("lang")).toBe("zh-CN");
  });

  it("ends each article with related articles", () => {
    const $ = page(build.output, "technology/templates/index.html");
    expect($("nav.related h2").text()).toBe("Related articles");
    expect($("nav.related li").length).toBeGreaterThan(0);
  });
});

describe("a build for a sub-path", () => {
  it("prefixes every internal link and asset, and they all resolve", async () => {
    const build = await buildSite({ articles: BASIC, args: ["--pathprefix=/news/"] });
    expect(build.code).toBe(0);
    const files = listFiles(build.output);
    expect(checkLinks({ files, read: (file) => read(build.output, file) }, "/news/")).toEqual([]);
    for (const file of files.filter((f) => f.endsWith(".html"))) {
      const $ = page(build.output, file);
      $("a[href], link[href], img[src], script[src], form[action]").each((_, element) => {
        const url = $(element).attr("href") ?? $(element).attr("src") ?? $(element).attr("action")!;
        if (/^(https?:|#)/.test(url)) return;
        expect(url, `${file}: ${url}`).toMatch(/^\/news\//);
      });
    }
    expect(page(build.output, "economy/port-traffic/index.html")(".article__body img").attr("src")).toBe("/news/economy/img/chart.svg");
  });
});

describe("a build with bad articles", () => {
  it("lists every bad file, one line each, exits non-zero and leaves the last good output as it was", async () => {
    const root = tempDir("broken-");
    const output = path.join(root, "dist");
    fs.mkdirSync(output);
    fs.writeFileSync(path.join(output, "index.html"), "last good build");
    const build = await buildSite({ articles: "tests/fixtures/sites/broken", output });
    expect(build.code).toBe(1);
    const errors = build.stderr.split("\n").filter((line) => line.startsWith("error: "));
    expect(errors).toEqual([
      expect.stringMatching(/^error: tests\/fixtures\/sites\/broken\/news\/bad-date\.md: date: "2023-13-45" is not a date \(use YYYY-MM-DD\)$/),
      expect.stringMatching(/^error: tests\/fixtures\/sites\/broken\/news\/broken-yaml\.md: front matter is not valid YAML: /),
      expect.stringMatching(/^error: tests\/fixtures\/sites\/broken\/news\/no-title\.md: title: is missing /),
    ]);
    expect(build.stderr).not.toMatch(/^\s+at /m);
    expect(listFiles(output)).toEqual(["index.html"]);
    expect(read(output, "index.html")).toBe("last good build");
    expect(fs.readdirSync(root)).toEqual(["dist"]);
  });
});
