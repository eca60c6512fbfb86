// Partials whose markup does not depend on the page they are on, rendered once and reused:
//   {{ "partials/site-header.njk" | oncePerBuild | safe }}        the same on every page
//   {{ "partials/card.njk" | oncePerArticle(article) | safe }}    the same wherever the article is listed
// At 10k articles the site header looped over every category on 13k pages, and list pages rendered 62k
// cards for 10k articles (each shows on its category's pages, its tags' pages and maybe the home page).
// A shared partial sees only global data (site, model) and, per article, `article`: never a page's own
// variables. The cache is emptied when a build starts.
import type UserConfig from "@11ty/eleventy/UserConfig";
import type { Article } from "../content/types.ts";

interface NunjucksEnvironment {
  addFilter(name: string, filter: unknown): void;
  getTemplate(name: string, eagerCompile: boolean): { render(context: object): string };
}

type FilterThis = { ctx: { site?: unknown; model?: unknown } };

export function addSharedPartials(eleventyConfig: UserConfig): void {
  const perBuild = new Map<string, string>();
  const perArticle = new Map<string, WeakMap<Article, string>>();
  eleventyConfig.on("eleventy.before", () => {
    perBuild.clear();
    perArticle.clear();
  });
  eleventyConfig.amendLibrary("njk", (env: NunjucksEnvironment) => {
    env.addFilter("oncePerBuild", function (this: FilterThis, name: string) {
      let html = perBuild.get(name);
      if (html === undefined) perBuild.set(name, (html = env.getTemplate(name, true).render({ site: this.ctx.site, model: this.ctx.model })));
      return html;
    });
    env.addFilter("oncePerArticle", function (this: FilterThis, name: string, article: Article) {
      let byArticle = perArticle.get(name);
      if (!byArticle) perArticle.set(name, (byArticle = new WeakMap()));
      let html = byArticle.get(article);
      if (html === undefined) {
        byArticle.set(article, (html = env.getTemplate(name, true).render({ site: this.ctx.site, model: this.ctx.model, article })));
      }
      return html;
    });
  });
}
