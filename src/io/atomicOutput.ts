// A build writes into a staging folder beside the output folder; only a finished, checked build replaces it.
import fs from "node:fs";
import path from "node:path";

/** The staging folder for `outputDir`: a hidden sibling, on the same file system so the swap is a rename. */
export function stagingDirFor(outputDir: string): string {
  const resolved = path.resolve(outputDir);
  return path.join(path.dirname(resolved), `.${path.basename(resolved)}-staging`);
}

export function prepareStaging(outputDir: string): string {
  const staging = stagingDirFor(outputDir);
  fs.rmSync(staging, { recursive: true, force: true });
  fs.mkdirSync(staging, { recursive: true });
  return staging;
}

/** Replaces `outputDir` with the staged build. The old output stays until the new one is in place. */
export function publishStaging(outputDir: string): void {
  const resolved = path.resolve(outputDir);
  const staging = stagingDirFor(resolved);
  const previous = path.join(path.dirname(resolved), `.${path.basename(resolved)}-previous`);
  fs.rmSync(previous, { recursive: true, force: true });
  if (fs.existsSync(resolved)) fs.renameSync(resolved, previous);
  fs.renameSync(staging, resolved);
  fs.rmSync(previous, { recursive: true, force: true });
}

export function discardStaging(outputDir: string): void {
  fs.rmSync(stagingDirFor(outputDir), { recursive: true, force: true });
}
