import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/content/parseArticle.ts";
import { formatProblem } from "../../src/content/problems.ts";

const context = { language: "en", timeZone: "UTC" };
const encode = (text: string) => new TextEncoder().encode(text);

function parse(text: string | Uint8Array, relativePath = "economy/tax-reform.md") {
  const bytes = typeof text === "string" ? encode(text) : text;
  return parseArticle({ sourcePath: `articles/${relativePath}`, relativePath, bytes }, context);
}
function lines(text: string | Uint8Array, relativePath?: string) {
  return parse(text, relativePath).problems.map((p) => `${p.severity}: ${formatProblem(p)}`);
}
function article(text: string, relativePath?: string) {
  const result = parse(text, relativePath);
  if (!result.article) throw new Error(`expected an article, got:\n${result.problems.map(formatProblem).join("\n")}`);
  return result.article;
}

describe("parseArticle: a valid article", () => {
  it("reads every field", () => {
    const a = article(`---
title: "Tax reform: what changes"
date: 2025-03-14
updated: 2025-04-01T09:00:00+02:00
category: Economy
tags: [tax, Public Finance]
description: What changes for whom.
author: Mara Lindqvist
draft: false
slug: tax-reform-2025
lang: en-GB
---
The body.
`);
    expect(a).toMatchObject({
      title: "Tax reform: what changes",
      slug: "tax-reform-2025",
      categoryName: "Economy",
      tagNames: ["tax", "Public Finance"],
      description: "What changes for whom.",
      authorNames: ["Mara Lindqvist"],
      draft: false,
      lang: "en-GB",
      body: "The body.\n",
    });
    expect(a.date.toISOString()).toBe("2025-03-14T00:00:00.000Z");
    expect(a.updated?.toISOString()).toBe("2025-04-01T07:00:00.000Z");
  });

  it("takes defaults from the file: slug from the name, category from the folder", () => {
    const a = article("---\ntitle: T\ndate: 2025-01-01\n---\nx", "world-news/Big Storm (Update).md");
    expect(a.slug).toBe("big-storm-update");
    expect(a.categoryName).toBe("World News");
    expect(a.tagNames).toEqual([]);
    expect(a.lang).toBe("en");
    expect(a.description).toBeUndefined();
  });

  it("accepts a single tag as a string, numbers as text, and cleans tag spelling", () => {
    const a = article("---\ntitle: 1984\ndate: 2025-01-01\ntags: \" Service\u00a0Mesh \"\n---\n");
    expect(a.title).toBe("1984");
    expect(a.tagNames).toEqual(["Service Mesh"]);
    expect(article("---\ntitle: x\ndate: 2025-01-01\ntags: [2024, ai]\n---\n").tagNames).toEqual(["2024", "ai"]);
  });

  it("accepts a byte-order mark and Windows line ends", () => {
    const a = article("\uFEFF---\r\ntitle: Windows\r\ndate: 2025-01-01\r\n---\r\nBody line\r\n");
    expect(a.title).toBe("Windows");
    expect(a.body).toBe("Body line\n");
  });

  it("keeps Chinese file names and tags", () => {
    const a = article("---\ntitle: 城市规划\ndate: 2025-01-01\ntags: [城市规划]\nlang: zh-CN\n---\n正文", "科技/城市规划.md");
    expect(a.slug).toBe("城市规划");
    expect(a.categoryName).toBe("科技");
    expect(a.lang).toBe("zh-CN");
  });
});

