// Feeds, sitemap, robots.txt and head metadata of a real build, for a site hosted under a sub-path.
import fs from "node:fs";
import path from "node:path";
import * as cheerio from "cheerio";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import * as yaml from "js-yaml";
import { beforeAll, describe, expect, it } from "vitest";
import { listFiles } from "../../src/io/listFiles.ts";
import { buildSite, PROJECT_ROOT, type BuildResult } from "../support/buildSite.ts";

const ORIGIN = "https://example.org";
const PUBLISHED = [
  "/news/economy/port-traffic/",
  "/news/economy/rates/",
  "/news/technology/templates/",
  "/news/technology/csharp/",
  "/news/technology/c-lang/",
  "/news/technology/chinese/",
  "/news/world-news/storm/",
].map((p) => ORIGIN + p);

let build: BuildResult;
const read = (file: string) => fs.readFileSync(path.join(build.output, file), "utf8");
const xml = new XMLParser({ ignoreAttributes: false, isArray: (name) => ["entry", "url", "link", "category"].includes(name) });
const parseXml = (file: string) => {
  const text = read(file);
  expect(XMLValidator.validate(text), file).toBe(true);
  return xml.parse(text);
};

beforeAll(async () => {
  build = await buildSite({ articles: "tests/fixtures/sites/basic", args: ["--pathprefix=/news/"], env: { SITE_URL: ORIGIN } });
  expect(build.code, build.stderr).toBe(0);
});

describe("feeds", () => {
  it("writes an Atom feed of the latest articles with absolute addresses", () => {
    const feed = parseXml("feed.xml").feed;
    const entries = feed.entry as { id: string; link: { "@_href": string }[]; content: { "#text": string } }[];
    expect(entries.map((entry) => entry.id).sort()).toEqual([...PUBLISHED].sort());
    expect(feed.link.map((link: { "@_href": string }) => link["@_href"])).toEqual([`${ORIGIN}/news/feed.xml`, `${ORIGIN}/news/`]);
    const port = entries.find((entry) => entry.id.endsWith("/port-traffic/"))!;
    expect(port.content["#text"]).toContain(`src="${ORIGIN}/news/economy/img/chart.svg"`);
  });

  it("writes a JSON Feed with the same entries", () => {
    const feed = JSON.parse(read("feed.json"));
    expect(feed.version).toBe("https://jsonfeed.org/version/1.1");
    expect(feed.feed_url).toBe(`${ORIGIN}/news/feed.json`);
    expect(feed.items.map((item: { id: string }) => item.id).sort()).toEqual([...PUBLISHED].sort());
    expect(feed.items[0]).toMatchObject({ title: expect.any(String), content_html: expect.stringContaining("<p>"), date_published: expect.any(String) });
  });

  it("writes a feed per category, newest first", () => {
    const feed = parseXml("economy/feed.xml").feed;
    expect(feed.entry.map((entry: { id: string }) => entry.id)).toEqual([`${ORIGIN}/news/economy/port-traffic/`, `${ORIGIN}/news/economy/rates/`]);
    expect(JSON.parse(read("economy/feed.json")).items).toHaveLength(2);
  });

  it("never includes drafts or scheduled articles", () => {
    for (const file of listFiles(build.output).filter((f) => /feed\.(xml|json)$/.test(f))) {
      expect(read(file)).not.toMatch(/draft-budget|future-plan|Secret draft|Scheduled future/);
    }
  });
});

describe("sitemap and robots.txt", () => {
  it("lists every published page once, with its last modification, and nothing else", () => {
    const urls = parseXml("sitemap.xml").urlset.url as { loc: string; lastmod: string }[];
    const pages = listFiles(build.output)
      .filter((file) => file.endsWith("index.html") && !file.startsWith("search/"))
      .map((file) => `${ORIGIN}/news/${file.slice(0, -"index.html".length)}`);
    expect(urls.map((url) => url.loc).sort()).toEqual(pages.sort());
    expect(urls.find((url) => url.loc.endsWith("/port-traffic/"))?.lastmod).toBe("2025-03-14T00:00:00.000Z");
    expect(urls.every((url) => !Number.isNaN(Date.parse(url.lastmod)))).toBe(true);
  });

  it("points robots.txt at the sitemap", () => {
    expect(read("robots.txt")).toContain(`Sitemap: ${ORIGIN}/news/sitemap.xml`);
  });
});

describe("head metadata", () => {
  it("gives an article page a canonical address, Open Graph and Twitter tags and JSON-LD", () => {
    const $ = cheerio.load(read("economy/port-traffic/index.html"));
    const url = `${ORIGIN}/news/economy/port-traffic/`;
    expect($('link[rel="canonical"]').attr("href")).toBe(url);
    expect($('meta[property="og:url"]').attr("content")).toBe(url);
    expect($('meta[property="og:type"]').attr("content")).toBe("article");
    expect($('meta[property="og:title"]').attr("content")).toBe("Port traffic doubles in four years");
    expect($('meta[name="twitter:card"]').attr("content")).toBe("summary");
    expect($('meta[name="description"]').attr("content")).toBe("A deeper channel and a rail link turned a small harbour into a busy one.");
    const data = JSON.parse($('script[type="application/ld+json"]').text()) as Record<string, unknown>[];
    const article = data.find((item) => item["@type"] === "NewsArticle")!;
    expect(article).toMatchObject({
      headline: "Port traffic doubles in four years",
      datePublished: "2025-03-14T00:00:00.000Z",
      author: [{ "@type": "Person", name: "Test Author" }],
      mainEntityOfPage: { "@id": url },
    });
    const crumbs = data.find((item) => item["@type"] === "BreadcrumbList") as { itemListElement: { item: string }[] };
    expect(crumbs.itemListElement.map((item) => item.item)).toEqual([`${ORIGIN}/news/`, `${ORIGIN}/news/economy/`, url]);
  });

  it("gives every page a canonical address and a description", () => {
    for (const file of listFiles(build.output).filter((f) => f.endsWith(".html"))) {
      const $ = cheerio.load(read(file));
      expect($('link[rel="canonical"]').attr("href"), file).toMatch(new RegExp(`^${ORIGIN}/news/`));
      expect($('meta[name="description"]').attr("content"), file).toBeTruthy();
    }
  });
});
