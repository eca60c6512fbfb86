// The build replaces its output folder wholesale, so the folder must be one it can safely replace: never the
// project, its sources or articles, nor a folder of other files that only happens to exist.
import fs from "node:fs";
import path from "node:path";

export interface OutputFolderContext {
  projectRoot: string;
  /** Folders that hold the site's sources: the output may not be them, inside them, or above them. */
  sources: readonly string[];
}

/** Why `output` must not be the build's output folder, with the fix; undefined when it is fine. */
export function outputFolderProblem(output: string, context: OutputFolderContext): string | undefined {
  const target = path.resolve(output);
  const fix = "(choose a new or empty folder, such as dist)";
  const inside = (folder: string, parent: string) => {
    const relative = path.relative(parent, folder);
    return relative === "" || (!relative.startsWith("..") && !path.isAbsolute(relative));
  };
  if (inside(path.resolve(context.projectRoot), target)) return `${target} holds the project itself ${fix}`;
  for (const source of context.sources) {
    const folder = path.resolve(context.projectRoot, source);
    if (inside(target, folder) || inside(folder, target)) return `${target} would replace the site's sources in ${folder} ${fix}`;
  }
  const stat = fs.statSync(target, { throwIfNoEntry: false });
  if (stat && !stat.isDirectory()) return `${target} is a file, not a folder ${fix}`;
  const parent = fs.statSync(path.dirname(target), { throwIfNoEntry: false });
  if (parent && !parent.isDirectory()) return `${path.dirname(target)} is a file, so ${target} cannot be made ${fix}`;
  const entries = stat ? fs.readdirSync(target) : [];
  if (entries.length > 0 && !entries.includes("index.html")) {
    return `${target} is not empty and does not look like a built site (it has no index.html) ${fix}`;
  }
  return undefined;
}
