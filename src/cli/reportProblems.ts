// Prints content problems for authors: errors and warnings, one line each, errors first.
import { formatProblem, sortProblems, type Problem } from "../content/problems.ts";

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

export const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;
