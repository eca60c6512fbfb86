// Partials whose markup does not depend on the page they are on, rendered once and reused:
//   {{ "partials/site-header.njk" | oncePerBuild | safe }}        the same on every page
//   {{ "partials/card.njk" | oncePerArticle(article) | safe }}    the same wherever the article is listed
// On a large site the site header loops over every category on every page, and each article's card shows on
// its category's pages, its tags' pages and maybe the home page. A shared partial sees only global data
// (site, paths, model, the interface's words t) and, per article, `article`: never a page's own variables. Each run of Eleventy
// starts with nothing rendered.
import type UserConfig from "@11ty/eleventy/UserConfig";
import type { Article } from "../content/types.ts";
import type { BuildRun } from "../pipeline/BuildRun.ts";
import type { SiteBuild } from "../pipeline/SiteBuild.ts";

interface NunjucksEnvironment {
  addFilter(name: string, filter: unknown): void;
  getTemplate(name: string, eagerCompile: boolean): { render(context: object): string };
}

type FilterThis = { ctx: { site?: unknown; paths?: unknown; model?: unknown; t?: unknown } };

interface Rendered {
  perBuild: Map<string, string>;
  perArticle: Map<string, WeakMap<Article, string>>;
}

export function addSharedPartials(eleventyConfig: UserConfig, build: SiteBuild): void {
  const byRun = new WeakMap<BuildRun, Rendered>();
  const rendered = () => {
    let cache = byRun.get(build.run);
    if (!cache) byRun.set(build.run, (cache = { perBuild: new Map(), perArticle: new Map() }));
    return cache;
  };
  eleventyConfig.amendLibrary("njk", (env: NunjucksEnvironment) => {
    const render = (name: string, ctx: FilterThis["ctx"], article?: Article) =>
      env.getTemplate(name, true).render({ site: ctx.site, paths: ctx.paths, model: ctx.model, t: ctx.t, article });
    env.addFilter("oncePerBuild", function (this: FilterThis, name: string) {
      const { perBuild } = rendered();
      let html = perBuild.get(name);
      if (html === undefined) perBuild.set(name, (html = render(name, this.ctx)));
      return html;
    });
    env.addFilter("oncePerArticle", function (this: FilterThis, name: string, article: Article) {
      const { perArticle } = rendered();
      let byArticle = perArticle.get(name);
      if (!byArticle) perArticle.set(name, (byArticle = new WeakMap()));
      let html = byArticle.get(article);
      if (html === undefined) byArticle.set(article, (html = build.run.blame(article, () => render(name, this.ctx, article))));
      return html;
    });
  });
}