describe("parseArticle: problems for authors", () => {
  const cases: [string, string | Uint8Array, string[]][] = [
    ["impossible date", "---\ntitle: T\ndate: 2023-13-45\n---\n", ['error: articles/economy/tax-reform.md: date: "2023-13-45" is not a date (use YYYY-MM-DD)']],
    ["missing title and date", "---\ntags: [a]\n---\n", [
      'error: articles/economy/tax-reform.md: title: is missing (add a line such as: title: "Port traffic doubles")',
      "error: articles/economy/tax-reform.md: date: is missing (add a line such as: date: 2025-03-14)",
    ]],
    ["empty title", '---\ntitle: "  "\ndate: 2025-01-01\n---\n', [
      'error: articles/economy/tax-reform.md: title: is empty (write the headline after title:, e.g. title: "Port traffic doubles")',
    ]],
    ["title as a list", "---\ntitle: [a, b]\ndate: 2025-01-01\n---\n", [
      'error: articles/economy/tax-reform.md: title: must be text, not a list (add a line such as: title: "Port traffic doubles")',
    ]],
    ["broken YAML", "---\ntitle: T\ndate: 2025-01-01\n  tags: [a]\n---\n", [
      "error: articles/economy/tax-reform.md: front matter is not valid YAML: bad indentation of a mapping entry on line 4 (check quotes, colons and indentation; text with a colon needs quotes)",
    ]],
    ["an unclosed quote", '---\ntitle: "unclosed\ndate: 2025-01-01\n---\n', [
      "error: articles/economy/tax-reform.md: front matter is not valid YAML: a quote opened on line 2 is not closed (end the value with the same quote it starts with)",
    ]],
    ["a tag that makes an object", "---\ntitle: T\ndate: 2025-01-01\nx: !!js/function 'function () {}'\n---\n", [
      "error: articles/economy/tax-reform.md: front matter is not valid YAML: unknown tag !<tag:yaml.org,2002:js/function> on line 4 (remove the !tag before the value: only plain text, lists and groups are read)",
    ]],
    ["no front matter", "Just text.\n", [
      "error: articles/economy/tax-reform.md: has no front matter (start the file with a line ---, then title: and date: lines, then ---)",
    ]],
    ["empty file", "", [
      "error: articles/economy/tax-reform.md: is empty (start it with front matter: ---, title: ..., date: ..., --- and then the article)",
    ]],
    ["not UTF-8", new Uint8Array([0x2d, 0x2d, 0x2d, 0x0a, 0xff, 0xfe, 0x0a]), [
      "error: articles/economy/tax-reform.md: is not UTF-8 text (save the file with UTF-8 encoding)",
    ]],
    ["draft as yes", "---\ntitle: T\ndate: 2025-01-01\ndraft: yes\n---\n", [
      'error: articles/economy/tax-reform.md: draft: must be true or false, not "yes" (write draft: true or draft: false)',
    ]],
    ["slug escaping the folder", "---\ntitle: T\ndate: 2025-01-01\nslug: ../../etc/passwd\n---\n", [
      'error: articles/economy/tax-reform.md: slug: "../../etc/passwd" cannot be used in an address (use lower-case letters, digits and hyphens, e.g. slug: etc-passwd)',
    ]],
    ["absolute slug", "---\ntitle: T\ndate: 2025-01-01\nslug: /search/\n---\n", [
      'error: articles/economy/tax-reform.md: slug: "/search/" cannot be used in an address (use lower-case letters, digits and hyphens, e.g. slug: search)',
    ]],
    ["a tag that is a mapping", "---\ntitle: T\ndate: 2025-01-01\ntags: [a, {b: c}]\n---\n", [
      "error: articles/economy/tax-reform.md: tags: each tag must be text, not a group of fields (write tags as a list: tags: [economy, trade])",
    ]],
    ["bad language", "---\ntitle: T\ndate: 2025-01-01\nlang: chinese simplified\n---\n", [
      'error: articles/economy/tax-reform.md: lang: "chinese simplified" is not a language code (use one such as en, de or zh-CN)',
    ]],
    ["front matter that is not fields", "---\njust a sentence\n---\n", [
      'error: articles/economy/tax-reform.md: front matter must be fields such as title: and date:, not "just a sentence" (check the lines between the --- markers)',
    ]],
  ];
  it.each(cases)("%s", (_name, text, expected) => {
    expect(lines(text)).toEqual(expected);
  });

  it("names the file line of a YAML mistake", () => {
    expect(lines("---\ntitle: T\ndate: 2025-01-01\ntags: [a, b\nauthor: x\n---\n")[0]).toMatch(/ on line 5 /);
    expect(lines("---\ntitle: T\n  bad: indent\n---\n")[0]).toMatch(/ on line 3 /);
  });

  it("reports every problem of a file at once", () => {
    expect(lines("---\ntitle: [x]\ndate: 2025-02-30\nupdated: soon\ndraft: 1\n---\n")).toHaveLength(4);
  });

  it("warns about unknown fields, with a guess for near misses", () => {
    const result = parse("---\ntitle: T\ndate: 2025-01-01\ntittle: X\ntag: a\ncatagory: b\nlayout: post\n---\n");
    expect(result.article).toBeDefined();
    expect(result.problems.map(formatProblem)).toEqual([
      "articles/economy/tax-reform.md: tittle: is not a known field; did you mean title? (rename it, or remove it)",
      "articles/economy/tax-reform.md: tag: is not a known field; did you mean tags? (rename it, or remove it)",
      "articles/economy/tax-reform.md: catagory: is not a known field; did you mean category? (rename it, or remove it)",
      "articles/economy/tax-reform.md: layout: is ignored: every article uses the site's article layout (remove it)",
    ]);
    expect(result.problems.every((p) => p.severity === "warning")).toBe(true);
  });

  it("asks for a category when the file is not in a folder", () => {
    expect(lines("---\ntitle: T\ndate: 2025-01-01\n---\n", "loose.md")).toEqual([
      "error: articles/loose.md: category: is missing (put the file in a category folder such as articles/economy/, or add a line such as category: Economy)",
    ]);
  });

  it("warns when updated is before date", () => {
    expect(lines("---\ntitle: T\ndate: 2025-02-01\nupdated: 2025-01-01\n---\n")).toEqual([
      "warning: articles/economy/tax-reform.md: updated: is before date (updated is when the article last changed; check both dates)",
    ]);
  });
});

