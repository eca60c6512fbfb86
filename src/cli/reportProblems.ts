// Prints problems for authors: warnings, then errors (the lines that stop the build are the last ones), the
// same warning in many files as one line.
import { reportLines, type Problem } from "../content/problems.ts";

/** Prints every problem; returns the number of errors. */
export function reportProblems(problems: readonly Problem[]): number {
  for (const line of reportLines(problems)) {
    if (line.severity === "error") console.error(`error: ${line.text}`);
    else console.warn(`warning: ${line.text}`);
  }
  return problems.filter((problem) => problem.severity === "error").length;
}

export const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;

/** "2 errors and 512 warnings": what a closing line says of the problems above it. */
export function tally(problems: readonly Problem[]): string {
  const errors = problems.filter((problem) => problem.severity === "error").length;
  return `${plural(errors, "error")} and ${plural(problems.length - errors, "warning")}`;
}
