// A build writes into a staging folder beside the output folder; only a finished, checked build replaces it.
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

/** The staging folder for `outputDir`: a hidden sibling, on the same file system so the swap is a rename. */
export function stagingDirFor(outputDir: string): string {
  const resolved = path.resolve(outputDir);
  return path.join(path.dirname(resolved), `.${path.basename(resolved)}-staging`);
}

export function prepareStaging(outputDir: string): string {
  const staging = stagingDirFor(outputDir);
  // Old sites whose background deletion was cut short (the machine stopped) go now.
  const resolved = path.resolve(outputDir);
  const leftover = `.${path.basename(resolved)}-previous-`;
  const parent = path.dirname(resolved);
  for (const name of fs.existsSync(parent) ? fs.readdirSync(parent) : []) {
    if (name.startsWith(leftover)) removeInBackground(path.join(parent, name));
  }
  fs.rmSync(staging, { recursive: true, force: true });
  fs.mkdirSync(staging, { recursive: true });
  return staging;
}

/**
 * Replaces `outputDir` with the staged build: two renames, so readers of the output folder see the old site
 * or the new one, never a mix. The old site is then deleted in the background.
 */
export function publishStaging(outputDir: string): void {
  const resolved = path.resolve(outputDir);
  const staging = stagingDirFor(resolved);
  const previous = path.join(path.dirname(resolved), `.${path.basename(resolved)}-previous-${process.pid}-${Date.now()}`);
  const hadOutput = fs.existsSync(resolved);
  if (hadOutput) fs.renameSync(resolved, previous);
  fs.renameSync(staging, resolved);
  if (hadOutput) removeInBackground(previous);
}

export function discardStaging(outputDir: string): void {
  fs.rmSync(stagingDirFor(outputDir), { recursive: true, force: true });
}

/**
 * Deleting a big site's files takes seconds and nobody waits for it: a detached
 * `rm -rf` does it after the build has returned. Where there is no `rm`, it is deleted before returning.
 */
function removeInBackground(folder: string): void {
  if (process.platform === "win32") {
    fs.rmSync(folder, { recursive: true, force: true });
    return;
  }
  const child = spawn("rm", ["-rf", folder], { detached: true, stdio: "ignore" });
  child.on("error", () => fs.rmSync(folder, { recursive: true, force: true }));
  child.unref();
}
