// Summaries and search text see the words of an article, never its syntax: shortcodes, footnote marks,
// attributes and callout markers. The page renderer and the text instance read a body alike.
import { describe, expect, it } from "vitest";
import { createMarkdown } from "../../src/markdown/createMarkdown.ts";
import { createTextMarkdown } from "../../src/markdown/createTextMarkdown.ts";
import { leadParagraph } from "../../src/markdown/leadParagraph.ts";
import { plainText, searchText } from "../../src/markdown/plainText.ts";
import { renderBodyAndText } from "../../src/markdown/renderBody.ts";

const md = createMarkdown();
const textMd = createTextMarkdown();
const env = { sourceDir: "blog", pathPrefix: "/" };

const BODY = [
  "{% include \"banner.njk\" %}",
  "",
  "**分享嘉宾：**肖源 talks about {{< gallery dir=\"/img\" >}} galleries.[^1]",
  "",
  "## Use cases {: #examples }",
  "",
  "{% Aside 'caution' %}",
  "Mind the {% indieweblink \"gap\", \"https://example.org\" %} here.",
  "{% endAside %}",
  "",
  "::: tip Pro tip",
  "Write tests.",
  ":::",
  "",
  "{{< youtube hjD9jTi_DQ4 >}}",
  "",
  "A paragraph.",
  "{: .note}",
  "",
  "[^1]: The footnote text.",
  "",
].join("\n");

const SYNTAX = ["{%", "%}", "{{<", ">}}", "{{%", "[^", ":::", "{:", "{#", "**", "indieweblink", "gallery", "include"];

describe("the text of an article", () => {
  it("has the words and none of the syntax, for search and for a summary", () => {
    const search = renderBodyAndText(md, BODY, env).text;
    const lead = leadParagraph(textMd, BODY);
    for (const text of [search, lead]) for (const syntax of SYNTAX) expect(text).not.toContain(syntax);
    expect(search.split(/\s+/).filter(Boolean)).toEqual(
      "分享嘉宾：肖源 talks about galleries. Use cases Mind the here. Write tests. A paragraph. The footnote text.".split(" "),
    );
    expect(lead).toBe("分享嘉宾：肖源 talks about galleries.");
  });

  it("is the same from the page renderer and from the text instance", () => {
    expect(renderBodyAndText(md, BODY, env).text).toBe(searchText(textMd.parse(BODY, {})));
    expect(plainText(textMd.parse(BODY, {})).lead).toBe(plainText(md.parse(BODY, { ...env })).lead);
  });

  it("leaves a footnote mark out of a summary when its note is far down a long body", () => {
    const filler = Array.from({ length: 40 }, (_, i) => `Paragraph ${i} has some words in it to make the body long.`).join("\n\n");
    const body = `The lead, with a note.[^a]\n\n${filler}\n\n[^a]: The note.\n`;
    expect(body.length).toBeGreaterThan(1500);
    expect(leadParagraph(textMd, body)).toBe("The lead, with a note.");
  });

  it("leaves an unknown shortcode out of a summary, even as the whole first paragraph", () => {
    expect(leadParagraph(textMd, '{% youtubeVideo "x" %}\n\nThe real lead.\n')).toBe("The real lead.");
    expect(leadParagraph(textMd, "Some {{< gallery >}} words.\n")).toBe("Some words.");
  });
});
