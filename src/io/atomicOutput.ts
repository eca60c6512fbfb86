// A build writes into a staging folder beside the output folder; only a finished, checked build replaces it.
// The replacement is two renames, so readers of the output folder see the old site or the new one, never a
// mix; a build killed between them leaves the old site under another name, and the next build puts it back
// before anything else. An output folder that is a mount point cannot be renamed: its contents are replaced.
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

/** The file-system calls publishing makes; a test passes others in one line (a rename that says EBUSY). */
export interface PublishFs {
  renameSync(from: string, to: string): void;
  rmSync(target: string, options: { recursive: boolean; force: boolean }): void;
  cpSync(from: string, to: string, options: { recursive: boolean }): void;
  readdirSync(folder: string): string[];
  existsSync(target: string): boolean;
  statSync(target: string): { dev: number };
}

const realFs: PublishFs = fs;

const names = (outputDir: string) => {
  const resolved = path.resolve(outputDir);
  const parent = path.dirname(resolved);
  const base = path.basename(resolved);
  return { resolved, parent, staging: `.${base}-staging-`, previous: `.${base}-previous-` };
};

/** The staging folder of this process for `outputDir`: a hidden sibling, on the same file system. */
export function stagingDirFor(outputDir: string, pid = process.pid): string {
  const { parent, staging } = names(outputDir);
  return path.join(parent, `${staging}${pid}`);
}

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
};

/**
 * What an earlier build left beside the output folder, put right. Call with the output folder's lock held.
 * Returns notes for the author: a site restored after a publish that was cut short.
 */
export function recoverOutput(outputDir: string, files: PublishFs = realFs): string[] {
  const { resolved, parent, staging, previous } = names(outputDir);
  if (!files.existsSync(parent)) return [];
  const notes: string[] = [];
  const leftovers = files.readdirSync(parent);
  // Newest first: the name holds the time of the publish that made it.
  const previousSites = leftovers.filter((name) => name.startsWith(previous)).sort((a, b) => stamp(b) - stamp(a));
  if (!files.existsSync(resolved) && previousSites.length > 0) {
    files.renameSync(path.join(parent, previousSites[0]!), resolved);
    notes.push(`${path.basename(resolved)}/ was missing after a build was stopped while publishing: the site before it was put back`);
    previousSites.shift();
  }
  for (const name of previousSites) removeInBackground(path.join(parent, name), files);
  for (const name of leftovers.filter((name) => name.startsWith(staging))) {
    const pid = Number(name.slice(staging.length));
    if (pid !== process.pid && !isAlive(pid)) files.rmSync(path.join(parent, name), { recursive: true, force: true });
  }
  return notes;
}

const stamp = (name: string) => Number(name.slice(name.lastIndexOf("-") + 1)) || 0;

export function prepareStaging(outputDir: string): string {
  const staging = stagingDirFor(outputDir);
  fs.rmSync(staging, { recursive: true, force: true });
  fs.mkdirSync(staging, { recursive: true });
  return staging;
}

export type Published = { atomic: true } | { atomic: false; reason: string };

/**
 * Replaces `outputDir` with the staged build. The old site is deleted in the background. When the output
 * folder is a mount point (a container volume), it cannot be renamed: its contents are replaced instead.
 */
export function publishStaging(outputDir: string, files: PublishFs = realFs): Published {
  const { resolved, parent, previous } = names(outputDir);
  const staging = stagingDirFor(resolved);
  if (!files.existsSync(resolved)) {
    files.renameSync(staging, resolved);
    return { atomic: true };
  }
  if (files.statSync(resolved).dev !== files.statSync(parent).dev) return replaceContents(resolved, staging, files, "it is a mount point");
  const old = path.join(parent, `${previous}${process.pid}-${Date.now()}`);
  try {
    files.renameSync(resolved, old);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EBUSY" || code === "EXDEV" || code === "EPERM") return replaceContents(resolved, staging, files, `it cannot be renamed (${code})`);
    throw error;
  }
  try {
    files.renameSync(staging, resolved);
  } catch (error) {
    files.renameSync(old, resolved);
    throw error;
  }
  removeInBackground(old, files);
  return { atomic: true };
}

/** The old site's files go, the new site's files come; not atomic, but never a mix once it returns. */
function replaceContents(output: string, staging: string, files: PublishFs, reason: string): Published {
  for (const name of files.readdirSync(output)) files.rmSync(path.join(output, name), { recursive: true, force: true });
  for (const name of files.readdirSync(staging)) {
    const from = path.join(staging, name);
    const to = path.join(output, name);
    try {
      files.renameSync(from, to);
    } catch {
      files.cpSync(from, to, { recursive: true });
    }
  }
  files.rmSync(staging, { recursive: true, force: true });
  return { atomic: false, reason };
}

export function discardStaging(outputDir: string): void {
  fs.rmSync(stagingDirFor(outputDir), { recursive: true, force: true });
}

/**
 * Deleting a big site's files takes seconds and nobody waits for it: a detached `rm -rf` does it after the
 * build has returned. Where there is no `rm` (or in tests with their own file calls), it is deleted at once.
 */
function removeInBackground(folder: string, files: PublishFs): void {
  if (process.platform === "win32" || files !== realFs) {
    files.rmSync(folder, { recursive: true, force: true });
    return;
  }
  const child = spawn("rm", ["-rf", folder], { detached: true, stdio: "ignore" });
  child.on("error", () => fs.rmSync(folder, { recursive: true, force: true }));
  child.unref();
}
