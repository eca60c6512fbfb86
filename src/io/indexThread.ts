// Worker thread for the search index of a build (src/io/ArticleWorker.ts starts it beside the article thread).
// The article thread sends each batch of parsed articles' plain text through a port of its own; their words
// go into the index at once (only postings and positions are kept) and each article's text fragment is
// written then; the other files at the end, once the main thread has said where. Every file but the manifest
// is stored gzipped, as Pagefind stores its own. On its own thread so that indexing runs beside the rendering
// of bodies instead of after it.
import fs from "node:fs";
import path from "node:path";
import { parentPort, threadId, workerData, type MessagePort } from "node:worker_threads";
import { buildFolder, fragmentFolder, fragmentPath, manifestPath } from "../search/indexPaths.ts";
import { SearchIndexBuilder, type FragmentName } from "../search/SearchIndexBuilder.ts";
import { RecordFile, RecordWriter, readRecords, type DocumentRecord } from "./searchRecords.ts";
import type { RecordTerms } from "../search/PostingsBuilder.ts";
import type { SearchRecordFolders } from "./articleThread.ts";
import type { SearchDocument, SearchField, SearchIndexManifest, SearchIndexStats } from "../search/types.ts";
import { GzipQueue } from "./GzipQueue.ts";
import { linkOrCopy } from "./linkOrCopy.ts";
import { OutputWriter } from "./OutputWriter.ts";

export type IndexRequest =
  /** The index's fields: before any document. With `records`, each document's record is kept, and the previous build's are taken. */
  | { type: "start"; fields: SearchField[]; records?: SearchRecordFolders }
  /** Where the index goes; it is written once the last document is in. */
  | { type: "build"; output: string };
/**
 * A document from the article thread, with its key when the build keeps records (searchRecords.ts);
 * `recorded`: without its text (body ""), to be taken from the previous build's record of that key.
 */
export type IndexedDocument = SearchDocument & { key?: string; recorded?: true };

/** From the article thread: the next documents, `last` on the last of them. */
export interface IndexDocuments {
  type: "documents";
  documents: IndexedDocument[];
  last: boolean;
}
/** To the article thread: how many documents are in the index so far. */
export interface IndexProgress {
  type: "indexed";
  indexed: number;
}
export type IndexReply = { type: "index"; stats: SearchIndexStats; seconds: number } | { type: "failed"; message: string };

/** What the thread is started with: its port from the article thread. */
export interface IndexThreadData {
  documents: MessagePort;
}

/**
 * zlib's level for index files: level 6 makes them 1–3 % smaller for twice the time. Up to four files are
 * compressed beside this thread (on libuv's pool); a text fragment beyond that is compressed on it, while the
 * files written at the end wait for room.
 */
const gzips = new GzipQueue({ level: 4, inFlight: 4 });

const { documents: articlePort } = workerData as IndexThreadData;
let index: SearchIndexBuilder | undefined;
let output: string | undefined;
let allIn = false;
let indexed = 0;
/** Text fragments made before the output folder was known, and the names written (the dev server removes the others). */
let pendingFragments: [file: string, contents: Uint8Array][] = [];
let fragmentWriter: OutputWriter | undefined;
const fragmentsWritten = new Set<string>();
let started = 0;
let failed = false;
/** With a cache: this build's records, and the previous build's (what the article thread takes from them, and the folder of its fragments). */
let recordWriter: RecordWriter | undefined;
let previous:
  | { folder: string; output: string; records?: { documents: Map<string, DocumentRecord>; terms: RecordTerms }; file?: RecordFile; fragments?: Set<string> }
  | undefined;
/** Fragments to take from the previous output (names), once the output folder is known. */
let pendingLinks: string[] = [];

parentPort!.on("message", (request: IndexRequest) => {
  started ||= performance.now();
  if (request.type === "start") {
    if (request.records) {
      fs.mkdirSync(request.records.next, { recursive: true });
      recordWriter = new RecordWriter(request.records.next);
      previous = request.records.previous && { ...request.records.previous };
    }
    index = new SearchIndexBuilder({ fields: request.fields }, recordWriter);
  } else {
    output = request.output;
    fragmentWriter = new OutputWriter(output);
    for (const [file, contents] of pendingFragments) fragmentWriter.write(file, contents);
    pendingFragments = [];
    for (const name of pendingLinks) linkFragment(name);
    pendingLinks = [];
    buildWhenReady();
  }
});

