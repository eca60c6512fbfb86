// The main thread's side of src/io/articleThread.ts and src/io/indexThread.ts: sends the build's articles to the
// article thread, which parses them and hands their text to the index thread (a port between the two), and,
// in a production build, receives each article's rendered body for its page; the index thread writes the
// search index where it is told.
import { MessageChannel, type Worker } from "node:worker_threads";
import type { RenderedBody } from "../markdown/renderBody.ts";
import type { SearchField, SearchIndexStats } from "../search/types.ts";
import type { ArticleInput, ArticleReply, ArticleRequest, ArticleThreadData, BodySettings, SearchRecordFolders } from "./articleThread.ts";
import type { IndexReply, IndexRequest, IndexThreadData } from "./indexThread.ts";
import { startWorker } from "./startWorker.ts";

/**
 * Articles per message. The thread gets CHUNKS_AHEAD chunks at first and asks for one more each time it
 * starts on one, so it never holds much of the site's markdown (the main thread has it anyway: hundreds of MB
 * on a large site).
 */
const CHUNK = 1000;
const CHUNKS_AHEAD = 4;
/** How often the main thread says how many bodies it has taken. */
const TAKEN_EVERY = 256;

export const ARTICLE_THREAD = new URL("./articleThread.ts", import.meta.url);
export const INDEX_THREAD = new URL("./indexThread.ts", import.meta.url);

/** A failure of the article thread; `article` is the index of the article it was rendering, if any. */
export class ArticleThreadError extends Error {
  readonly article: number | undefined;
  /** The Node error code of the thread's end, such as ERR_WORKER_OUT_OF_MEMORY. */
  readonly code: string | undefined;
  constructor(message: string, article: number | undefined, code?: string) {
    super(message);
    this.name = "ArticleThreadError";
    this.article = article;
    this.code = code;
  }
}

export class ArticleWorker {
  /** Slot 0: the article the thread works on (-1: none); it survives the thread, to name the article of a crash. */
  private readonly current = new SharedArrayBuffer(4);
  private readonly worker: Worker;
  private readonly indexWorker: Worker;
  private readonly articles: Iterator<ArticleInput>;
  private allSent = false;
  private readonly bodies: (RenderedBody | undefined)[] = [];
  private readonly waiting = new Map<number, { resolve: (body: RenderedBody) => void; reject: (error: Error) => void }[]>();
  private received = new Set<number>();
  private taken = 0;
  private failure: Error | undefined;
  private indexed: ((reply: { stats: SearchIndexStats; seconds: number }) => void) | undefined;
  private indexFailed: ((error: Error) => void) | undefined;
  /** False once the thread has been asked to stop: it says nothing more. */
  private running = true;

  /**
   * `bodies`: render article bodies there too (a production build), or only the search index's text.
   * `records`: keep the index's records of the articles for the next build, and take the previous build's.
   */
  constructor(articles: Iterable<ArticleInput>, fields: SearchField[], bodies: BodySettings | null, options: { memoryMb?: number; records?: SearchRecordFolders } = {}) {
    new Int32Array(this.current)[0] = -1;
    const channel = new MessageChannel();
    const resourceLimits = options.memoryMb ? { maxOldGenerationSizeMb: options.memoryMb } : undefined;
    this.worker = startWorker(ARTICLE_THREAD, {
      workerData: { current: this.current, documents: channel.port1 } satisfies ArticleThreadData,
      transferList: [channel.port1],
      resourceLimits,
    });
    this.indexWorker = startWorker(INDEX_THREAD, { workerData: { documents: channel.port2 } satisfies IndexThreadData, transferList: [channel.port2], resourceLimits });
    this.articles = articles[Symbol.iterator]();
    this.worker.on("message", (reply: ArticleReply) => this.receive(reply));
    this.worker.on("error", (error) => this.fail(this.threadError(`article thread: ${error.message}`, (error as NodeJS.ErrnoException).code)));
    this.worker.on("exit", (code) => this.fail(this.threadError(`article thread: stopped (exit code ${code})`)));
    this.indexWorker.on("message", (reply: IndexReply) => this.receiveIndex(reply));
    this.indexWorker.on("error", (error) => this.fail(new ArticleThreadError(`search index thread: ${error.message}`, undefined, (error as NodeJS.ErrnoException).code)));
    this.indexWorker.on("exit", (code) => this.fail(new ArticleThreadError(`search index thread: stopped (exit code ${code})`, undefined)));
    this.sendIndex({ type: "start", fields, records: options.records });
    this.send({ type: "start", bodies, records: options.records });
    for (let i = 0; i < CHUNKS_AHEAD; i++) this.sendChunk();
  }

