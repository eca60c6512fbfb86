// Article bodies on their pages. Layouts write `{{ article | articleBody | safe }}`; the filter renders
// layouts/partials/article-body.njk (table of contents and body) with the article's rendered markdown, or,
// when the article thread renders the body (a production build), leaves the run's slot for it, which the
// run fills before the page is written (src/pipeline/BodySlots.ts).
import type UserConfig from "@11ty/eleventy/UserConfig";
import type { Article } from "../content/types.ts";
import type { RenderedBody } from "../markdown/renderBody.ts";
import { tableOfContents } from "../markdown/tableOfContents.ts";
import type { BuildRun } from "../pipeline/BuildRun.ts";
import type { SiteBuild } from "../pipeline/SiteBuild.ts";
import type { FilterHelpers } from "./filters.ts";

const PARTIAL = "partials/article-body.njk";

interface NunjucksEnvironment {
  addFilter(name: string, filter: unknown): void;
  getTemplate(name: string, eagerCompile: boolean): { render(context: object): string };
}

export interface ArticleBodies {
  /** The markup around a body on its page. */
  place: (article: Article, body: RenderedBody) => string;
  /** A body rendered on this thread. */
  renderHere: (article: Article) => RenderedBody;
}

export function addArticleBodies(eleventyConfig: UserConfig, build: SiteBuild, helpers: FilterHelpers): ArticleBodies {
  let env: NunjucksEnvironment | undefined;
  // Compiled once per run: the dev server may have reloaded the layouts.
  const partials = new WeakMap<BuildRun, { render(context: object): string }>();
  const partial = () => {
    let template = partials.get(build.run);
    if (!template) partials.set(build.run, (template = env!.getTemplate(PARTIAL, true)));
    return template;
  };
  const place = (article: Article, body: RenderedBody) =>
    partial().render({ body, toc: tableOfContents(body.headings, helpers.readingMinutes(article)) });

  eleventyConfig.amendLibrary("njk", (nunjucks: NunjucksEnvironment) => {
    env = nunjucks;
    nunjucks.addFilter("articleBody", (article: Article) => {
      const run = build.run;
      run.articleRendered();
      return run.blame(article, () => run.bodySlot(article) ?? place(article, helpers.renderBody(article)));
    });
  });
  return { place, renderHere: helpers.renderBody };
}
