// The build's second thread (src/io/BuildWorker.ts starts it). While the main thread renders pages, it
// builds and writes the search index, then takes each rendered page: checks its links and writes it.
// Messages are handled in the order they were sent; pages sent while the index is being built wait.
import fs from "node:fs";
import path from "node:path";
import { parentPort } from "node:worker_threads";
import { withPlainBody, type MarkdownSearchDocument } from "../build/searchDocuments.ts";
import { LinkChecker } from "../check/LinkChecker.ts";
import { createTextMarkdown } from "../markdown/createTextMarkdown.ts";
import { emitSearchIndex } from "../search/emitSearchIndex.ts";
import type { SearchDocument } from "../search/types.ts";
import { listFiles } from "./listFiles.ts";
import { OutputWriter } from "./OutputWriter.ts";

export type WorkerRequest =
  | { type: "search"; output: string; documents: MarkdownSearchDocument[] }
  | { type: "output"; output: string; pathPrefix: string; checkLinks: boolean }
  | { type: "page"; file: string; html: string }
  | { type: "finish" };

export type WorkerReply =
  | { type: "search"; ok: true; stats: import("../search/types.ts").SearchIndexStats; seconds: number }
  | { type: "search"; ok: false; message: string }
  | { type: "finish"; ok: true; files: string[]; broken: import("../check/LinkChecker.ts").BrokenLink[] }
  | { type: "finish"; ok: false; message: string };

const md = createTextMarkdown();
let writer: OutputWriter | undefined;
let checker: LinkChecker | undefined;
let outputDir = "";
let finishing = Promise.resolve();

parentPort!.on("message", (request: WorkerRequest) => {
  switch (request.type) {
    case "search":
      return buildSearchIndex(request);
    case "output":
      outputDir = request.output;
      writer = new OutputWriter(request.output);
      checker = request.checkLinks ? new LinkChecker(request.pathPrefix) : undefined;
      return;
    case "page":
      if (checker && request.file.endsWith(".html")) checker.addPage(request.file, request.html);
      writer?.write(request.file, request.html);
      return;
    case "finish":
      finishing = finishing.then(finish);
      return;
  }
});

function buildSearchIndex(job: { output: string; documents: MarkdownSearchDocument[] }): void {
  const started = performance.now();
  try {
    // Each document's markdown is dropped as soon as its text is made: at 100k articles both at once
    // would be another 400 MB.
    const documents: SearchDocument[] = [];
    for (let i = 0; i < job.documents.length; i++) {
      documents.push(withPlainBody(job.documents[i]!, md));
      (job.documents as unknown[])[i] = undefined;
    }
    const files = new OutputWriter(job.output);
    const builds = new Set<string>();
    const stats = emitSearchIndex(documents, (file, contents) => {
      files.write(file, contents);
      builds.add(file.split("/")[1]!);
    });
    void files.flush().then(
      () => {
        removeOtherBuilds(job.output, builds);
        reply({ type: "search", ok: true, stats, seconds: (performance.now() - started) / 1000 });
      },
      (error: unknown) => reply({ type: "search", ok: false, message: messageOf(error) }),
    );
  } catch (error) {
    reply({ type: "search", ok: false, message: messageOf(error) });
  }
}

async function finish(): Promise<void> {
  try {
    await writer?.flush();
    const files = outputDir ? listFiles(outputDir) : [];
    reply({ type: "finish", ok: true, files, broken: checker?.finish(files) ?? [] });
  } catch (error) {
    reply({ type: "finish", ok: false, message: messageOf(error) });
  }
}

/** The dev server rebuilds into the same folder: drop index files of earlier builds. */
function removeOtherBuilds(output: string, current: ReadonlySet<string>): void {
  const folder = path.join(output, "search-index");
  for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
    if (entry.isDirectory() && !current.has(entry.name)) fs.rmSync(path.join(folder, entry.name), { recursive: true, force: true });
  }
}

const reply = (message: WorkerReply) => parentPort!.postMessage(message);
const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));
