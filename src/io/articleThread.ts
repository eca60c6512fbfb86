// Worker thread for the articles of a build (src/io/ArticleWorker.ts starts it). It parses each body once:
// the plain text goes on to the index thread (src/io/indexThread.ts, through a port of its own) for the
// search index, and in a production build the HTML and the headings go back to the main thread, which puts
// them into the article pages it renders meanwhile. Articles arrive in chunks, and each one's markdown is
// dropped once parsed. Bodies are rendered at most AHEAD articles before the main thread takes them, so the
// HTML waiting for pages stays small.
import fs from "node:fs";
import path from "node:path";
import { parentPort, workerData, type MessagePort } from "node:worker_threads";
import { withPlainBody, type MarkdownSearchDocument } from "../model/searchDocuments.ts";
import { createMarkdown } from "../markdown/createMarkdown.ts";
import { createTextMarkdown } from "../markdown/createTextMarkdown.ts";
import { renderBodyAndText, type RenderedBody } from "../markdown/renderBody.ts";
import { fragmentFolder, fragmentPath } from "../search/indexPaths.ts";
import type { IndexDocuments, IndexedDocument, IndexProgress } from "./indexThread.ts";
import { documentKey, readRecords, type DocumentRecord } from "./searchRecords.ts";
import { bodyImages, type BodyImages } from "../images/bodyImages.ts";
import type { ImageSettings, SourceImage } from "../images/types.ts";

export interface ArticleInput {
  document: MarkdownSearchDocument;
  /** Folder of the article's file relative to the articles folder ("" at the top). */
  sourceDir: string;
}

export interface BodySettings {
  pathPrefix: string;
  /** [path relative to the articles folder, site URL] of every article, for links between articles. */
  articleUrls: [string, string][];
  /** The site's local images and how they are resized, for body images' markup; null when there are none. */
  images?: { table: [string, SourceImage][]; settings: ImageSettings };
}

/**
 * A build with a cache: each document goes to the index thread with its key (searchRecords.ts), and one the
 * previous build recorded goes without its text when its text fragment is in the previous output.
 */
export interface SearchRecordFolders {
  /** The folder of the previous build's records, and the output folder it published. */
  previous?: { folder: string; output: string };
  /** Where this build's records go. */
  next: string;
}

export type ArticleRequest =
  /** `bodies` when the thread renders bodies for the pages (a production build). */
  | { type: "start"; bodies: BodySettings | null; records?: SearchRecordFolders }
  /** The next articles; `last` on the last of them. */
  | { type: "articles"; articles: ArticleInput[]; last: boolean }
  /** The main thread has taken this many bodies, and waits for the body of article `waitingFor` (or -1). */
  | { type: "taken"; count: number; waitingFor: number };
export type ArticleReply =
  | { type: "bodies"; from: number; bodies: RenderedBody[] }
  /** The thread has started on a chunk: send another. */
  | { type: "more" }
  /** `article`: the index of the article it was working on, when the failure came from one. */
  | { type: "failed"; message: string; article: number };

/** What the thread is started with: the slot naming its article, and its port to the index thread. */
export interface ArticleThreadData {
  current: SharedArrayBuffer;
  documents: MessagePort;
}

/** Bodies rendered but not yet taken by the main thread, at most (a few KB each). */
const AHEAD = 10000;
/**
 * Articles sent to the index thread but not indexed yet, at most: when it falls behind, this thread waits, so
 * that the text waiting for it stays small (on a large site it would otherwise hold gigabytes).
 */
const INDEX_AHEAD = 2000;
/** Bodies per reply. */
const BATCH = 32;
/** Slot 0: the index of the article being worked on, so that a crash (out of memory) can name it. */
const { current: currentSlot, documents: indexPort } = workerData as ArticleThreadData;
const current = new Int32Array(currentSlot);
const textMd = createTextMarkdown();
const md = createMarkdown();
let bodies: (BodySettings & { articleUrl: (sourcePath: string) => string | undefined; bodyImages: BodyImages | undefined }) | null = null;
const queue: ArticleInput[] = [];
let next = 0;
/** Parsed articles not sent to the index thread yet; how many were sent, and how many it has indexed. */
let unsent: IndexedDocument[] = [];
/** With a cache: documents get keys; those of the previous build's records that can be taken whole. */
let keyed = false;
let recorded: Map<string, DocumentRecord> | undefined;
let allSent = false;
let sent = 0;
let indexed = 0;
let taken = 0;
let waitingFor = -1;
let scheduled = false;
/** Where each chunk received starts in `queue`; starting on one asks the main thread for another. */
const chunkStarts: number[] = [];
let allArrived = false;
let failed = false;

