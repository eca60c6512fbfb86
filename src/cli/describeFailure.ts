// What a command prints when a build fails for a reason other than the articles' front matter: one line
// that says what failed and, where an article caused it, which file; never a stack trace for something an
// author or the machine caused. Anything else is a bug of ours: the stack trace, with a line saying so.

export interface FailureContext {
  /** The output folder as the author named it ("dist"). */
  output: string;
  /** The article being rendered when it failed, when the build knows it. */
  article?: string;
}

export interface Failure {
  /** What to print, one line each. */
  lines: string[];
  /** True when nothing explains the failure but a bug in the site generator. */
  bug: boolean;
}

/** File-system and process errors an author can fix, by their code. */
const ENVIRONMENT: Record<string, (subject: string, context: FailureContext) => string> = {
  ENOSPC: (subject, { output }) => `the disk is full: ${subject} (free some space, or build onto another disk with --output=…; ${output}/ was not changed)`,
  EDQUOT: (subject) => `the disk quota is used up: ${subject} (free some space, or build onto another disk with --output=…)`,
  EACCES: (subject) => `no permission: ${subject} (make the folder writable, or choose another with --output=…)`,
  EPERM: (subject) => `not permitted: ${subject} (make the folder writable, or choose another with --output=…)`,
  EROFS: (subject) => `the file system is read-only: ${subject} (choose a writable folder with --output=…)`,
  ENOTDIR: (subject) => `a file is in the way where a folder is needed: ${subject} (choose a folder with --output=…)`,
  EISDIR: (subject) => `a folder is in the way where a file is needed: ${subject}`,
  EMFILE: (subject) => `too many open files: ${subject} (raise the limit with ulimit -n, or close other programs)`,
  ENFILE: (subject) => `too many open files on this machine: ${subject} (close other programs and build again)`,
  EBUSY: (subject) => `a file or folder is in use: ${subject} (close programs that use it and build again)`,
  ENOENT: (subject) => `a folder is missing: ${subject} (check that the output folder's parent exists and is writable)`,
  ERR_WORKER_OUT_OF_MEMORY: (_subject, { article }) =>
    article
      ? "rendering this article ran out of the article thread's memory (split the article; on a machine with more memory, raise SITE_THREAD_MEMORY_MB)"
      : "a build thread ran out of memory (raise SITE_THREAD_MEMORY_MB if it is set, or build on a machine with more memory)",
};

/** The chain of errors Eleventy and Nunjucks wrap around the one that was thrown. */
function chain(error: unknown): unknown[] {
  const errors: unknown[] = [];
  for (let current = error; current !== undefined && current !== null && errors.length < 10; ) {
    errors.push(current);
    const next = (current as { originalError?: unknown; cause?: unknown }).originalError ?? (current as { cause?: unknown }).cause;
    if (next === current) break;
    current = next;
  }
  return errors;
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** The errno-style code of an error: its `code`, or the first one named in its message (threads send text). */
function codeOf(error: unknown): string | undefined {
  const code = (error as { code?: unknown }).code;
  if (typeof code === "string" && code in ENVIRONMENT) return code;
  return /\b(E[A-Z]{3,}|ERR_WORKER_OUT_OF_MEMORY)\b/.exec(messageOf(error))?.[1];
}

export function describeFailure(error: unknown, context: FailureContext): Failure {
  if (error instanceof Error && error.name === "SettingError") return { lines: [`error: ${error.message}`], bug: false };
  const errors = chain(error);
  const innermost = errors.at(-1);
  for (const each of errors) {
    const code = codeOf(each);
    const describe = code ? ENVIRONMENT[code] : undefined;
    if (describe) {
      const subject = messageOf(each).replace(/^Error: /, "");
      const where = context.article ? `${context.article}: ` : "";
      return { lines: [`error: ${where}${describe(subject, context)}`], bug: false };
    }
  }
  if (context.article) {
    return {
      lines: [
        `error: ${context.article}: this article could not be rendered: ${messageOf(innermost)} ` +
          "(look for unusual markup in it, such as deeply nested HTML; if it looks fine, please report this with the article)",
      ],
      bug: false,
    };
  }
  const stack = innermost instanceof Error && innermost.stack ? innermost.stack : messageOf(innermost);
  return {
    lines: [
      stack,
      "",
      "This is a bug in the site generator, not a problem with your articles. Please report it with the lines above.",
    ],
    bug: true,
  };
}
