// Runs the real build command (`npm run build`'s script) on a site, into a folder the test chooses.
import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

export const PROJECT_ROOT = path.resolve(import.meta.dirname, "..", "..");
const TEST_BUILD_CACHE = path.join(os.tmpdir(), "site-test-build-cache");

export interface BuildResult {
  code: number;
  /** True when the build did not end by itself within the time given, and was killed. */
  timedOut: boolean;
  stdout: string;
  stderr: string;
  output: string;
}

export interface BuildOptions {
  /** Articles folder, relative to the project root or absolute. */
  articles: string;
  /** Output folder; a new temporary folder when omitted. */
  output?: string;
  args?: string[];
  env?: Record<string, string>;
  /** The project to build with (a copy with other layouts, say); this one by default. */
  project?: string;
  /** Kill the build if it has not ended by then. */
  timeoutMs?: number;
}

export function buildSite(options: BuildOptions): Promise<BuildResult> {
  const output = options.output ?? path.join(tempDir("build-"), "dist");
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ["--import", "tsx", "src/cli/build.ts", `--output=${output}`, ...(options.args ?? [])],
      {
        cwd: options.project ?? PROJECT_ROOT,
        // Not the project's build cache (a test may set its own); one file per output folder in it.
        env: { ...process.env, SITE_ARTICLES: options.articles, NODE_OPTIONS: "", SITE_BUILD_CACHE: TEST_BUILD_CACHE, ...options.env },
        maxBuffer: 64 * 1024 * 1024,
        timeout: options.timeoutMs,
        killSignal: "SIGKILL",
      },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === "number" ? error.code : 1) : 0;
        resolve({ code, timedOut: Boolean(error?.killed), stdout, stderr, output });
      },
    );
  });
}

export function tempDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `site-test-${prefix}`));
}