indexPort.on("message", (reply: IndexProgress) => {
  indexed = reply.indexed;
  schedule();
});

parentPort!.on("message", (request: ArticleRequest) => {
  switch (request.type) {
    case "start": {
      const urls = new Map(request.bodies?.articleUrls ?? []);
      const images = request.bodies?.images;
      bodies = request.bodies && {
        ...request.bodies,
        articleUrl: (sourcePath) => urls.get(sourcePath),
        bodyImages: images ? bodyImages(new Map(images.table), images.settings, request.bodies.pathPrefix) : undefined,
      };
      keyed = request.records !== undefined;
      recorded = request.records?.previous && takenDocuments(request.records.previous);
      break;
    }
    case "articles":
      chunkStarts.push(queue.length);
      for (const article of request.articles) queue.push(article);
      allArrived = request.last;
      break;
    case "taken":
      taken = request.count;
      waitingFor = request.waitingFor;
      break;
  }
  schedule();
});

function schedule(): void {
  if (scheduled || failed) return;
  scheduled = true;
  setImmediate(work);
}

/**
 * Parses articles a batch at a time, returning to the event loop between batches to hear from the main
 * thread, and hands each batch's text to the index thread.
 */
function work(): void {
  scheduled = false;
  try {
    const limit = bodies ? Math.max(taken + AHEAD, waitingFor + 1) : Infinity;
    const from = next;
    const rendered: RenderedBody[] = [];
    const indexLimit = indexed + INDEX_AHEAD - sent;
    while (next < queue.length && next < limit && unsent.length < BATCH && unsent.length < indexLimit) {
      if (chunkStarts[0] === next) {
        chunkStarts.shift();
        if (!allArrived) reply({ type: "more" });
      }
      const { document, sourceDir } = queue[next]!;
      Atomics.store(current, 0, next);
      queue[next++] = undefined as unknown as ArticleInput;
      const key = keyed ? documentKey(document) : undefined;
      const taken = key !== undefined && recorded?.has(key);
      if (bodies) {
        const { markdown, ...rest } = document;
        const result = renderBodyAndText(md, markdown, { sourceDir, pathPrefix: bodies.pathPrefix, articleUrl: bodies.articleUrl, images: bodies.bodyImages });
        rendered.push(result.body);
        unsent.push(taken ? { ...rest, body: "", key, recorded: true } : { ...rest, body: result.text, key });
      } else if (taken) {
        const { markdown: _markdown, ...rest } = document;
        unsent.push({ ...rest, body: "", key, recorded: true });
      } else unsent.push({ ...withPlainBody(document, textMd), key });
    }
    Atomics.store(current, 0, -1);
    if (rendered.length > 0) reply({ type: "bodies", from, bodies: rendered });
    const last = next === queue.length && allArrived;
    if ((unsent.length > 0 || last) && !allSent) {
      const message: IndexDocuments = { type: "documents", documents: unsent, last };
      indexPort.postMessage(message);
      sent += unsent.length;
      unsent = [];
      allSent = last;
    }
    // Waiting for the pages or for the index thread, a message from either schedules the next batch.
    if (next < queue.length && next < limit && sent - indexed < INDEX_AHEAD) schedule();
  } catch (error) {
    fail(error);
  }
}

/** The previous build's records whose text fragments are in its output: the documents the index can take whole. */
function takenDocuments(previous: { folder: string; output: string }): Map<string, DocumentRecord> | undefined {
  const documents = readRecords(previous.folder)?.documents;
  if (!documents) return undefined;
  let fragments: Set<string>;
  try {
    fragments = new Set(fs.readdirSync(path.join(previous.output, fragmentFolder)));
  } catch {
    return undefined;
  }
  for (const [key, record] of documents) if (!fragments.has(path.posix.basename(fragmentPath(record.fragment.name)))) documents.delete(key);
  return documents;
}

function fail(error: unknown): void {
  failed = true;
  reply({ type: "failed", message: error instanceof Error ? error.message : String(error), article: Atomics.load(current, 0) });
}

const reply = (message: ArticleReply) => parentPort!.postMessage(message);