  /** Sends the next CHUNK articles, if any are left; the thread asks for more as it works. */
  private sendChunk(): void {
    if (this.allSent) return;
    const chunk: ArticleInput[] = [];
    for (let next = this.articles.next(); ; next = this.articles.next()) {
      if (next.done) {
        this.allSent = true;
        break;
      }
      chunk.push(next.value);
      if (chunk.length === CHUNK) break;
    }
    this.send({ type: "articles", articles: chunk, last: this.allSent });
  }

  /** The body of the index-th article, once; a second call for it gets undefined (render it yourself). */
  body(index: number): RenderedBody | Promise<RenderedBody> | undefined {
    if (this.received.has(index)) return this.take(index);
    if (this.failure) return Promise.reject(this.failure);
    const promise = new Promise<RenderedBody>((resolve, reject) => {
      const list = this.waiting.get(index) ?? [];
      list.push({ resolve, reject });
      this.waiting.set(index, list);
    });
    this.send({ type: "taken", count: this.taken, waitingFor: index });
    return promise;
  }

  /** Builds and writes the search index into `output` once every article is in. */
  searchIndex(output: string): Promise<{ stats: SearchIndexStats; seconds: number }> {
    const result = new Promise<{ stats: SearchIndexStats; seconds: number }>((resolve, reject) => {
      this.indexed = resolve;
      this.indexFailed = reject;
      if (this.failure) reject(this.failure);
    });
    this.sendIndex({ type: "build", output });
    return result;
  }

  /** Stops the thread; resolves once it has stopped (it writes nothing after that). */
  stop(): Promise<void> {
    this.running = false;
    this.worker.removeAllListeners("exit");
    this.indexWorker.removeAllListeners("exit");
    return Promise.all([this.worker.terminate(), this.indexWorker.terminate()]).then(() => undefined);
  }

  private take(index: number): RenderedBody | undefined {
    const body = this.bodies[index];
    if (body === undefined) return undefined;
    this.bodies[index] = undefined;
    if (++this.taken % TAKEN_EVERY === 0) this.send({ type: "taken", count: this.taken, waitingFor: -1 });
    return body;
  }

  private receive(reply: ArticleReply): void {
    if (reply.type === "bodies") {
      for (let i = 0; i < reply.bodies.length; i++) {
        const index = reply.from + i;
        this.bodies[index] = reply.bodies[i];
        this.received.add(index);
        const waiters = this.waiting.get(index);
        if (!waiters) continue;
        this.waiting.delete(index);
        const body = this.take(index)!;
        for (const waiter of waiters) waiter.resolve(body);
      }
    } else if (reply.type === "more") this.sendChunk();
    else this.fail(new ArticleThreadError(`article thread: ${reply.message}`, reply.article >= 0 ? reply.article : undefined));
  }

  private receiveIndex(reply: IndexReply): void {
    if (reply.type === "index") this.indexed?.({ stats: reply.stats, seconds: reply.seconds });
    else this.fail(new ArticleThreadError(`search index: ${reply.message}`, undefined));
  }

  /** An error naming the article the thread was working on when it stopped. */
  private threadError(message: string, code?: string): ArticleThreadError {
    const article = new Int32Array(this.current)[0]!;
    return new ArticleThreadError(message, article >= 0 ? article : undefined, code);
  }

  private fail(error: Error): void {
    if (!this.running || this.failure) return;
    this.failure = error;
    for (const waiters of this.waiting.values()) for (const waiter of waiters) waiter.reject(error);
    this.waiting.clear();
    this.indexFailed?.(error);
  }

  private send(request: ArticleRequest): void {
    if (this.running) this.worker.postMessage(request);
  }

  private sendIndex(request: IndexRequest): void {
    if (this.running) this.indexWorker.postMessage(request);
  }
}
