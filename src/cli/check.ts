// `npm run check`: validates every article the way the build does, without building. Suits a pre-commit hook.
import path from "node:path";
import { listArticleFiles } from "../io/readArticleSources.ts";
import { ArticleStore } from "../pipeline/ArticleStore.ts";
import { settingsFromEnvironment } from "../pipeline/buildSettings.ts";
import { plural, reportProblems, tally } from "./reportProblems.ts";

const started = performance.now();
const settings = settingsFromEnvironment(process.env);
// Nothing is related or rendered: only the articles' problems are wanted.
const problems = new ArticleStore({ ...settings, related: () => [] }).check();
const errors = reportProblems(problems);
const files = listArticleFiles(path.resolve(settings.projectRoot, settings.articlesDir)).length;
const seconds = ((performance.now() - started) / 1000).toFixed(1);
if (errors > 0) {
  console.error(`\n${tally(problems)} in ${plural(files, "article file")} (checked in ${seconds} s). The build would stop here.`);
  process.exitCode = 1;
} else {
  console.log(`${plural(files, "article file")} checked in ${seconds} s: no errors${problems.length ? `, ${plural(problems.length, "warning")}` : ""}.`);
}
