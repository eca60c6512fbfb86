// Reads one data file kept beside the articles (the author records), versioned like the articles so an
// unchanged file is not parsed again.
import fs from "node:fs";
import path from "node:path";
import type { VersionedSource } from "./readArticleSources.ts";

/** The file `name` in the articles folder, or undefined when the site has none. */
export function readDataFile(projectRoot: string, articlesDir: string, name: string): VersionedSource | undefined {
  const file = path.join(articlesDir, name);
  const stat = fs.lstatSync(file, { throwIfNoEntry: false });
  if (!stat) return undefined;
  const relativeDir = path.relative(projectRoot, articlesDir).split(path.sep).join("/");
  const sourcePath = relativeDir ? `${relativeDir}/${name}` : name;
  const version = `${stat.size}:${stat.mtimeMs}`;
  const refused = (why: string) => ({ sourcePath, relativePath: name, version, bytes: new Uint8Array(), refused: why });
  // lstat: a link is never followed, so nothing outside the folder is read.
  if (stat.isSymbolicLink()) return refused("is a symbolic link, which the build does not follow (put the file itself here)");
  if (!stat.isFile()) return refused("is not a regular file (replace it with a YAML file)");
  try {
    return { sourcePath, relativePath: name, version, bytes: fs.readFileSync(file) };
  } catch (error) {
    return refused(`could not be read: ${(error as NodeJS.ErrnoException).code ?? String(error)} (check that the file exists and may be read)`);
  }
}
