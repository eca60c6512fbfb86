import fs from "node:fs";
import path from "node:path";
import { convertHtmlToAbsoluteUrls } from "@11ty/eleventy-plugin-rss";
import { describe, expect, it } from "vitest";
import { listFiles } from "../../src/io/listFiles.ts";
import { createMarkdown } from "../../src/markdown/createMarkdown.ts";
import { renderBody } from "../../src/markdown/renderBody.ts";
import { absoluteUrls } from "../../src/publish/absoluteUrls.ts";
import { PROJECT_ROOT } from "../support/buildSite.ts";

const BASE = "https://example.org/news/the-article/";

describe("absoluteUrls", () => {
  it("resolves the URL attributes of each element against the article's address", () => {
    expect(absoluteUrls('<a href="/economy/">x</a> <img src="img/a.png" alt="">', BASE)).toBe(
      '<a href="https://example.org/economy/">x</a> <img src="https://example.org/news/the-article/img/a.png" alt="">',
    );
    expect(absoluteUrls('<a href="#notes">n</a><a href="mailto:a@b.c">m</a><a href="https://other.org/x">o</a>', BASE)).toBe(
      '<a href="https://example.org/news/the-article/#notes">n</a><a href="mailto:a@b.c">m</a><a href="https://other.org/x">o</a>',
    );
    expect(absoluteUrls('<video poster="p.jpg" src="/v.mp4"></video><blockquote cite="/c/">q</blockquote>', BASE)).toBe(
      '<video poster="https://example.org/news/the-article/p.jpg" src="https://example.org/v.mp4"></video><blockquote cite="https://example.org/c/">q</blockquote>',
    );
  });

  it("rewrites srcset and ping lists, and a refresh", () => {
    expect(absoluteUrls('<img srcset="a.png 1x, /b.png 2x" src="a.png">', BASE)).toBe(
      '<img srcset="https://example.org/news/the-article/a.png 1x, https://example.org/b.png 2x" src="https://example.org/news/the-article/a.png">',
    );
    expect(absoluteUrls('<a href="x" ping="/p1, p2">x</a>', BASE)).toBe(
      '<a href="https://example.org/news/the-article/x" ping="https://example.org/p1, https://example.org/news/the-article/p2">x</a>',
    );
    expect(absoluteUrls('<meta http-equiv="refresh" content="5; url=/next/"><meta name="x" content="/kept/">', BASE)).toBe(
      '<meta http-equiv="refresh" content="5; url=https://example.org/next/"><meta name="x" content="/kept/">',
    );
  });

  it("leaves everything else as written: other attributes, quotes, case, text, comments and scripts", () => {
    const html =
      "<p class='x'>1 < 2 & <b>bold</b></p><A HREF='/up/'>u</A><img src=plain.png alt=x>" +
      '<!-- <a href="/commented/"> --><script>var s = "<a href=\\"/in-script/\\">";</script><textarea><a href="/t/"></textarea>';
    expect(absoluteUrls(html, BASE)).toBe(
      "<p class='x'>1 < 2 & <b>bold</b></p><A HREF='https://example.org/up/'>u</A><img src=https://example.org/news/the-article/plain.png alt=x>" +
        '<!-- <a href="/commented/"> --><script>var s = "<a href=\\"/in-script/\\">";</script><textarea><a href="/t/"></textarea>',
    );
    expect(absoluteUrls('<a href="http://[bad">b</a>', BASE)).toBe('<a href="http://[bad">b</a>');
    expect(absoluteUrls('<!--><a href="/a/">a</a><!---><a href="/b/">b</a>', BASE)).toBe(
      '<!--><a href="https://example.org/a/">a</a><!---><a href="https://example.org/b/">b</a>',
    );
  });

  it("stops rewriting where a tag, a value or a comment never ends", () => {
    expect(absoluteUrls('<a href="/x/">x</a><a href="/never-closed', BASE)).toBe('<a href="https://example.org/x/">x</a><a href="/never-closed');
    expect(absoluteUrls('<a href="/x/"', BASE)).toBe('<a href="/x/"');
    expect(absoluteUrls('<!-- <a href="/x/">', BASE)).toBe('<!-- <a href="/x/">');
    expect(absoluteUrls('<script><a href="/x/">', BASE)).toBe('<script><a href="/x/">');
  });

  it("takes thousands of unclosed or nested tags as they are", () => {
    const unclosed = `${"<span>".repeat(5_000)}<a href="/deep/">d</a>`;
    expect(absoluteUrls(unclosed, BASE)).toBe(`${"<span>".repeat(5_000)}<a href="https://example.org/deep/">d</a>`);
    const nested = `${"<div>".repeat(5_000)}<a href="/deep/">d</a>${"</div>".repeat(5_000)}`;
    expect(absoluteUrls(nested, BASE)).toBe(`${"<div>".repeat(5_000)}<a href="https://example.org/deep/">d</a>${"</div>".repeat(5_000)}`);
    expect(absoluteUrls(`<p>${"<a ".repeat(100_000)}`, BASE)).toBe(`<p>${"<a ".repeat(100_000)}`);
  });

  it("gives the sample site's articles the feed content the RSS plugin gave them, byte for byte", async () => {
    const md = createMarkdown();
    const articles = path.join(PROJECT_ROOT, "articles");
    const files = listFiles(articles).filter((file) => file.endsWith(".md"));
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      const text = fs.readFileSync(path.join(articles, file), "utf8");
      const body = text.slice(text.indexOf("\n---", 3) + 4);
      const { html } = renderBody(md, body, { sourceDir: path.dirname(file), pathPrefix: "/news/" });
      expect(absoluteUrls(html, BASE), file).toBe(await convertHtmlToAbsoluteUrls(html, BASE));
    }
  });
});
