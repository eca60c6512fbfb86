import { describe, expect, it } from "vitest";
import { createMarkdown } from "../../src/markdown/createMarkdown.ts";
import { renderBody } from "../../src/markdown/renderBody.ts";

const md = createMarkdown();
const env = { sourceDir: "economy", pathPrefix: "/" };
const render = (body: string, overrides: Partial<typeof env> & { articleUrl?: (p: string) => string | undefined } = {}) =>
  renderBody(md, body, { ...env, ...overrides });

describe("renderBody", () => {
  it("never evaluates template syntax", () => {
    const { html } = render("Text {{ x }} and {% if y %}.\n\n```\n{{ page.title }}\n{% for a in b %}\n```\n");
    // A tag it does not know is kept as it is, marked as code.
    expect(html).toContain('Text {{ x }} and <code class="shortcode">{% if y %}</code>.');
    expect(html).toContain("{{ page.title }}\n{% for a in b %}");
  });

  it("allows raw HTML, since authors are trusted", () => {
    expect(render('<figure class="wide">x</figure>\n').html).toContain('<figure class="wide">x</figure>');
  });

  it("gives headings readable, unique ids and reports them", () => {
    const { html, headings } = render("## The plan\n\n## The plan\n\n### 城市规划\n\n## Main\n");
    expect(headings).toEqual([
      { level: 2, id: "the-plan", text: "The plan" },
      { level: 2, id: "the-plan-1", text: "The plan" },
      { level: 3, id: "城市规划", text: "城市规划" },
      // "main" is the page's own landmark id, so the heading gets another.
      { level: 2, id: "main-1", text: "Main" },
    ]);
    expect(html).toContain('<h2 id="the-plan">The plan</h2>');
  });

  it("starts heading ids afresh for every article", () => {
    expect(render("## Intro\n").headings[0]!.id).toBe("intro");
    expect(render("## Intro\n").headings[0]!.id).toBe("intro");
  });

  it("points relative images and links at the article's folder in the site", () => {
    const { html } = render("![a](img/chart.png) ![b](./img/b.png) ![c](../shared/c.png) [d](files/report.pdf#page=2)\n");
    expect(html).toContain('src="/economy/img/chart.png"');
    expect(html).toContain('src="/economy/img/b.png"');
    expect(html).toContain('src="/shared/c.png"');
    expect(html).toContain('href="/economy/files/report.pdf#page=2"');
  });

  it("adds the path prefix and leaves absolute and external addresses alone", () => {
    const { html } = render("![a](img/x.png) [b](https://example.org/x) [c](/about/) [d](#top) [e](mailto:a@b.c)\n", { pathPrefix: "/news/" });
    expect(html).toContain('src="/news/economy/img/x.png"');
    expect(html).toContain('href="https://example.org/x"');
    expect(html).toContain('href="/about/"');
    expect(html).toContain('href="#top"');
    expect(html).toContain('href="mailto:a@b.c"');
  });

  it("turns links to other articles' files into their addresses", () => {
    const articleUrl = (path: string) => (path === "science/space.md" ? "/science/space/" : undefined);
    const { html } = render("[space](../science/space.md#orbit) [gone](../science/gone.md)\n", { articleUrl });
    expect(html).toContain('href="/science/space/#orbit"');
    expect(html).toContain('href="/science/gone.md"');
  });

  it("rewrites relative addresses in raw HTML too", () => {
    const { html } = render('<img src="img/raw.png" alt="">\n\nText <a href="notes.txt">notes</a>\n');
    expect(html).toContain('<img src="/economy/img/raw.png" alt="">');
    expect(html).toContain('<a href="/economy/notes.txt">');
  });

  it("encodes spaces and keeps Chinese file names", () => {
    const { html } = render("![a](img/my chart.png) ![b](img/图表.png)\n".replace("my chart", "my%20chart"));
    expect(html).toContain('src="/economy/img/my%20chart.png"');
    expect(html).toContain(`src="/economy/img/${encodeURI("图表")}.png"`);
  });
});

describe("renderBodyAndText", () => {
  it("gives the same HTML as renderBody and the text the search index takes from a separate parse", async () => {
    const { renderBodyAndText } = await import("../../src/markdown/renderBody.ts");
    const { createTextMarkdown } = await import("../../src/markdown/createTextMarkdown.ts");
    const { searchText } = await import("../../src/markdown/plainText.ts");
    const source = "# Title\n\nSee https://example.org/a and [b](../x.md).\n\n```js\nconst a = '{{ x }}';\n```\n\n<div>raw <b>html</b></div>\n\n- one\n- two *three*\n";
    const options = { ...env, articleUrl: (p: string) => (p === "x.md" ? "/x/" : undefined) };
    const both = renderBodyAndText(md, source, options);
    expect(both.body).toEqual(renderBody(md, source, options));
    expect(both.text).toBe(searchText(createTextMarkdown().parse(source, {})));
    expect(both.text).toContain("https://example.org/a");
  });
});