describe("the body after the front matter", () => {
  it("is what gray-matter gives for the whole file, however the closing line and the body start", async () => {
    const { default: matter } = await import("@11ty/gray-matter");
    const head = "---\ntitle: T\ndate: 2025-01-02\n";
    const cases = [
      `${head}---\nBody.\n`,
      `${head}---\n\nBody after a blank line.\n`,
      `${head}---   \nTrailing spaces on the closing line.\n`,
      `${head}---\n`,
      `${head}---`,
      `${head}---\n---\nA second rule.\n`,
      `${head}---\nText\n\n---\n\nA thematic break in the body.\n`,
      `${head}description: "a --- b"\n---\nDashes in a value.\n`,
    ];
    for (const text of cases) {
      const expected = matter(text, {}).content;
      expect(article(text).body, JSON.stringify(text)).toBe(expected);
      // The same with Windows line endings: the file is read as LF.
      expect(article(text.replace(/\n/g, "\r\n")).body, JSON.stringify(text)).toBe(expected);
    }
  });
});

describe("parseArticle: the lead image", () => {
  const head = "---\ntitle: T\ndate: 2025-01-01\n";
  it("resolves the image against the article's folder and keeps its words", () => {
    const a = article(`${head}image: img/port.jpg\nimage_alt: Cranes at dawn\nimage_caption: The quay\nimage_credit: Mara\n---\nBody`);
    expect(a.image).toEqual({ src: "/economy/img/port.jpg", alt: "Cranes at dawn", caption: "The quay", credit: "Mara" });
  });

  it("warns about a lead image without alt text; an empty alt marks it as decoration", () => {
    expect(lines(`${head}image: img/port.jpg\n---\nBody`)).toEqual([
      'warning: articles/economy/tax-reform.md: image: has no alt text (add image_alt: "what the picture shows", or image_alt: "" for a decorative one)',
    ]);
    expect(lines(`${head}image: img/port.jpg\nimage_alt: ""\n---\nBody`)).toEqual([]);
    expect(article(`${head}image: img/port.jpg\nimage_alt: ""\n---\nBody`).image?.alt).toBe("");
  });

  it("refuses an address that is neither a path nor http(s)", () => {
    expect(lines(`${head}image: "javascript:alert(1)"\nimage_alt: x\n---\nBody`)).toEqual([
      'error: articles/economy/tax-reform.md: image: "javascript:alert(1)" is not an image address (use a path such as img/port.jpg beside the article, or an https:// address)',
    ]);
  });

  it("warns about image words without an image", () => {
    expect(lines(`${head}image_alt: Cranes\n---\nBody`)).toEqual([
      "warning: articles/economy/tax-reform.md: image_alt: is set but there is no image: (add image: with the image's path, or remove the line)",
    ]);
  });
});
