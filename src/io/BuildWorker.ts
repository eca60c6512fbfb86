// Starts the build's second thread (src/io/buildWorkerThread.ts) and talks to it. Its code is bundled with esbuild
// in memory (~50 ms): the main thread's TypeScript loader does not reach workers, and loading it again
// there cost over a second.
import { buildSync } from "esbuild";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { MarkdownSearchDocument } from "../build/searchDocuments.ts";
import type { BrokenLink } from "../check/LinkChecker.ts";
import type { SearchIndexStats } from "../search/types.ts";
import type { WorkerReply, WorkerRequest } from "./buildWorkerThread.ts";

let workerCode: string | undefined;

function bundledWorker(): string {
  workerCode ??= buildSync({
    entryPoints: [fileURLToPath(new URL("./buildWorkerThread.ts", import.meta.url))],
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    write: false,
    logLevel: "silent",
  }).outputFiles[0]!.text;
  return workerCode;
}

export class BuildWorker {
  private readonly worker: Worker;
  private readonly waiting = new Map<WorkerReply["type"], { resolve(reply: WorkerReply): void; reject(error: Error): void }>();
  private stopped = false;

  constructor() {
    this.worker = new Worker(bundledWorker(), { eval: true });
    this.worker.on("message", (reply: WorkerReply) => this.waiting.get(reply.type)?.resolve(reply));
    const fail = (error: Error) => {
      for (const waiter of this.waiting.values()) waiter.reject(error);
    };
    this.worker.on("error", fail);
    this.worker.on("exit", (code) => {
      if (this.stopped) fail(new Error("stopped by a newer build"));
      else if (code !== 0) fail(new Error(`the build's second thread stopped with exit code ${code}`));
    });
  }

  /** Builds and writes the search index; resolves with its stats and how long the worker spent on it. */
  searchIndex(output: string, documents: MarkdownSearchDocument[]): Promise<{ stats: SearchIndexStats; seconds: number }> {
    const done = this.expect("search");
    this.send({ type: "search", output, documents });
    return done.then((reply) => {
      if (reply.type !== "search") throw new Error("unexpected reply");
      if (!reply.ok) throw new Error(`search index: ${reply.message}`);
      return { stats: reply.stats, seconds: reply.seconds };
    });
  }

  /** From now on, pages sent are written into `output` (and their links checked). */
  startOutput(output: string, pathPrefix: string, checkLinks: boolean): void {
    this.send({ type: "output", output, pathPrefix, checkLinks });
  }

  page(file: string, html: string): void {
    this.send({ type: "page", file, html });
  }

  /** Waits for every page to be written; then lists the output folder and judges the links. */
  finish(): Promise<{ files: string[]; broken: BrokenLink[] }> {
    const done = this.expect("finish");
    this.send({ type: "finish" });
    return done.then((reply) => {
      if (reply.type !== "finish") throw new Error("unexpected reply");
      if (!reply.ok) throw new Error(reply.message);
      return { files: reply.files, broken: reply.broken };
    });
  }

  stop(): void {
    this.stopped = true;
    void this.worker.terminate();
  }

  private send(request: WorkerRequest): void {
    this.worker.postMessage(request);
  }

  private expect(type: WorkerReply["type"]): Promise<WorkerReply> {
    return new Promise((resolve, reject) => this.waiting.set(type, { resolve, reject }));
  }
}
