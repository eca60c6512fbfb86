// One build per output folder: a lock file beside it, made atomically, holding who builds. A second build
// refuses with one line naming the first; a lock left by a build that died (its process is gone) is taken
// over with a note.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

export interface LockHolder {
  pid: number;
  host: string;
  /** When the build started, as an ISO date. */
  started: string;
}

export type LockResult =
  | { ok: true; release: () => void; tookOver: LockHolder | undefined }
  | { ok: false; holder: LockHolder };

/** The lock file of `outputDir`: a hidden sibling, like the staging folder. */
export function lockFileFor(outputDir: string): string {
  const resolved = path.resolve(outputDir);
  return path.join(path.dirname(resolved), `.${path.basename(resolved)}.lock`);
}

/** Whether a process with this pid runs on this machine. */
function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function readHolder(file: string): LockHolder | undefined {
  try {
    const holder = JSON.parse(fs.readFileSync(file, "utf8")) as Partial<LockHolder>;
    if (typeof holder.pid === "number" && typeof holder.host === "string" && typeof holder.started === "string") return holder as LockHolder;
  } catch {
    // Unreadable or half-written: treated as stale below.
  }
  return undefined;
}

export function acquireOutputLock(outputDir: string, now = new Date()): LockResult {
  const file = lockFileFor(outputDir);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const me: LockHolder = { pid: process.pid, host: os.hostname(), started: now.toISOString() };
  let tookOver: LockHolder | undefined;
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = fs.openSync(file, "wx");
      fs.writeSync(fd, JSON.stringify(me));
      fs.closeSync(fd);
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        // Only our own lock: a build that took over a lock we were wrongly thought to have left keeps its own.
        if (readHolder(file)?.pid === me.pid) fs.rmSync(file, { force: true });
      };
      return { ok: true, release, tookOver };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
    const holder = readHolder(file);
    // A lock from another machine (a shared disk) cannot be checked: it is respected.
    if (holder && (holder.host !== me.host || isAlive(holder.pid))) return { ok: false, holder };
    tookOver = holder;
    fs.rmSync(file, { force: true });
  }
  const holder = readHolder(file);
  return { ok: false, holder: holder ?? { pid: 0, host: "unknown", started: "unknown" } };
}
