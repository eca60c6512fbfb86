// Starts a worker thread from a TypeScript module. The module is bundled with esbuild in memory:
// the main thread's TypeScript loader does not reach workers, and loading it again there cost over a second.
// `prepareWorkers` bundles ahead, in esbuild's own process, while this thread does other work.
import { build, buildSync, type BuildOptions } from "esbuild";
import { fileURLToPath } from "node:url";
import { Worker, type Transferable } from "node:worker_threads";

const bundles = new Map<string, string>();
const bundleOptions = (file: string) =>
  ({ entryPoints: [file], bundle: true, platform: "node", format: "cjs", target: "node20", write: false, logLevel: "silent" }) satisfies BuildOptions;

/** Bundles these worker modules in the background; startWorker then finds them ready. */
export function prepareWorkers(modules: readonly URL[]): Promise<void> {
  return Promise.all(
    modules.map(async (module) => {
      const file = fileURLToPath(module);
      if (bundles.has(file)) return;
      const code = (await build(bundleOptions(file))).outputFiles[0]!.text;
      if (!bundles.has(file)) bundles.set(file, code);
    }),
  ).then(() => undefined);
}

export interface WorkerOptions {
  workerData?: unknown;
  /** Ports in workerData, moved to the thread. */
  transferList?: Transferable[];
  /** A thread over its heap limit stops with ERR_WORKER_OUT_OF_MEMORY instead of taking the process down. */
  resourceLimits?: { maxOldGenerationSizeMb?: number };
}

export function startWorker(module: URL, options: WorkerOptions = {}): Worker {
  const file = fileURLToPath(module);
  let code = bundles.get(file);
  if (code === undefined) {
    code = buildSync(bundleOptions(file)).outputFiles[0]!.text;
    bundles.set(file, code);
  }
  return new Worker(code, { eval: true, ...options });
}
