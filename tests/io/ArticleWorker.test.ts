// The article thread's protocol: articles sent in chunks as the thread asks, bodies asked for in any order
// (also far beyond what was sent at first), the search index built from every article.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { ArticleInput } from "../../src/io/articleThread.ts";
import { ArticleWorker } from "../../src/io/ArticleWorker.ts";
import { siteSearchFields } from "../support/buildSearchIndex.ts";
import { tempDir } from "../support/buildSite.ts";

const COUNT = 4500; // more than the chunks sent before the thread asks for more

function* inputs(): Generator<ArticleInput> {
  for (let i = 0; i < COUNT; i++) {
    yield {
      document: {
        url: `/news/a${i}/`,
        title: `Article ${i}`,
        tags: ["tag"],
        description: "",
        markdown: `## Part ${i}\n\nword${i} and [the first](../news/a0.md).\n`,
        category: "News",
        date: "2025-01-01",
        excerpt: "",
        lang: "en",
      },
      sourceDir: "news",
    };
  }
}

describe("the article thread", () => {
  it("renders bodies on request in any order and indexes every article", async () => {
    const worker = new ArticleWorker(inputs(), siteSearchFields, { pathPrefix: "/site/", articleUrls: [["news/a0.md", "/news/a0/"]] });
    try {
      const last = await worker.body(COUNT - 1);
      expect(last!.html).toContain(`<h2 id="part-${COUNT - 1}">Part ${COUNT - 1}</h2>`);
      expect(last!.html).toContain('<a href="/site/news/a0/">the first</a>');
      expect(last!.headings).toEqual([{ level: 2, id: `part-${COUNT - 1}`, text: `Part ${COUNT - 1}` }]);
      for (let i = 0; i < COUNT - 1; i++) expect((await worker.body(i))!.html, `body ${i}`).toContain(`word${i} and`);
      // Each body is handed out once; the page would render it itself after that.
      expect(worker.body(7)).toBeUndefined();

      const output = tempDir("article-thread-");
      const { stats } = await worker.searchIndex(output);
      expect(stats.documents).toBe(COUNT);
      const manifest = JSON.parse(fs.readFileSync(path.join(output, "search-index/manifest.json"), "utf8"));
      expect(manifest.documents).toBe(COUNT);
    } finally {
      worker.stop();
    }
  });

  it("indexes without rendering bodies (the dev server), and an empty site too", async () => {
    for (const count of [0, COUNT]) {
      const worker = new ArticleWorker([...inputs()].slice(0, count), siteSearchFields, null);
      try {
        const { stats } = await worker.searchIndex(tempDir("article-thread-"));
        expect(stats.documents).toBe(count);
      } finally {
        worker.stop();
      }
    }
  });

  it("reports a failure of the index thread as the search index's, naming no article", async () => {
    const [first] = inputs();
    const worker = new ArticleWorker([first!, first!], siteSearchFields, null);
    try {
      const failure = await worker.searchIndex(tempDir("article-thread-")).then(
        () => undefined,
        (error: unknown) => error,
      );
      expect(failure).toBeInstanceOf(Error);
      expect((failure as Error).message).toMatch(/^search index: .*\/news\/a0\/: url is used by documents 0 and 1/s);
      expect((failure as { article?: number }).article).toBeUndefined();
    } finally {
      worker.stop();
    }
  });
});
