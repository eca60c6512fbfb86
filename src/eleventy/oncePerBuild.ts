// `{{ "partials/site-header.njk" | oncePerBuild | safe }}`: a partial that is the same on every page,
// rendered on the first page of a build and reused by the rest. The site header loops over every category
// on every page: at 10k articles that was a quarter of a million loop steps for identical markup. The
// partial sees only global data (site, model), never a page's own variables.
import type UserConfig from "@11ty/eleventy/UserConfig";

interface NunjucksEnvironment {
  addFilter(name: string, filter: unknown): void;
  getTemplate(name: string, eagerCompile: boolean): { render(context: object): string };
}

export function addOncePerBuild(eleventyConfig: UserConfig): void {
  const rendered = new Map<string, string>();
  eleventyConfig.on("eleventy.before", () => rendered.clear());
  eleventyConfig.amendLibrary("njk", (env: NunjucksEnvironment) => {
    env.addFilter("oncePerBuild", function (this: { ctx: { site?: unknown; model?: unknown } }, name: string) {
      let html = rendered.get(name);
      if (html === undefined) rendered.set(name, (html = env.getTemplate(name, true).render({ site: this.ctx.site, model: this.ctx.model })));
      return html;
    });
  });
}
