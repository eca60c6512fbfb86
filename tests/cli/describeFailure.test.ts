// What a failed build prints: one line with the fix for what the machine or an article caused, the stack
// trace and a line saying so for a bug.
import { describe, expect, it } from "vitest";
import { describeFailure } from "../../src/cli/describeFailure.ts";

const errno = (code: string, message: string) => Object.assign(new Error(message), { code });
/** As Eleventy wraps what a template threw. */
const wrapped = (inner: unknown) => Object.assign(new Error("Having trouble rendering njk template"), { originalError: inner });

describe("describeFailure", () => {
  it.each([
    ["ENOSPC", "ENOSPC: no space left on device, write", /^error: the disk is full: ENOSPC: .*\(free some space/],
    ["EACCES", "EACCES: permission denied, mkdir '/srv/dist'", /^error: no permission: .*\(make the folder writable, or choose another with --output=…\)$/],
    ["EROFS", "EROFS: read-only file system, open '/srv/dist/x'", /^error: the file system is read-only: .*\(choose a writable folder/],
    ["ENOTDIR", "ENOTDIR: not a directory, mkdir '/srv/file/dist'", /^error: a file is in the way where a folder is needed/],
  ])("says what the machine did (%s) in one line with the fix", (code, message, line) => {
    const failure = describeFailure(wrapped(errno(code, message)), { output: "dist" });
    expect(failure.bug).toBe(false);
    expect(failure.lines).toHaveLength(1);
    expect(failure.lines[0]).toMatch(line);
  });

  it("reads the code from the text of an error a thread sent", () => {
    const failure = describeFailure(new Error("could not write economy/index.html: ENOSPC: no space left on device, write"), { output: "dist" });
    expect(failure.lines[0]).toMatch(/^error: the disk is full: could not write economy\/index\.html/);
  });

  it("names the article whose rendering failed, without a stack trace", () => {
    const failure = describeFailure(wrapped(new RangeError("Maximum call stack size exceeded")), { output: "dist", article: "articles/news/deep.md" });
    expect(failure).toEqual({
      bug: false,
      lines: [
        "error: articles/news/deep.md: this article could not be rendered: Maximum call stack size exceeded " +
          "(look for unusual markup in it, such as deeply nested HTML; if it looks fine, please report this with the article)",
      ],
    });
  });

  it("calls anything else a bug: the innermost stack trace, and a line saying so", () => {
    const inner = new TypeError("Cannot read properties of undefined (reading 'slug')");
    const failure = describeFailure(wrapped(inner), { output: "dist" });
    expect(failure.bug).toBe(true);
    expect(failure.lines[0]).toBe(inner.stack);
    expect(failure.lines.at(-1)).toContain("This is a bug in the site generator, not a problem with your articles");
  });
});
