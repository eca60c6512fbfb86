// The markdown articles may use, case by case: each fixture file (tests/markdown/fixtures/) holds markdown
// and the HTML the page renderer makes of it, side by side.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createMarkdown } from "../../src/markdown/createMarkdown.ts";
import { renderBody } from "../../src/markdown/renderBody.ts";
import { readFixtures } from "../support/markdownFixtures.ts";

const FIXTURES = path.join(import.meta.dirname, "fixtures");
const md = createMarkdown();
// The article is blog/this.md; blog/other.md is another article.
const articles: Record<string, string> = { "blog/other.md": "/blog/other/" };
const env = { sourceDir: "blog", pathPrefix: "/", articleUrl: (sourcePath: string) => articles[sourcePath] };

for (const file of fs.readdirSync(FIXTURES).filter((name) => name.endsWith(".txt")).sort()) {
  describe(file, () => {
    for (const fixture of readFixtures(path.join(FIXTURES, file))) {
      it(`${fixture.title} (line ${fixture.line})`, () => {
        expect(renderBody(md, fixture.input, env).html).toBe(fixture.expected);
      });
    }
  });
}
