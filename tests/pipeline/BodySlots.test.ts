// Article bodies rendered elsewhere and put into their pages: slots that content cannot forge, bodies that
// arrive late or out of order, and a body the source no longer has.
import { describe, expect, it } from "vitest";
import type { Article } from "../../src/content/types.ts";
import type { RenderedBody } from "../../src/markdown/renderBody.ts";
import { BodySlots, type BodySource } from "../../src/pipeline/BodySlots.ts";

const article = (title: string) => ({ title, body: `${title} body` }) as Article;
const rendered = (html: string): RenderedBody => ({ html, headings: [] });

function slots(articles: Article[], source: BodySource, nonce?: string) {
  return new BodySlots({
    articles,
    source,
    place: (a, body) => `<div data-for="${a.title}">${body.html}</div>`,
    renderHere: (a) => rendered(`<p>here: ${a.body}</p>`),
    nonce,
  });
}

describe("BodySlots", () => {
  it("puts each article's body in its slot, whether it has arrived or arrives later", async () => {
    const a = article("a");
    const b = article("b");
    let release: (body: RenderedBody) => void = () => undefined;
    const late = new Promise<RenderedBody>((resolve) => (release = resolve));
    const bodies = slots([a, b], { body: (i) => (i === 0 ? rendered("<p>A</p>") : late) });
    expect(bodies.fill(`<main>${bodies.slot(a)}</main>`)).toBe('<main><div data-for="a"><p>A</p></div></main>');
    const page = bodies.fill(`<main>${bodies.slot(b)}</main>`);
    expect(page).toBeInstanceOf(Promise);
    release(rendered("<p>B</p>"));
    expect(await page).toBe('<main><div data-for="b"><p>B</p></div></main>');
  });

  it("fills pages whose bodies arrive in another order than the pages ask", async () => {
    const articles = ["a", "b", "c", "d"].map(article);
    const resolvers: ((body: RenderedBody) => void)[] = [];
    const pending = articles.map(() => new Promise<RenderedBody>((resolve) => resolvers.push(resolve)));
    const bodies = slots(articles, { body: (i) => pending[i] });
    const pages = articles.map((a) => bodies.fill(`[${bodies.slot(a)}]`));
    for (const i of [2, 0, 3, 1]) resolvers[i]!(rendered(articles[i]!.title.toUpperCase()));
    expect(await Promise.all(pages)).toEqual(['[<div data-for="a">A</div>]', '[<div data-for="b">B</div>]', '[<div data-for="c">C</div>]', '[<div data-for="d">D</div>]']);
  });

  it("renders a body here when the source has none for it (asked for twice, say)", () => {
    const a = article("a");
    const bodies = slots([a], { body: () => undefined });
    expect(bodies.fill(bodies.slot(a)!)).toBe('<div data-for="a"><p>here: a body</p></div>');
  });

  it("gives no slot for an article whose body is not rendered elsewhere; the filter then renders it", () => {
    const bodies = slots([article("a")], { body: () => rendered("x") });
    expect(bodies.slot(article("not in the build"))).toBeUndefined();
  });

  it("leaves a page without its slot as it is", () => {
    const bodies = slots([article("a")], { body: () => rendered("x") });
    expect(bodies.fill("<p>no body here</p>")).toBe("<p>no body here</p>");
  });

  it("cannot be forged by text or code on the page: only this build's nonce fills", () => {
    const a = article("a");
    const b = article("b");
    const source = { body: (i: number) => rendered(i === 0 ? "<p>A</p>" : "<p>B</p>") };
    const bodies = slots([a, b], source, "nonce-of-this-build");
    // What an article could put on a page before the body: a comment like a slot, as text or in code.
    const forged = [
      "<!--article-body:1-->",
      "<!--article-body:nonce-of-another-build:1-->",
      "&lt;!--article-body:nonce-of-this-build:1--&gt;",
      "<code>&lt;!--article-body:1--&gt;</code>",
    ].join("\n");
    const page = `${forged}\n${bodies.slot(a)}\n<footer>end</footer>`;
    expect(bodies.fill(page)).toBe(`${forged}\n<div data-for="a"><p>A</p></div>\n<footer>end</footer>`);
  });

  it("draws a new nonce for each build", () => {
    const a = article("a");
    const first = slots([a], { body: () => undefined }).slot(a);
    const second = slots([a], { body: () => undefined }).slot(a);
    expect(first).toMatch(/^<!--article-body:[A-Za-z0-9_-]{12}:0-->$/);
    expect(second).not.toBe(first);
  });
});
