// Runs one command as a child process and measures it from outside: wall time and peak resident memory
// (GNU time's %e and %M), so every build is measured alike whatever it reports about itself.

import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const GNU_TIME = "/usr/bin/time";

export interface CommandRun {
  ok: boolean;
  exitCode: number | null;
  timedOut: boolean;
  wallSeconds: number;
  /** Peak RSS of the largest process of the command (NaN without GNU time). */
  peakRssBytes: number;
  stdout: string;
  /** The end of stderr, for a report when the command failed. */
  stderrTail: string;
}

export interface CommandOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Killed (the whole process group) after this long. */
  timeoutMs: number;
  /** Full stdout and stderr go here, for when the tail is not enough. */
  logFile: string;
}

const STDERR_TAIL = 4000;

export async function measureCommand(command: string, args: readonly string[], options: CommandOptions): Promise<CommandRun> {
  const haveTime = fs.existsSync(GNU_TIME);
  const timeFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "bench-time-")), "time.txt");
  const [file, argv] = haveTime ? [GNU_TIME, ["-f", "%e %M", "-o", timeFile, command, ...args]] : [command, [...args]];
  fs.mkdirSync(path.dirname(options.logFile), { recursive: true });
  const log = fs.openSync(options.logFile, "w");
  fs.writeSync(log, `$ ${[command, ...args].join(" ")}\n`);

  const started = performance.now();
  // Detached: a timeout ends the command's own process group and nothing else.
  const child = spawn(file, argv, { cwd: options.cwd, env: options.env ?? process.env, stdio: ["ignore", "pipe", "pipe"], detached: true });
  let stdout = "";
  let stderrTail = "";
  child.stdout.on("data", (chunk: Buffer) => {
    stdout += chunk.toString();
    fs.writeSync(log, chunk);
  });
  child.stderr.on("data", (chunk: Buffer) => {
    stderrTail = (stderrTail + chunk.toString()).slice(-STDERR_TAIL);
    fs.writeSync(log, chunk);
  });
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    if (child.pid !== undefined) process.kill(-child.pid, "SIGKILL");
  }, options.timeoutMs);
  const exitCode = await new Promise<number | null>((resolve) => child.on("close", (code) => resolve(code)));
  clearTimeout(timer);
  const ownWall = (performance.now() - started) / 1000;
  fs.closeSync(log);

  let wallSeconds = ownWall;
  let peakRssBytes = Number.NaN;
  const measured = haveTime && fs.existsSync(timeFile) ? fs.readFileSync(timeFile, "utf8").trim().split("\n").pop() : undefined;
  const match = measured?.match(/^([\d.]+) (\d+)$/);
  if (match) {
    wallSeconds = Number(match[1]);
    peakRssBytes = Number(match[2]) * 1024;
  }
  fs.rmSync(path.dirname(timeFile), { recursive: true, force: true });
  return { ok: exitCode === 0 && !timedOut, exitCode, timedOut, wallSeconds, peakRssBytes, stdout, stderrTail };
}

/** The last line of output that parses as a JSON object (the build's --json summary). */
export function lastJsonLine<T>(stdout: string): T | undefined {
  const lines = stdout.trim().split("\n").reverse();
  for (const line of lines) {
    if (!line.startsWith("{")) continue;
    try {
      return JSON.parse(line) as T;
    } catch {
      // Not the summary: keep looking.
    }
  }
  return undefined;
}
