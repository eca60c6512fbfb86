// Worker thread: builds and writes the search index while the main thread renders pages.
import fs from "node:fs";
import path from "node:path";
import { parentPort } from "node:worker_threads";
import { withPlainBody, type MarkdownSearchDocument } from "../build/searchDocuments.ts";
import { createTextMarkdown } from "../markdown/createTextMarkdown.ts";
import { emitSearchIndex } from "../search/emitSearchIndex.ts";
import type { SearchDocument } from "../search/types.ts";
import { OutputWriter } from "./OutputWriter.ts";

export interface SearchIndexJob {
  output: string;
  documents: MarkdownSearchDocument[];
}

const md = createTextMarkdown();

parentPort!.once("message", async (job: SearchIndexJob) => {
  try {
    // Each document's markdown is dropped as soon as its text is made: at 100k articles both at once
    // would be another 400 MB.
    const documents: SearchDocument[] = [];
    for (let i = 0; i < job.documents.length; i++) {
      documents.push(withPlainBody(job.documents[i]!, md));
      (job.documents as unknown[])[i] = undefined;
    }
    const writer = new OutputWriter(job.output);
    const builds = new Set<string>();
    const stats = emitSearchIndex(documents, (file, contents) => {
      writer.write(file, contents);
      builds.add(file.split("/")[1]!);
    });
    await writer.flush();
    removeOtherBuilds(job.output, builds);
    parentPort!.postMessage({ ok: true, stats });
  } catch (error) {
    parentPort!.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) });
  }
});

/** The dev server rebuilds into the same folder: drop index files of earlier builds. */
function removeOtherBuilds(output: string, current: ReadonlySet<string>): void {
  const folder = path.join(output, "search-index");
  for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
    if (entry.isDirectory() && !current.has(entry.name)) fs.rmSync(path.join(folder, entry.name), { recursive: true, force: true });
  }
}
