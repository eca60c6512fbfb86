// `npm run check`: every problem the build would stop at (front matter, addresses, links in the articles),
// found in one round without building, and an editor's warnings (long titles, missing descriptions, images
// without alt text, untagged articles, tags used once, titles used twice). Suits a pre-commit hook.
import path from "node:path";
import { listArticleFiles } from "../io/readArticleSources.ts";
import { createMarkdown } from "../markdown/createMarkdown.ts";
import { ArticleStore } from "../pipeline/ArticleStore.ts";
import { articleProblems } from "../pipeline/articleProblems.ts";
import { settingsFromEnvironment } from "../pipeline/buildSettings.ts";
import { plural, reportProblems, tally } from "./reportProblems.ts";
import { runCommand } from "./runCommand.ts";

await runCommand(() => {
  const started = performance.now();
  const settings = settingsFromEnvironment(process.env);
  // Nothing is related: only the articles' problems are wanted.
  const compiled = new ArticleStore({ ...settings, related: () => [] }).compile(false);
  const problems = articleProblems(createMarkdown(), compiled, settings, { editor: true });
  const errors = reportProblems(problems);
  const files = listArticleFiles(path.resolve(settings.projectRoot, settings.articlesDir)).length;
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (errors > 0) {
    console.error(`\n${tally(problems)} in ${plural(files, "article file")} (checked in ${seconds} s). The build would stop here.`);
    return 1;
  }
  console.log(`${plural(files, "article file")} checked in ${seconds} s: no errors${problems.length ? `, ${plural(problems.length, "warning")}` : ""}.`);
  return 0;
});
