// Shortcodes at compile time: every article is scanned (`npm run check` compiles too) and each shortcode the page
// will show as text is a warning; summaries never show one.
import { describe, expect, it } from "vitest";
import { createTextMarkdown } from "../../src/markdown/createTextMarkdown.ts";
import { SiteCompiler, type SourceFile } from "../../src/model/SiteCompiler.ts";
import { site } from "../../src/site.ts";

const encoder = new TextEncoder();
const source = (name: string, body: string, frontMatter = ""): SourceFile => ({
  sourcePath: `articles/blog/${name}.md`,
  relativePath: `blog/${name}.md`,
  version: "1",
  bytes: encoder.encode(`---\ntitle: ${name}\ndate: 2025-01-01\n${frontMatter}---\n${body}`),
});
const options = { site, now: new Date("2026-01-01T00:00:00Z"), includeUnpublished: false, related: () => [] };

const SOURCES = [
  source("a", '{% youtubeVideo "abc" %}\n\nThe first words of a, with {% youtubeVideo "def" %} in them.\n'),
  source("b", 'Intro of b {% youtubeVideo "x" %} here.\n'),
  source("c", '{{< figure src="a.png" caption="A figure" >}}\n\nText of c.\n\n```\n{% notATag %}\n```\n'),
  source("d", "Draft text {{< gallery >}}.\n", "draft: true\n"),
];

describe("SiteCompiler and shortcodes", () => {
  it("warns about shortcodes kept as text, one problem per article, with one summary for the site", () => {
    const result = new SiteCompiler(createTextMarkdown()).compile(SOURCES, options);
    expect(result.ok).toBe(true);
    const warnings = result.problems.filter((problem) => problem.field?.startsWith("{"));
    expect(warnings.map((problem) => [problem.file, problem.field, problem.severity])).toEqual([
      ["articles/blog/a.md", "{% youtubeVideo %}", "warning"],
      ["articles/blog/b.md", "{% youtubeVideo %}", "warning"],
      // Drafts are checked too: they are published some day.
      ["articles/blog/d.md", "{{< gallery >}}", "warning"],
    ]);
    expect(warnings[0]!.message).toContain("2 times");
    expect(warnings[0]!.summary).toBe(warnings[1]!.summary);
  });

  it("keeps shortcodes out of the summaries of articles without a description", () => {
    const result = new SiteCompiler(createTextMarkdown()).compile(SOURCES, options);
    if (!result.ok) throw new Error("no model");
    const summaries = Object.fromEntries(result.model.articles.map((article) => [article.slug, article.description]));
    expect(summaries).toEqual({ a: "The first words of a, with in them.", b: "Intro of b here.", c: "Text of c." });
  });
});
