// The baseline of `npm run bench`: a bare Eleventy build of the same corpus. Every article is a markdown
// template as Eleventy sees it by default (its front-matter `tags` make collections), one Nunjucks layout,
// no related links, no search. Run with --input=<corpus> --output=<dir>.
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));

export default function (eleventyConfig) {
  // Corpora live under bench/out/, which .gitignore lists: Eleventy would otherwise skip every article.
  eleventyConfig.setUseGitIgnore(false);
  eleventyConfig.addGlobalData("layout", "article.njk");
  // Eleventy resolves layouts from the input folder, and the corpus can live anywhere.
  const layouts = path.relative(path.resolve(eleventyConfig.directories.input), here);
  return {
    dir: { includes: layouts, layouts },
    templateFormats: ["md"],
    // Articles contain {{ and {% in code samples: markdown is not run through a template engine.
    markdownTemplateEngine: false,
  };
}
