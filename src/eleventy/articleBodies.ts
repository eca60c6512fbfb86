// Article bodies on their pages. Layouts write `{{ article | articleBody | safe }}` where the body goes and
// `{{ article | articleToc | safe }}` where its table of contents goes (the page's side column); the filters
// render layouts/partials/article-body.njk and article-toc.njk with the article's rendered markdown, or, when
// the article thread renders the body (a production build), leave the run's slots for them, which the run
// fills before the page is written (src/pipeline/BodySlots.ts).
import type UserConfig from "@11ty/eleventy/UserConfig";
import type { Article } from "../content/types.ts";
import type { RenderedBody } from "../markdown/renderBody.ts";
import { tableOfContents } from "../markdown/tableOfContents.ts";
import type { BuildRun } from "../pipeline/BuildRun.ts";
import type { SiteBuild } from "../pipeline/SiteBuild.ts";
import type { FilterHelpers } from "./filters.ts";

const PARTIALS: Record<string, string> = { body: "partials/article-body.njk", toc: "partials/article-toc.njk" };

interface NunjucksEnvironment {
  addFilter(name: string, filter: unknown): void;
  getTemplate(name: string, eagerCompile: boolean): { render(context: object): string };
}

export interface ArticleBodies {
  /** The markup of one part made from a body: "body" or "toc". */
  place: (article: Article, body: RenderedBody, part: string) => string;
  /** A body rendered on this thread. */
  renderHere: (article: Article) => RenderedBody;
}

export function addArticleBodies(eleventyConfig: UserConfig, build: SiteBuild, helpers: FilterHelpers, text: object): ArticleBodies {
  let env: NunjucksEnvironment | undefined;
  // Compiled once per run: the dev server may have reloaded the layouts.
  const partials = new WeakMap<BuildRun, Map<string, { render(context: object): string }>>();
  const partial = (part: string) => {
    let templates = partials.get(build.run);
    if (!templates) partials.set(build.run, (templates = new Map()));
    let template = templates.get(part);
    if (!template) templates.set(part, (template = env!.getTemplate(PARTIALS[part] ?? PARTIALS.body!, true)));
    return template;
  };
  const place = (article: Article, body: RenderedBody, part: string) => {
    if (part === "body") build.run.bodyRendered(article, body);
    return partial(part).render(part === "toc" ? { toc: tableOfContents(body.headings, helpers.readingMinutes(article)), t: text } : { body });
  };
  // Without the article thread (the dev server) a page renders its body once for both parts.
  const renderedHere = new WeakMap<BuildRun, WeakMap<Article, RenderedBody>>();
  const renderHere = (article: Article) => {
    let bodies = renderedHere.get(build.run);
    if (!bodies) renderedHere.set(build.run, (bodies = new WeakMap()));
    let body = bodies.get(article);
    if (!body) bodies.set(article, (body = helpers.renderBody(article)));
    return body;
  };

  eleventyConfig.amendLibrary("njk", (nunjucks: NunjucksEnvironment) => {
    env = nunjucks;
    nunjucks.addFilter("articleBody", (article: Article) => {
      const run = build.run;
      run.articleRendered();
      return run.blame(article, () => run.bodySlot(article) ?? place(article, renderHere(article), "body"));
    });
    nunjucks.addFilter("articleToc", (article: Article) => build.run.bodySlot(article, "toc") ?? place(article, renderHere(article), "toc"));
  });
  return { place, renderHere: helpers.renderBody };
}
