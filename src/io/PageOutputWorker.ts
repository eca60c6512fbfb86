// Hands rendered pages to another thread (src/io/pageOutputThread.ts) that checks their links and writes them.
// Rendering can outrun a slow disk; pages waiting to be written are held in memory, so past a limit the
// renderer waits for the disk instead of filling the memory.
import type { Worker } from "node:worker_threads";
import type { BrokenLink } from "../check/LinkChecker.ts";
import type { LinkRecordFiles, PageOutputReply, PageOutputRequest } from "./pageOutputThread.ts";
import { startWorker } from "./startWorker.ts";

/** Pages sent but not yet on disk, at most. */
const MAX_WAITING = 2000;

export const PAGE_OUTPUT_THREAD = new URL("./pageOutputThread.ts", import.meta.url);

export class PageOutputWorker {
  private readonly worker: Worker = startWorker(PAGE_OUTPUT_THREAD);
  private sent = 0;
  private written = 0;
  /** Renderers waiting for the disk; Eleventy renders several templates' pages at once. */
  private waiting: (() => void)[] = [];
  private finished: ((reply: PageOutputReply) => void) | undefined;
  private failed: ((error: Error) => void) | undefined;

  constructor(output: string, pathPrefix: string, checkLinks: boolean, elsewhere: readonly string[] = [], records?: LinkRecordFiles) {
    this.worker.on("message", (reply: PageOutputReply) => {
      if (reply.type === "written") {
        this.written = reply.count;
        if (this.waiting.length > 0 && this.sent - this.written < MAX_WAITING / 2) this.resumeAll();
      } else this.finished?.(reply);
    });
    const fail = (error: Error) => {
      this.failed?.(error);
      this.resumeAll();
    };
    this.worker.on("error", fail);
    this.worker.on("exit", (code) => fail(new Error(`writing pages: the thread stopped (exit code ${code})`)));
    this.send({ type: "start", output, pathPrefix, checkLinks, elsewhere: [...elsewhere], records });
  }

  /** Sends a page; resolves at once, or once the disk has caught up when too many pages are waiting. */
  page(file: string, html: string): Promise<void> | undefined {
    this.send({ type: "page", file, html });
    this.sent++;
    if (this.sent - this.written < MAX_WAITING) return undefined;
    return new Promise<void>((resolve) => this.waiting.push(resolve));
  }

  /** Pages of the previous output (`from`) that this build takes as they are: the thread puts them in the output and checks their links. */
  reuse(from: string, files: readonly string[]): void {
    this.send({ type: "reuse", from, files: [...files] });
  }

  private resumeAll(): void {
    for (const resolve of this.waiting.splice(0)) resolve();
  }

  /** Waits for every page to be written; then lists the output folder and judges the links. */
  async finish(): Promise<{ files: string[]; broken: BrokenLink[] }> {
    const reply = new Promise<PageOutputReply>((resolve, reject) => {
      this.finished = resolve;
      this.failed = reject;
    });
    this.send({ type: "finish" });
    const result = await reply;
    if (result.type !== "finished") throw new Error("writing pages: unexpected reply");
    if (!result.ok) throw new Error(result.message);
    return { files: result.files, broken: result.broken };
  }

  /** Stops the thread; resolves once it has stopped (it writes nothing after that). */
  stop(): Promise<void> {
    this.worker.removeAllListeners("exit");
    this.resumeAll();
    return this.worker.terminate().then(() => undefined);
  }

  private send(request: PageOutputRequest): void {
    this.worker.postMessage(request);
  }
}
