// Worker thread: builds and writes the search index while the main thread renders pages.
import fs from "node:fs";
import path from "node:path";
import { parentPort } from "node:worker_threads";
import { withPlainBody, type MarkdownSearchDocument } from "../build/searchDocuments.ts";
import { createTextMarkdown } from "../markdown/createTextMarkdown.ts";
import { buildSearchIndex } from "../search/buildSearchIndex.ts";
import { writeFiles } from "./writeFiles.ts";

export interface SearchIndexJob {
  output: string;
  documents: MarkdownSearchDocument[];
}

const md = createTextMarkdown();

parentPort!.once("message", (job: SearchIndexJob) => {
  try {
    const index = buildSearchIndex(job.documents.map((document) => withPlainBody(document, md)));
    writeFiles(job.output, index.files);
    removeOtherBuilds(job.output, index.files);
    parentPort!.postMessage({ ok: true, stats: index.stats });
  } catch (error) {
    parentPort!.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) });
  }
});

/** The dev server rebuilds into the same folder: drop index files of earlier builds. */
function removeOtherBuilds(output: string, files: readonly { path: string }[]): void {
  const current = new Set(files.map((file) => file.path.split("/")[1]));
  const folder = path.join(output, "search-index");
  for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
    if (entry.isDirectory() && !current.has(entry.name)) fs.rmSync(path.join(folder, entry.name), { recursive: true, force: true });
  }
}
