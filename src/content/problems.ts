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
  /** How many more files have the same problem without being listed (a broken link's pages past the first few). */
  alsoIn?: number;
}

export function formatProblem(problem: Problem): string {
  const field = problem.field ? `${problem.field}: ` : "";
  return `${problem.file}: ${field}${problem.message}`;
}

/** Warnings first, errors last (the lines that stop the build end the report), then by file. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) =>
      rank(a) - rank(b) || compare(a.file, b.file) || compare(a.field ?? "", b.field ?? "") || compare(a.message, b.message),
  );
}

const rank = (p: Problem) => (p.severity === "error" ? 1 : 0);

/** How many files a summary line names before it stops. */
const FIRST_FILES = 3;

/**
 * The lines of a report, each with its severity: warnings, then errors. Problems that share a summary and
 * come from more than one file are one line (`512 articles: authorlink: … (first in a.md, b.md, c.md)`),
 * the most common first; then every other problem on a line of its own, by file.
 */
export function reportLines(problems: readonly Problem[]): { severity: Problem["severity"]; text: string }[] {
  const groups = new Map<string, Problem[]>();
  const single: Problem[] = [];
  for (const problem of problems) {
    if (problem.summary === undefined) {
      single.push(problem);
      continue;
    }
    const key = `${problem.severity}\n${problem.summary}`;
    const group = groups.get(key);
    if (group) group.push(problem);
    else groups.set(key, [problem]);
  }
  const grouped: { severity: Problem["severity"]; summary: string; files: string[]; count: number }[] = [];
  for (const group of groups.values()) {
    const files = [...new Set(group.map((problem) => problem.file))].sort(compare);
    const count = files.length + group.reduce((sum, problem) => sum + (problem.alsoIn ?? 0), 0);
    if (count === 1) single.push(...group);
    else grouped.push({ severity: group[0]!.severity, summary: group[0]!.summary!, files, count });
  }
  grouped.sort((a, b) => b.count - a.count || compare(a.summary, b.summary));
  const lines: { severity: Problem["severity"]; text: string }[] = [];
  for (const severity of ["warning", "error"] as const) {
    for (const group of grouped.filter((g) => g.severity === severity)) {
      lines.push({ severity, text: `${group.count} articles: ${group.summary} (first in ${firstFiles(group.files, group.count)})` });
    }
    for (const problem of sortProblems(single.filter((p) => p.severity === severity))) lines.push({ severity, text: formatProblem(problem) });
  }
  return lines;
}

/** "articles/blog/a.md, b.md, c.md, … and 509 more": the first in full, the next as short as their folder allows. */
function firstFiles(files: readonly string[], count: number): string {
  const first = files[0]!;
  const folder = first.slice(0, first.lastIndexOf("/") + 1);
  const shown = files.slice(0, FIRST_FILES).map((file, i) => (i > 0 && folder && file.startsWith(folder) && !file.slice(folder.length).includes("/") ? file.slice(folder.length) : file));
  return shown.join(", ") + (count > shown.length ? `, … and ${count - shown.length} more` : "");
}
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
