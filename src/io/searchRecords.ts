// The search index's records of a build's articles, kept in the build cache for the next build
// (src/io/buildCache.ts keeps the folder): what the index took of each article (PostingsBuilder's records), so
// that the next build indexes an unchanged article without turning its markdown into text and its text into
// terms again. Two files in the folder the build's threads keep:
//   search.bin    the records, one after the other, in the order the documents were indexed
//   search.json   { format, docs: [key, record bytes, fragment name, fragment bytes][] in the same order,
//                   terms, forms: what the records' term and form numbers stand for }
// A document's key is a hash of everything the index is made from (its fields and its markdown, documentKey);
// the cache's own key covers the code and the settings. Records that cannot be read (either file missing or
// cut short) are no records at all; the article thread and the index thread judge them alike (readRecords).
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { RecordTerms, type RecordSink } from "../search/PostingsBuilder.ts";
import type { FragmentName } from "../search/SearchIndexBuilder.ts";
import { putVarint } from "../search/varintStream.ts";

const FORMAT = 1;
const RECORDS = "search.bin";
const INDEX = "search.json";

/** A document's key: a hash of what its entry in the index is made from (its fields and its markdown). */
export function documentKey(document: { markdown: string }): string {
  const { markdown, ...fields } = document;
  // The markdown apart: hashed as it is, not escaped into JSON first (most of a document's text).
  return createHash("sha1").update(JSON.stringify(fields)).update("\0").update(markdown).digest("base64url");
}

/** Where a document's record is in search.bin, and its text fragment. */
export interface DocumentRecord {
  offset: number;
  length: number;
  fragment: FragmentName;
}

/** A folder's records: the documents by key, and what their numbers stand for; undefined when they cannot be read. */
export function readRecords(folder: string): { documents: Map<string, DocumentRecord>; terms: RecordTerms } | undefined {
  try {
    const stored = JSON.parse(fs.readFileSync(path.join(folder, INDEX), "utf8")) as {
      format: number;
      docs: [string, number, string, number][];
      terms: string[];
      forms: string[];
    };
    if (stored.format !== FORMAT) return undefined;
    const documents = new Map<string, DocumentRecord>();
    let offset = 0;
    for (const [key, length, name, bytes] of stored.docs) {
      documents.set(key, { offset, length, fragment: { name, bytes } });
      offset += length;
    }
    if (fs.statSync(path.join(folder, RECORDS)).size !== offset) return undefined;
    return { documents, terms: new RecordTerms(stored.terms, stored.forms) };
  } catch {
    return undefined;
  }
}

/** Reads records of a folder (readRecords tells where each is). */
export class RecordFile {
  private readonly fd: number;

  constructor(folder: string) {
    this.fd = fs.openSync(path.join(folder, RECORDS), "r");
  }

  read(record: DocumentRecord): Uint8Array {
    const bytes = new Uint8Array(record.length);
    if (fs.readSync(this.fd, bytes, 0, record.length, record.offset) !== record.length) throw new Error(`${RECORDS} is shorter than ${INDEX} says`);
    return bytes;
  }

  close(): void {
    fs.closeSync(this.fd);
  }
}

/** Writes the records of a build to search.bin as they come (a large site's are hundreds of MB), then the rest. */
export class RecordWriter implements RecordSink {
  private readonly folder: string;
  private readonly fd: number;
  private buffer = new Uint8Array(1 << 20);
  private at = 0;
  private flushed = 0;
  private readonly docs: [string, number, string, number][] = [];
  private documentStart = 0;

  constructor(folder: string) {
    this.folder = folder;
    this.fd = fs.openSync(path.join(folder, RECORDS), "w");
  }

  write(value: number): void {
    if (this.at + 5 > this.buffer.length) this.flush();
    this.at = putVarint(this.buffer, this.at, value);
  }

  /** The record just written is the document with this key and fragment. */
  endDocument(key: string, fragment: FragmentName): void {
    const end = this.flushed + this.at;
    this.docs.push([key, end - this.documentStart, fragment.name, fragment.bytes]);
    this.documentStart = end;
  }

  /** Writes what the records' numbers stand for and the list of documents; the folder is then complete. */
  finish(tables: { terms: readonly string[]; forms: readonly string[] }): void {
    this.flush();
    fs.closeSync(this.fd);
    fs.writeFileSync(path.join(this.folder, INDEX), JSON.stringify({ format: FORMAT, docs: this.docs, terms: tables.terms, forms: tables.forms }));
  }

  private flush(): void {
    let written = 0;
    while (written < this.at) written += fs.writeSync(this.fd, this.buffer, written, this.at - written);
    this.flushed += this.at;
    this.at = 0;
  }
}
