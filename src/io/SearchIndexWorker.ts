// Builds the search index on another thread (src/io/searchIndexThread.ts) while pages render.
import type { Worker } from "node:worker_threads";
import type { MarkdownSearchDocument } from "../build/searchDocuments.ts";
import type { SearchIndexStats } from "../search/types.ts";
import type { SearchIndexReply, SearchIndexRequest } from "./searchIndexThread.ts";
import { firstReply, startWorker } from "./startWorker.ts";

/** Documents per message: the copy made for the thread stays small, and the thread starts on them early. */
const CHUNK = 2000;

export class SearchIndexWorker {
  private readonly worker: Worker = startWorker(new URL("./searchIndexThread.ts", import.meta.url));

  /** Builds and writes the index into `output`; resolves with its stats and the seconds the thread spent. */
  build(output: string, documents: () => Iterable<MarkdownSearchDocument>): Promise<{ stats: SearchIndexStats; seconds: number }> {
    const reply = firstReply<SearchIndexReply>(this.worker, "search index");
    let chunk: MarkdownSearchDocument[] = [];
    for (const document of documents()) {
      chunk.push(document);
      if (chunk.length === CHUNK) {
        this.send({ type: "documents", documents: chunk });
        chunk = [];
      }
    }
    this.send({ type: "documents", documents: chunk });
    this.send({ type: "build", output });
    return reply.then((result) => {
      if (!result.ok) throw new Error(`search index: ${result.message}`);
      return { stats: result.stats, seconds: result.seconds };
    });
  }

  stop(): void {
    void this.worker.terminate();
  }

  private send(request: SearchIndexRequest): void {
    this.worker.postMessage(request);
  }
}
