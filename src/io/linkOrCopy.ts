// A file of the previous output put into a new one: a hard link shares it (the previous output is never
// written again: a build writes a new folder and swaps it in); where links are not possible (another disk,
// a file system without them), it is copied.
import fs from "node:fs";

export function linkOrCopy(source: string, target: string): void {
  try {
    fs.linkSync(source, target);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") throw error;
    fs.copyFileSync(source, target);
  }
}
