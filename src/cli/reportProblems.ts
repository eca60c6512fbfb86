// Prints problems for authors: errors and warnings, one line each, errors first; broken links by article.
import type { BrokenLink } from "../check/LinkChecker.ts";
import { formatProblem, sortProblems, type Problem } from "../content/problems.ts";
import { SettingError } from "../dates/buildTime.ts";
import type { Article } from "../content/types.ts";

/** Prints every problem; returns the number of errors. */
export function reportProblems(problems: readonly Problem[]): number {
  let errors = 0;
  for (const problem of sortProblems(problems)) {
    if (problem.severity === "error") {
      errors++;
      console.error(`error: ${formatProblem(problem)}`);
    } else console.warn(`warning: ${formatProblem(problem)}`);
  }
  return errors;
}

/** `compute()`; a setting from the environment that cannot be used ends the command with its one line and exit code 1. */
export function exitOnSettingError<T>(compute: () => T): T {
  try {
    return compute();
  } catch (error) {
    if (!(error instanceof SettingError)) throw error;
    console.error(`error: ${error.message}`);
    process.exit(1);
  }
}

export const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;

/** Prints each broken link, naming the article file an author can open where the page is an article's. */
export function reportBrokenLinks(broken: readonly BrokenLink[], articles: readonly Article[], outputShown: string): void {
  const sources = new Map(articles.map((article) => [`${article.url.slice(1)}index.html`, article.sourcePath]));
  for (const link of broken) {
    const others = link.alsoOn > 0 ? ` (and on ${plural(link.alsoOn, "other page")})` : "";
    const where = sources.get(link.page) ?? `${outputShown}/${link.page}`;
    console.error(`error: ${where}: link ${JSON.stringify(link.href)} ${link.reason}${others}`);
  }
}
