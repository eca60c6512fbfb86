// `npm run check`: validates every article the way the build does, without building. Suits a pre-commit hook.
import { contentDataFor } from "../eleventy/contentData.ts";
import { siteOptions } from "../eleventy/siteOptions.ts";
import { listArticleFiles } from "../io/readArticleSources.ts";
import { plural, reportProblems } from "./reportProblems.ts";

const started = performance.now();
const options = siteOptions(process.env);
const problems = contentDataFor(options).check();
const errors = reportProblems(problems);
const files = listArticleFiles(options.articlesDir).length;
const seconds = ((performance.now() - started) / 1000).toFixed(1);
if (errors > 0) {
  console.error(`\n${plural(errors, "problem")} in ${plural(files, "article file")} (checked in ${seconds} s). The build would stop here.`);
  process.exitCode = 1;
} else {
  console.log(`${plural(files, "article file")} checked in ${seconds} s: no errors${problems.length ? `, ${plural(problems.length, "warning")}` : ""}.`);
}
