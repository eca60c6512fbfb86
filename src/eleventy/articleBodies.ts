// Article bodies on their pages. Layouts write `{{ article | articleBody | safe }}`; the filter renders
// layouts/partials/article-body.njk (table of contents and body) with the article's rendered markdown.
// In a production build the markdown is rendered on the article thread (src/io/ArticleWorker.ts) while this
// thread renders pages: the filter then leaves a marker, and `fill` puts the partial in its place once the
// body has arrived. Markdown was over a quarter of this thread's work. The marker cannot come from content:
// text from front matter is escaped, and the body is not in the page yet.
import type UserConfig from "@11ty/eleventy/UserConfig";
import type { Article } from "../content/types.ts";
import type { ArticleWorker } from "../io/ArticleWorker.ts";
import type { RenderedBody } from "../markdown/renderBody.ts";
import { tableOfContents } from "../publish/tableOfContents.ts";
import { articleRendered } from "./buildReport.ts";

const MARKER = "<!--article-body:";
const PARTIAL = "partials/article-body.njk";

interface NunjucksEnvironment {
  addFilter(name: string, filter: unknown): void;
  getTemplate(name: string, eagerCompile: boolean): { render(context: object): string };
}

export interface ArticleBodies {
  /** Bodies of `articles` come from the thread from now on (a production build), or are rendered here. */
  startBuild(thread: { worker: ArticleWorker; articles: readonly Article[] } | undefined): void;
  /** The page with its article body in place of the marker; waits for the body if it has not arrived. */
  fill(page: string): string | Promise<string>;
}

export function addArticleBodies(
  eleventyConfig: UserConfig,
  helpers: { renderBody: (article: Article) => RenderedBody; readingMinutes: (article: Article) => number },
): ArticleBodies {
  let env: NunjucksEnvironment | undefined;
  let partial: { render(context: object): string } | undefined;
  let thread: { worker: ArticleWorker; articles: readonly Article[]; index: Map<Article, number> } | undefined;

  const render = (article: Article, body: RenderedBody) =>
    (partial ??= env!.getTemplate(PARTIAL, true)).render({ body, toc: tableOfContents(body.headings, helpers.readingMinutes(article)) });

  eleventyConfig.amendLibrary("njk", (nunjucks: NunjucksEnvironment) => {
    env = nunjucks;
    nunjucks.addFilter("articleBody", (article: Article) => {
      articleRendered();
      const index = thread?.index.get(article);
      return index === undefined ? render(article, helpers.renderBody(article)) : `${MARKER}${index}-->`;
    });
  });

  return {
    startBuild(next) {
      partial = undefined; // the dev server may have reloaded the layouts
      thread = next && { ...next, index: new Map(next.articles.map((article, i) => [article, i])) };
    },
    fill(page) {
      const at = page.indexOf(MARKER);
      if (at === -1 || !thread) return page;
      const end = page.indexOf("-->", at);
      const index = Number(page.slice(at + MARKER.length, end));
      const article = thread.articles[index]!;
      const put = (body: RenderedBody | undefined) => page.slice(0, at) + render(article, body ?? helpers.renderBody(article)) + page.slice(end + 3);
      const body = thread.worker.body(index);
      return body instanceof Promise ? body.then(put) : put(body);
    },
  };
}
