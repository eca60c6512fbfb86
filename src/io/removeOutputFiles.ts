// Removes files that left the site from an output folder the dev server keeps between rebuilds, and the
// folders they leave empty. Never anything outside the folder.
import fs from "node:fs";
import path from "node:path";

export function removeOutputFiles(outputDir: string, files: readonly string[]): void {
  const root = path.resolve(outputDir);
  for (const file of files) {
    const target = path.resolve(root, file);
    if (!target.startsWith(root + path.sep)) continue;
    fs.rmSync(target, { force: true });
    for (let folder = path.dirname(target); folder.startsWith(root + path.sep); folder = path.dirname(folder)) {
      try {
        fs.rmdirSync(folder);
      } catch {
        break; // not empty, or already gone
      }
    }
  }
}
