// Worker thread for the articles of a build (src/io/ArticleWorker.ts starts it). It parses each body once:
// the words go into the search index at once (only postings and positions are kept; each article's text
// fragment is written then, the other files at the end; all but the manifest gzipped, as Pagefind stores its own),
// and in a production build the HTML and the headings go back to the main thread, which puts them into the
// article pages it renders meanwhile. Articles arrive in chunks, and each one's markdown is dropped once
// parsed. Bodies are rendered at most AHEAD articles before the main thread takes them, so the HTML waiting
// for pages stays small.
import fs from "node:fs";
import path from "node:path";
import { parentPort, workerData } from "node:worker_threads";
import { withPlainBody, type MarkdownSearchDocument } from "../model/searchDocuments.ts";
import { createMarkdown } from "../markdown/createMarkdown.ts";
import { createTextMarkdown } from "../markdown/createTextMarkdown.ts";
import { renderBodyAndText, type RenderedBody } from "../markdown/renderBody.ts";
import { manifestPath } from "../search/indexPaths.ts";
import { SearchIndexBuilder } from "../search/SearchIndexBuilder.ts";
import type { SearchDocument, SearchField, SearchIndexStats } from "../search/types.ts";
import { GzipQueue } from "./GzipQueue.ts";
import { OutputWriter } from "./OutputWriter.ts";
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

export type ArticleRequest =
  /** The index's fields; `bodies` when the thread renders bodies for the pages (a production build). */
  | { type: "start"; fields: SearchField[]; bodies: BodySettings | null }
  /** The next articles; `last` on the last of them. */
  | { type: "articles"; articles: ArticleInput[]; last: boolean }
  /** The main thread has taken this many bodies, and waits for the body of article `waitingFor` (or -1). */
  | { type: "taken"; count: number; waitingFor: number }
  | { type: "build"; output: string };
export type ArticleReply =
  | { type: "bodies"; from: number; bodies: RenderedBody[] }
  /** The thread has started on a chunk: send another. */
  | { type: "more" }
  /** `article`: the index of the article it was working on, when the failure came from one. */
  | { type: "failed"; message: string; article: number }
  | { type: "index"; stats: SearchIndexStats; seconds: number };

/** Bodies rendered but not yet taken by the main thread, at most (a few KB each). */
const AHEAD = 10000;
/** Bodies per reply. */
const BATCH = 32;
/**
 * zlib's level for index files: level 6 makes them 1–3 % smaller for twice the time. Up to four files are
 * compressed beside this thread (on libuv's pool), the rest on it.
 */
const gzips = new GzipQueue({ level: 4, inFlight: 4 });

/** Slot 0: the index of the article being worked on, so that a crash (out of memory) can name it. */
const current = new Int32Array((workerData as { current: SharedArrayBuffer }).current);
const textMd = createTextMarkdown();
const md = createMarkdown();
let bodies: (BodySettings & { articleUrl: (sourcePath: string) => string | undefined; bodyImages: BodyImages | undefined }) | null = null;
const queue: ArticleInput[] = [];
let next = 0;
let index: SearchIndexBuilder | undefined;
/** Parsed articles whose words are not in the index yet, from `indexed` on. */
const unindexed: SearchDocument[] = [];
let indexed = 0;
let taken = 0;
let waitingFor = -1;
let output: string | undefined;
/** Text fragments made before the output folder was known, and the names written (the dev server removes the others). */
let pendingFragments: [file: string, contents: Uint8Array][] = [];
let fragmentWriter: OutputWriter | undefined;
const fragmentsWritten = new Set<string>();
let started = 0;
let scheduled = false;
/** Where each chunk received starts in `queue`; starting on one asks the main thread for another. */
const chunkStarts: number[] = [];
let allArrived = false;
let failed = false;

