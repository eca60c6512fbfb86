// Worker thread: takes each rendered page as the main thread makes it, checks its links (production builds)
// and writes it (src/io/PageOutputWorker.ts starts it). At the end it lists the output folder and judges the
// links against it. With a build cache, what it found on each page is kept for the next build
// (src/io/linkRecords.ts), which then checks the pages it keeps without reading them.
import fs from "node:fs";
import path from "node:path";
import { parentPort } from "node:worker_threads";
import { LinkChecker, type BrokenLink } from "../check/LinkChecker.ts";
import { scanHtml } from "../check/scanHtml.ts";
import { LinkRecordWriter, readLinkRecords, type LinkRecords } from "./linkRecords.ts";
import { linkOrCopy } from "./linkOrCopy.ts";
import { listFiles } from "./listFiles.ts";
import { OutputWriter } from "./OutputWriter.ts";

/**
 * A build with a cache: what the link check found on each page is kept for the next build in `next`; a page
 * taken from the previous output is not read again when `previous` (the previous build's `next`) has it.
 */
export interface LinkRecordFiles {
  previous?: string;
  next: string;
}

export type PageOutputRequest =
  /** `elsewhere`: site paths served by something else on the host, whose links are not checked. */
  | { type: "start"; output: string; pathPrefix: string; checkLinks: boolean; elsewhere: string[]; records?: LinkRecordFiles }
  | { type: "page"; file: string; html: string }
  /** Pages an incremental build takes from the previous output (`from`): linked (or copied) into the output, their links checked. */
  | { type: "reuse"; from: string; files: string[] }
  | { type: "finish" };
export type PageOutputReply =
  | { type: "written"; count: number }
  | { type: "finished"; ok: true; files: string[]; broken: BrokenLink[] }
  | { type: "finished"; ok: false; message: string };

/** How often the thread says how many pages are on disk: the main thread waits when too many are not. */
const REPORT_EVERY = 64;

let writer: OutputWriter | undefined;
let checker: LinkChecker | undefined;
let outputDir = "";
let recordFiles: LinkRecordFiles | undefined;
/** What this build finds on its pages, for the next build (only when links are checked and there is a cache). */
let recording: LinkRecordWriter | undefined;
/** The previous build's records: read at the first kept page; `null` when there are none to use. */
let previous: LinkRecords | null | undefined;

parentPort!.on("message", (request: PageOutputRequest) => {
  switch (request.type) {
    case "start":
      outputDir = request.output;
      writer = new OutputWriter(request.output, {
        onWritten: (written) => {
          if (written % REPORT_EVERY === 0) reply({ type: "written", count: written });
        },
      });
      checker = request.checkLinks ? new LinkChecker(request.pathPrefix, { elsewhere: request.elsewhere }) : undefined;
      recordFiles = request.records;
      recording = checker && recordFiles ? new LinkRecordWriter() : undefined;
      previous = undefined;
      return;
    case "page":
      if (checker && request.file.endsWith(".html")) check(checker, request.file, request.html);
      writer!.write(request.file, request.html);
      return;
    case "reuse":
      reuse(request.from, request.files);
      return;
    case "finish":
      finish();
      return;
  }
});

/**
 * A hard link shares the file with the previous output, which is never written again (a build writes a new
 * folder and swaps it in); where links are not possible (another disk), the file is copied.
 */
function reuse(from: string, files: readonly string[]): void {
  const made = new Set<string>();
  for (const file of files) {
    const target = path.join(outputDir, file);
    const dir = path.dirname(target);
    if (!made.has(dir)) {
      fs.mkdirSync(dir, { recursive: true });
      made.add(dir);
    }
    linkOrCopy(path.join(from, file), target);
    if (checker && file.endsWith(".html")) {
      // The main thread keeps a page only when its file is the one the previous build wrote and recorded:
      // the record is what reading the page again would find.
      const records = previousRecords();
      const record = records?.get(file);
      if (record) {
        checker.addScanned(file, record.links, record.ids);
        recording?.keep(records!, file);
      } else check(checker, file, fs.readFileSync(target, "utf8"));
    }
  }
}

function check(checker: LinkChecker, file: string, html: string): void {
  const { links, ids } = scanHtml(html);
  checker.addScanned(file, links, ids);
  recording?.add(file, links, ids);
}

function previousRecords(): LinkRecords | null {
  if (previous === undefined) previous = (recordFiles?.previous !== undefined && readLinkRecords(recordFiles.previous)) || null;
  return previous;
}

function finish(): void {
  try {
    writer?.flush();
    const files = listFiles(outputDir);
    const broken = checker?.finish(files) ?? [];
    previous = null;
    if (recording) {
      try {
        recording.write(recordFiles!.next);
      } catch {
        // Without the records the next build reads its kept pages again, as a build without a cache does.
      }
      recording = undefined;
    }
    reply({ type: "finished", ok: true, files, broken });
  } catch (error) {
    reply({ type: "finished", ok: false, message: error instanceof Error ? error.message : String(error) });
  }
}

const reply = (message: PageOutputReply) => parentPort!.postMessage(message);
