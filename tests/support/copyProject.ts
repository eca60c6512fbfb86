// A copy of the project tree as a clone has it, with node_modules linked in: for builds that must run in a
// project of their own (a changed layout, a tree compared before and after).
import fs from "node:fs";
import path from "node:path";
import { PROJECT_ROOT, tempDir } from "./buildSite.ts";

/** What a fresh clone does not have: ignored output of earlier builds, benchmarks and scratch work. */
const NOT_IN_A_CLONE = new Set(["node_modules", ".git", "dist", "scratch", ".cache", "bench/out"]);

export function copyProject(): string {
  const copy = path.join(tempDir("project-"), "project");
  fs.cpSync(PROJECT_ROOT, copy, {
    recursive: true,
    filter: (source) => {
      const relative = path.relative(PROJECT_ROOT, source).split(path.sep).join("/");
      return !NOT_IN_A_CLONE.has(relative) && !/^\.dist[-.]/.test(relative);
    },
  });
  fs.symlinkSync(path.join(PROJECT_ROOT, "node_modules"), path.join(copy, "node_modules"));
  return copy;
}
