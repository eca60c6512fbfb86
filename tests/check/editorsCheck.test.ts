// The editor's look over the articles (`npm run check`): warnings a reader would notice, never errors.
import { describe, expect, it } from "vitest";
import { editorsCheck, imagesWithoutAlt, LONG_TITLE } from "../../src/check/editorsCheck.ts";
import type { Article, Term } from "../../src/content/types.ts";

const term = (name: string): Term => ({ key: name.toLowerCase(), slug: name.toLowerCase(), name });
function article(name: string, fields: Partial<Article> = {}): Article {
  return {
    sourcePath: `articles/news/${name}.md`,
    relativePath: `news/${name}.md`,
    title: `Title of ${name}`,
    description: "A description.",
    descriptionFromBody: false,
    tags: [term("economy")],
    ...fields,
  } as Article;
}
const lines = (articles: Article[]) => editorsCheck(articles).map((problem) => `${problem.file}: ${problem.field}: ${problem.message}`);

describe("editorsCheck", () => {
  it("says nothing of articles a reader would not stumble over", () => {
    expect(lines([article("a"), article("b")])).toEqual([]);
  });

  it("warns about a title longer than lists show", () => {
    const long = "x".repeat(LONG_TITLE + 1);
    expect(lines([article("a", { title: long }), article("b")])).toEqual([
      `articles/news/a.md: title: is ${LONG_TITLE + 1} characters long; lists and search results show about ${LONG_TITLE} (shorten it)`,
    ]);
    // Characters, not UTF-16 units: 110 Chinese characters are fine.
    expect(lines([article("a", { title: "字".repeat(LONG_TITLE) }), article("b")])).toEqual([]);
  });

  it("warns about a missing description and a missing tag list, each grouped across files", () => {
    const problems = editorsCheck([article("a", { descriptionFromBody: true, tags: [] }), article("b", { descriptionFromBody: true, tags: [] })]);
    expect(problems.map((problem) => [problem.file, problem.field, problem.severity])).toEqual([
      ["articles/news/a.md", "description", "warning"],
      ["articles/news/a.md", "tags", "warning"],
      ["articles/news/b.md", "description", "warning"],
      ["articles/news/b.md", "tags", "warning"],
    ]);
    expect(new Set(problems.filter((p) => p.field === "tags").map((p) => p.summary)).size).toBe(1);
  });

  it("names a tag only one article has, with the closest tag others use", () => {
    const articles = [article("a", { tags: [term("economy"), term("econmy")] }), article("b"), article("c", { tags: [term("economy"), term("zebra crossings")] })];
    expect(lines(articles)).toEqual([
      'articles/news/a.md: tags: "econmy" is on this article only; did you mean "economy"? (a tag used by other articles)',
      'articles/news/c.md: tags: "zebra crossings" is on this article only (check its spelling; a tag on one article links to nothing else)',
    ]);
  });

  it("names both articles that share a title, whatever the case", () => {
    expect(lines([article("a", { title: "Port traffic" }), article("b", { title: "PORT TRAFFIC" })])).toEqual([
      "articles/news/a.md: title: is the same as the title of articles/news/b.md (readers cannot tell them apart in lists)",
      "articles/news/b.md: title: is the same as the title of articles/news/a.md (readers cannot tell them apart in lists)",
    ]);
  });
});

describe("imagesWithoutAlt", () => {
  it("names each image of a body without alt text, and none with it", () => {
    const html = '<p><img src="/news/img/a.png" alt=""><img src="/news/img/b.png"><img src="/news/img/c.png" alt="A chart"></p>';
    expect(imagesWithoutAlt(article("a"), html).map((problem) => problem.message)).toEqual([
      'image "/news/img/a.png" has no alt text (describe it: ![what it shows](/news/img/a.png))',
      'image "/news/img/b.png" has no alt text (describe it: ![what it shows](/news/img/b.png))',
    ]);
  });
});
