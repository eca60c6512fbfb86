// Starts a worker thread from a TypeScript module. The module is bundled with esbuild in memory (~50 ms):
// the main thread's TypeScript loader does not reach workers, and loading it again there cost over a second.
import { buildSync } from "esbuild";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";

const bundles = new Map<string, string>();

export function startWorker(module: URL): Worker {
  const file = fileURLToPath(module);
  let code = bundles.get(file);
  if (code === undefined) {
    code = buildSync({ entryPoints: [file], bundle: true, platform: "node", format: "cjs", target: "node20", write: false, logLevel: "silent" })
      .outputFiles[0]!.text;
    bundles.set(file, code);
  }
  return new Worker(code, { eval: true });
}

/** Resolves with the worker's first reply; rejects if it fails or stops first. */
export function firstReply<T>(worker: Worker, what: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    worker.once("message", resolve);
    worker.once("error", (error) => reject(new Error(`${what}: ${error.message}`)));
    worker.once("exit", (code) => reject(new Error(`${what}: the thread stopped (exit code ${code})`)));
  });
}