parentPort!.on("message", (request: ArticleRequest) => {
  started ||= performance.now();
  switch (request.type) {
    case "start": {
      index = new SearchIndexBuilder({ fields: request.fields });
      const urls = new Map(request.bodies?.articleUrls ?? []);
      const images = request.bodies?.images;
      bodies = request.bodies && {
        ...request.bodies,
        articleUrl: (sourcePath) => urls.get(sourcePath),
        bodyImages: images ? bodyImages(new Map(images.table), images.settings, request.bodies.pathPrefix) : undefined,
      };
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
    case "build":
      output = request.output;
      fragmentWriter = new OutputWriter(output);
      for (const [file, contents] of pendingFragments) fragmentWriter.write(file, contents);
      pendingFragments = [];
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
 * thread. Bodies for pages come first, since the main thread may be waiting for them; their words are
 * indexed when no body is wanted (until then they wait in `unindexed`).
 */
function work(): void {
  scheduled = false;
  try {
    const limit = bodies ? Math.max(taken + AHEAD, waitingFor + 1) : Infinity;
    const from = next;
    const rendered: RenderedBody[] = [];
    while (next < queue.length && next < limit && rendered.length < BATCH) {
      if (chunkStarts[0] === next) {
        chunkStarts.shift();
        if (!allArrived) reply({ type: "more" });
      }
      const { document, sourceDir } = queue[next]!;
      Atomics.store(current, 0, next);
      queue[next++] = undefined as unknown as ArticleInput;
      if (bodies) {
        const { markdown, ...rest } = document;
        const result = renderBodyAndText(md, markdown, { sourceDir, pathPrefix: bodies.pathPrefix, articleUrl: bodies.articleUrl, images: bodies.bodyImages });
        rendered.push(result.body);
        unindexed.push({ ...rest, body: result.text });
      } else {
        unindexed.push(withPlainBody(document, textMd));
        if (next % BATCH === 0) break;
      }
    }
    Atomics.store(current, 0, -1);
    if (rendered.length > 0) reply({ type: "bodies", from, bodies: rendered });
    const bodyWanted = next < queue.length && next < limit;
    if (!bodyWanted) {
      // Nothing for the pages now: index a batch of words.
      const end = Math.min(unindexed.length, indexed + BATCH);
      for (; indexed < end; indexed++) {
        index!.add(unindexed[indexed]!, writeFragment);
        unindexed[indexed] = undefined as unknown as SearchDocument;
      }
      if (indexed > 4096 && indexed * 2 > unindexed.length) {
        unindexed.splice(0, indexed);
        indexed = 0;
      }
    }
    if (bodyWanted || indexed < unindexed.length) schedule();
    else if (next === queue.length && allArrived && output !== undefined) void build(output);
  } catch (error) {
    fail(error);
  }
}

/** Every index file but the manifest (small, fetched first, read by people) is stored gzipped, as Pagefind stores its own. */
function writeFragment(file: string, contents: string): void {
  fragmentsWritten.add(path.posix.basename(file));
  gzips.add(file, contents, (bytes) => {
    if (fragmentWriter) fragmentWriter.write(file, bytes);
    else pendingFragments.push([file, bytes]);
  });
}

async function build(folder: string): Promise<void> {
  output = undefined;
  Atomics.store(current, 0, -1);
  try {
    const files = new OutputWriter(folder);
    const builds = new Set<string>(["f"]);
    let manifest: string | undefined;
    const stats = index!.emit((file, contents) => {
      builds.add(file.split("/")[1]!);
      if (file === manifestPath) manifest = contents;
      else gzips.add(file, contents, (bytes) => files.write(file, bytes));
    });
    await gzips.drain();
    // Last, so that a manifest never names a file not written yet.
    if (manifest !== undefined) files.write(manifestPath, manifest);
    files.flush();
    fragmentWriter?.flush();
    removeOtherBuilds(folder, builds);
    reply({ type: "index", stats, seconds: (performance.now() - started) / 1000 });
  } catch (error) {
    fail(error);
  }
}

function fail(error: unknown): void {
  failed = true;
  reply({ type: "failed", message: error instanceof Error ? error.message : String(error), article: Atomics.load(current, 0) });
}

/** The dev server rebuilds into the same folder: drop index files of earlier builds, and fragments no article has now. */
function removeOtherBuilds(folder: string, current: ReadonlySet<string>): void {
  const index = path.join(folder, "search-index");
  for (const entry of fs.readdirSync(index, { withFileTypes: true })) {
    if (entry.isDirectory() && !current.has(entry.name)) fs.rmSync(path.join(index, entry.name), { recursive: true, force: true });
  }
  const fragments = path.join(index, "f");
  if (!fs.existsSync(fragments)) return;
  for (const name of fs.readdirSync(fragments)) if (!fragmentsWritten.has(name)) fs.rmSync(path.join(fragments, name), { force: true });
}

const reply = (message: ArticleReply) => parentPort!.postMessage(message);