articlePort.on("message", (message: IndexDocuments) => {
  started ||= performance.now();
  if (failed) return;
  try {
    for (const document of message.documents) {
      let fragment: FragmentName;
      if (document.recorded) {
        const { record, terms, file } = recordOf(document.key!);
        fragment = record.fragment;
        if (index!.addRecord(document, file.read(record), terms, fragment)) takeFragment(fragment.name);
      } else fragment = index!.add(document, writeFragment);
      if (recordWriter) recordWriter.endDocument(document.key!, fragment);
    }
  } catch (error) {
    fail(error);
    return;
  }
  indexed += message.documents.length;
  articlePort.postMessage({ type: "indexed", indexed } satisfies IndexProgress);
  allIn = message.last;
  buildWhenReady();
});

function buildWhenReady(): void {
  if (!allIn || output === undefined || failed) return;
  const folder = output;
  output = undefined;
  void build(folder);
}

/** The previous build's record of a document the article thread sent without its text. */
function recordOf(key: string): { record: DocumentRecord; terms: RecordTerms; file: RecordFile } {
  const from = previous!;
  from.records ??= readRecords(from.folder);
  const record = from.records?.documents.get(key);
  if (!record) throw new Error("a document's record is missing from the build cache (build with --clean)");
  from.file ??= new RecordFile(from.folder);
  return { record, terms: from.records!.terms, file: from.file };
}

/** Fragments are named by their contents: one the previous output has is taken from there, not made again. */
function takeFragment(name: string): void {
  fragmentsWritten.add(`${name}.json`);
  if (output === undefined) pendingLinks.push(name);
  else linkFragment(name);
}

/** The output folders that fragments were linked into (made once). */
const linkFolders = new Set<string>();

function linkFragment(name: string): void {
  const file = fragmentPath(name);
  const target = path.join(output!, file);
  const folder = path.dirname(target);
  if (!linkFolders.has(folder)) {
    fs.mkdirSync(folder, { recursive: true });
    linkFolders.add(folder);
  }
  linkOrCopy(path.join(previous!.output, file), target);
}

/** Names of the fragments in the previous output. */
function previousFragments(): Set<string> {
  if (!previous) return new Set();
  if (!previous.fragments) {
    try {
      previous.fragments = new Set(fs.readdirSync(path.join(previous.output, fragmentFolder)));
    } catch {
      previous.fragments = new Set();
    }
  }
  return previous.fragments;
}

function writeFragment(file: string, contents: string): void {
  const name = path.posix.basename(file);
  if (previousFragments().has(name)) {
    takeFragment(name.slice(0, -".json".length));
    return;
  }
  fragmentsWritten.add(name);
  gzips.add(file, contents, (bytes) => {
    if (fragmentWriter) fragmentWriter.write(file, bytes);
    else pendingFragments.push([file, bytes]);
  });
}

async function build(folder: string): Promise<void> {
  try {
    const files = new OutputWriter(folder);
    const builds = new Set<string>(["f"]);
    let manifest: string | undefined;
    // The files are compressed on the thread pool while this thread renders the next ones (the other cores
    // are mostly idle by now): it waits for room rather than compressing them itself. They go into a
    // provisional folder, renamed once the manifest names the build.
    const provisional = `provisional-${process.pid}-${threadId}`;
    const emitted = index!.files(provisional);
    let next = emitted.next();
    for (; !next.done; next = emitted.next()) {
      const [file, contents] = next.value;
      if (file === manifestPath) manifest = contents;
      else {
        const room = gzips.room();
        if (room) await room;
        gzips.add(file, contents, (bytes) => files.write(file, bytes));
      }
    }
    const stats = next.value;
    await gzips.drain();
    files.flush();
    const { build } = JSON.parse(manifest!) as SearchIndexManifest;
    builds.add(build);
    const target = path.join(folder, buildFolder({ build }));
    const written = path.join(folder, buildFolder({ build: provisional }));
    // A build folder of the same name holds the same files (the name hashes them): the dev server's rebuild.
    if (fs.existsSync(target)) fs.rmSync(written, { recursive: true, force: true });
    else if (fs.existsSync(written)) fs.renameSync(written, target);
    // Last, so that a manifest never names a file not written yet.
    files.write(manifestPath, manifest!);
    files.flush();
    fragmentWriter?.flush();
    recordWriter?.finish(index!.recordTables());
    previous?.file?.close();
    removeOtherBuilds(folder, builds);
    reply({ type: "index", stats, seconds: (performance.now() - started) / 1000 });
  } catch (error) {
    fail(error);
  }
}

function fail(error: unknown): void {
  failed = true;
  reply({ type: "failed", message: error instanceof Error ? error.message : String(error) });
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

const reply = (message: IndexReply) => parentPort!.postMessage(message);
