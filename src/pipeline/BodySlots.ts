// Article bodies rendered on the article thread, put into the pages rendered meanwhile on this one. The page
// template leaves a slot (an HTML comment naming the article) where the body goes, and may leave slots for
// other parts made from the rendered body (the table of contents, in the page's side column); `fill`
// replaces them once the body has arrived. The slot holds a nonce drawn for each build: text from front matter is escaped and
// the body is not in the page yet, and even so nothing in an article can write a slot this build would fill.
import { randomBytes } from "node:crypto";
import type { Article } from "../content/types.ts";
import type { RenderedBody } from "../markdown/renderBody.ts";

/** Bodies by article index: at once, later, or undefined when it cannot give one (render it yourself). */
export interface BodySource {
  body(index: number): RenderedBody | Promise<RenderedBody> | undefined;
}

export interface BodySlotsOptions {
  /** The articles whose bodies `source` renders, by index. */
  articles: readonly Article[];
  source: BodySource;
  /** The markup of one part of the page made from the body: "body" (the body itself) or another slot's part. */
  place: (article: Article, body: RenderedBody, part: string) => string;
  /** Renders a body here, when the source has none for it. */
  renderHere: (article: Article) => RenderedBody;
  /** Told when filling an article's page fails, before the error goes on. */
  onFailure?: (article: Article, error: unknown) => void;
  nonce?: string;
}

export class BodySlots {
  private readonly options: BodySlotsOptions;
  private readonly prefix: string;
  private readonly index: Map<Article, number>;

  constructor(options: BodySlotsOptions) {
    this.options = options;
    this.prefix = `<!--article-body:${options.nonce ?? randomBytes(9).toString("base64url")}:`;
    this.index = new Map(options.articles.map((article, i) => [article, i]));
  }

  /** The slot for this article's body (or another part made from it), or undefined when its body is not rendered elsewhere. */
  slot(article: Article, part = "body"): string | undefined {
    const i = this.index.get(article);
    return i === undefined ? undefined : `${this.prefix}${i}${part === "body" ? "" : `:${part}`}-->`;
  }

  /** The page with its slots filled; waits for the body if it has not arrived. A page holds one article's slots. */
  fill(page: string): string | Promise<string> {
    const at = page.indexOf(this.prefix);
    if (at === -1) return page;
    const end = page.indexOf("-->", at);
    const i = Number.parseInt(page.slice(at + this.prefix.length, end), 10);
    const article = this.options.articles[i];
    if (end === -1 || !Number.isInteger(i) || !article) throw new Error(`a page holds an article-body slot for no article (${page.slice(at, at + 60)})`);
    const put = (rendered: RenderedBody | undefined) => {
      const body = rendered ?? this.options.renderHere(article);
      const parts: string[] = [];
      let from = 0;
      for (let next = at; next !== -1; next = page.indexOf(this.prefix, next)) {
        const close = page.indexOf("-->", next);
        const [index, part = "body"] = page.slice(next + this.prefix.length, close).split(":");
        if (Number(index) !== i) throw new Error(`a page holds the slots of two articles (${page.slice(next, next + 60)})`);
        parts.push(page.slice(from, next), this.options.place(article, body, part));
        from = next = close + 3;
      }
      parts.push(page.slice(from));
      return parts.join("");
    };
    const failed = (error: unknown): never => {
      this.options.onFailure?.(article, error);
      throw error;
    };
    try {
      const body = this.options.source.body(i);
      return body instanceof Promise ? body.then(put).catch(failed) : put(body);
    } catch (error) {
      return failed(error);
    }
  }
}
