import { describe, expect, it } from "vitest";
import { reportLines, type Problem } from "../../src/content/problems.ts";

const unknown = (file: string, field = "authorlink"): Problem => ({
  file,
  field,
  message: "is not a known field and is ignored (remove it)",
  severity: "warning",
  summary: `${field}: is not a known field and is ignored (remove it)`,
});
const error = (file: string, message: string): Problem => ({ file, field: "date", message, severity: "error" });
const text = (problems: Problem[]) => reportLines(problems).map((line) => `${line.severity}: ${line.text}`);

describe("reportLines", () => {
  it("says the same warning of many files once, naming the first three", () => {
    expect(text([unknown("articles/blog/c.md"), unknown("articles/blog/a.md"), unknown("articles/blog/d.md"), unknown("articles/blog/b.md")])).toEqual([
      "warning: 4 articles: authorlink: is not a known field and is ignored (remove it) (first in articles/blog/a.md, b.md, c.md, … and 1 more)",
    ]);
  });

  it("names files in other folders in full, and counts a file once", () => {
    expect(text([unknown("articles/blog/a.md"), unknown("articles/news/b.md"), unknown("articles/news/b.md")])).toEqual([
      "warning: 2 articles: authorlink: is not a known field and is ignored (remove it) (first in articles/blog/a.md, articles/news/b.md)",
    ]);
  });

  it("keeps a warning of one file on its own line, as it always was", () => {
    expect(text([unknown("articles/blog/a.md")])).toEqual(["warning: articles/blog/a.md: authorlink: is not a known field and is ignored (remove it)"]);
  });

  it("prints warnings before errors, the most common summary first, and closes on the errors", () => {
    const problems = [
      error("articles/blog/z.md", '"soon" is not a date (use YYYY-MM-DD)'),
      unknown("articles/blog/a.md", "version"),
      { file: "articles/blog/b.md", field: "tags", message: "has an empty tag, which is ignored (remove it from the list)", severity: "warning" as const },
      unknown("articles/blog/a.md"),
      unknown("articles/blog/b.md"),
      unknown("articles/blog/c.md"),
      unknown("articles/blog/c.md", "version"),
      error("articles/blog/m.md", "is missing (add a line such as: date: 2025-03-14)"),
    ];
    expect(text(problems)).toEqual([
      "warning: 3 articles: authorlink: is not a known field and is ignored (remove it) (first in articles/blog/a.md, b.md, c.md)",
      "warning: 2 articles: version: is not a known field and is ignored (remove it) (first in articles/blog/a.md, c.md)",
      "warning: articles/blog/b.md: tags: has an empty tag, which is ignored (remove it from the list)",
      "error: articles/blog/m.md: date: is missing (add a line such as: date: 2025-03-14)",
      'error: articles/blog/z.md: date: "soon" is not a date (use YYYY-MM-DD)',
    ]);
  });
});
