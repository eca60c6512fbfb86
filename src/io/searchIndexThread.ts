// Worker thread: builds and writes the search index while the main thread renders pages
// (src/io/SearchIndexWorker.ts starts it). Documents arrive in chunks; each document's markdown is dropped
// as soon as its text is made (at 100k articles both at once would be another 500 MB).
import fs from "node:fs";
import path from "node:path";
import { parentPort } from "node:worker_threads";
import { withPlainBody, type MarkdownSearchDocument } from "../build/searchDocuments.ts";
import { createTextMarkdown } from "../markdown/createTextMarkdown.ts";
import { emitSearchIndex } from "../search/emitSearchIndex.ts";
import type { SearchDocument, SearchIndexStats } from "../search/types.ts";
import { OutputWriter } from "./OutputWriter.ts";

export type SearchIndexRequest = { type: "documents"; documents: MarkdownSearchDocument[] } | { type: "build"; output: string };
export type SearchIndexReply = { ok: true; stats: SearchIndexStats; seconds: number } | { ok: false; message: string };

const md = createTextMarkdown();
const documents: SearchDocument[] = [];
let started = 0;

parentPort!.on("message", (request: SearchIndexRequest) => {
  started ||= performance.now();
  if (request.type === "documents") {
    for (const document of request.documents) documents.push(withPlainBody(document, md));
    return;
  }
  void build(request.output).then(
    (stats) => reply({ ok: true, stats, seconds: (performance.now() - started) / 1000 }),
    (error: unknown) => reply({ ok: false, message: error instanceof Error ? error.message : String(error) }),
  );
});

async function build(output: string): Promise<SearchIndexStats> {
  const files = new OutputWriter(output);
  const builds = new Set<string>();
  const stats = emitSearchIndex(documents, (file, contents) => {
    files.write(file, contents);
    builds.add(file.split("/")[1]!);
  });
  documents.length = 0;
  await files.flush();
  removeOtherBuilds(output, builds);
  return stats;
}

/** The dev server rebuilds into the same folder: drop index files of earlier builds. */
function removeOtherBuilds(output: string, current: ReadonlySet<string>): void {
  const folder = path.join(output, "search-index");
  for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
    if (entry.isDirectory() && !current.has(entry.name)) fs.rmSync(path.join(folder, entry.name), { recursive: true, force: true });
  }
}

const reply = (message: SearchIndexReply) => parentPort!.postMessage(message);
