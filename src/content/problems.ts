// Problems found in content, written for authors: `file: field: what is wrong (how to fix it)`.

export interface Problem {
  /** Source file relative to the project root, e.g. "articles/economy/tax.md". */
  file: string;
  /** Front-matter field the problem is about; absent for problems with the file as a whole. */
  field?: string;
  /** What is wrong and, in parentheses, how to fix it. */
  message: string;
  severity: "error" | "warning";
  /**
   * The same thing said of many files: problems with the same summary are reported as one line
   * (`warning: 512 articles: authorlink: not a known field (first in a.md, b.md, c.md)`). Set it on warnings
   * that real sites repeat in many articles; leave it out where each file needs its own line.
   */
  summary?: string;
}

export function formatProblem(problem: Problem): string {
  const field = problem.field ? `${problem.field}: ` : "";
  return `${problem.file}: ${field}${problem.message}`;
}

/** Errors first, then by file, so a long report reads top to bottom. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) =>
      rank(a) - rank(b) || compare(a.file, b.file) || compare(a.field ?? "", b.field ?? "") || compare(a.message, b.message),
  );
}

const rank = (p: Problem) => (p.severity === "error" ? 0 : 1);
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Thrown when content has errors; carries every problem of the build, not just the first. */
export class ContentError extends Error {
  readonly problems: Problem[];
  constructor(problems: readonly Problem[]) {
    const errors = problems.filter((p) => p.severity === "error");
    super(
      `${errors.length} content ${errors.length === 1 ? "error" : "errors"}:\n` +
        sortProblems(errors).map(formatProblem).join("\n"),
    );
    this.name = "ContentError";
    this.problems = [...problems];
  }
}
