// What the link check found on each HTML page of a build (its links in document order and its ids, as
// scanHtml gives them), kept in the build cache so that the next build checks the pages it keeps without
// reading them again: at 100k articles, reading and scanning the kept pages cost over a minute of CPU.
//
// The file, written once at the end of a build (numbers are unsigned LEB128 varints: 7 bits a byte, low first):
//
//   a header line, JSON: {"format":"link-records","version":1,"pages":P,"ascii":A,"wide":W,"lengthBytes":L,
//                         "asciiBytes":X,"wideBytes":Y,"bodyBytes":B,"sha1":"…"}\n
//   L bytes: the length of each distinct string (files, links, ids), in UTF-16 code units: first the A
//            strings that are all ASCII, then the W others
//   X bytes: the ASCII strings one after the other (no separators: the lengths cut them apart)
//   Y bytes: the other strings one after the other, in UTF-8
//   B bytes: P page records, each: file, bytes of the rest of the record, number of links, the links,
//            number of ids, the ids; a string is 2 × its place among the ASCII strings, or 2 × its place
//            among the others + 1
//
// `sha1` is over all but the header line. The same links are on every page (header, navigation, footer,
// tags), so each string is written once and a page costs a few bytes a link. One text cut by lengths reads
// several times faster than a JSON array of a million strings, and its ASCII part (most of it, even on a
// site in Chinese) reads as one byte a character where a single text with a few other characters in it
// would take two. A file that is missing, cut short, damaged or of another version is no records at all:
// the pages are read and scanned, as in a build without a cache. (What scanHtml finds is part of the code,
// which is part of the cache's key: a build with other code reads no earlier records.)
import { createHash } from "node:crypto";
import fs from "node:fs";
import { threadId } from "node:worker_threads";
import { putVarint } from "../search/varintStream.ts";

const FORMAT = "link-records";
const VERSION = 1;
const NOT_ASCII = /[^\0-\x7f]/;

interface Header {
  format: string;
  version: number;
  pages: number;
  ascii: number;
  wide: number;
  lengthBytes: number;
  asciiBytes: number;
  wideBytes: number;
  bodyBytes: number;
  sha1: string;
}

/** A page's scan as recorded: its links in document order, its ids. */
export interface LinkRecord {
  links: string[];
  ids: string[];
}

/** Collects the scans of the pages of a build, then writes them (`write`). */
export class LinkRecordWriter {
  /** Each distinct string and its number in the records. */
  private readonly numbers = new Map<string, number>();
  /** The strings by their place: all ASCII, and the others. */
  private readonly ascii: string[] = [];
  private readonly wide: string[] = [];
  private readonly body = new Varints();
  /** A record before it goes into the body, which puts its length first. */
  private readonly page = new Varints();
  private pages = 0;
  /** For `keep`: this writer's number of each string of `keptFrom`, once known (else -1). */
  private keptFrom: LinkRecords | undefined;
  private renumber = new Int32Array(0);

  /** A page's scan; a later record of the same file replaces an earlier one. */
  add(file: string, links: readonly string[], ids: Iterable<string>): void {
    const page = this.page;
    page.length = 0;
    page.push(links.length);
    for (const link of links) page.push(this.number(link, true));
    const idNumbers: number[] = [];
    for (const id of ids) idNumbers.push(this.number(id, true));
    page.push(idNumbers.length);
    for (const id of idNumbers) page.push(id);
    this.endPage(this.number(file, true));
  }

  /**
   * Copies the record of `file` from an earlier build's records (false when they have none): a page kept
   * as it was. Its numbers are translated from one table to the other, each string looked up once.
   */
  keep(records: LinkRecords, file: string): boolean {
    const numbers = records.numbers(file);
    if (!numbers) return false;
    if (this.keptFrom !== records) {
      this.keptFrom = records;
      this.renumber = new Int32Array(records.strings).fill(-1);
    }
    const { page, renumber } = this;
    const { list, links } = numbers;
    page.length = 0;
    page.push(links);
    for (let i = 0; i < list.length; i++) {
      if (i === links) page.push(list.length - links);
      const place = records.place(list[i]!);
      let number = renumber[place]!;
      if (number === -1) renumber[place] = number = this.number(records.string(list[i]!), false);
      page.push(number);
    }
    if (links === list.length) page.push(0);
    // The name of a kept page comes in a message of its own, not cut from a page: nothing to copy.
    this.endPage(this.number(file, false));
    return true;
  }

  /** Writes the records to `target` (to a temporary name first, then renamed: a reader never sees half a file). */
  write(target: string): void {
    const lengths = new Varints();
    for (const text of this.ascii) lengths.push(text.length);
    for (const text of this.wide) lengths.push(text.length);
    const lengthData = lengths.bytes.subarray(0, lengths.length);
    const ascii = Buffer.from(this.ascii.join(""), "latin1");
    const wide = Buffer.from(this.wide.join(""), "utf8");
    const body = this.body.bytes.subarray(0, this.body.length);
    const sha1 = createHash("sha1").update(lengthData).update(ascii).update(wide).update(body).digest("hex");
    const header: Header = {
      format: FORMAT,
      version: VERSION,
      pages: this.pages,
      ascii: this.ascii.length,
      wide: this.wide.length,
      lengthBytes: lengthData.length,
      asciiBytes: ascii.length,
      wideBytes: wide.length,
      bodyBytes: body.length,
      sha1,
    };
    const temporary = `${target}.${process.pid}-${threadId}`;
    try {
      const fd = fs.openSync(temporary, "w");
      try {
        for (const data of [Buffer.from(`${JSON.stringify(header)}\n`, "utf8"), lengthData, ascii, wide, body]) {
          for (let written = 0; written < data.length; ) written += fs.writeSync(fd, data, written);
        }
      } finally {
        fs.closeSync(fd);
      }
      fs.renameSync(temporary, target);
    } catch (error) {
      fs.rmSync(temporary, { force: true });
      throw error;
    }
  }

  /**
   * The number of `text` in the records. `fromPage`: text cut from a page, copied before it is kept, as V8
   * makes a slice of a long string point into it (the table would hold every page; see `detached` in
   * LinkChecker). Strings of earlier records point into their table's text, which is kept to the end anyway.
   */
  private number(text: string, fromPage: boolean): number {
    let number = this.numbers.get(text);
    if (number === undefined) {
      const kept = fromPage ? (JSON.parse(JSON.stringify(text)) as string) : text;
      const wide = NOT_ASCII.test(kept);
      const list = wide ? this.wide : this.ascii;
      number = list.length * 2 + (wide ? 1 : 0);
      list.push(kept);
      this.numbers.set(kept, number);
    }
    return number;
  }

  private endPage(file: number): void {
    this.pages++;
    this.body.push(file);
    this.body.push(this.page.length);
    this.body.append(this.page);
  }
}

/** The records of an earlier build (readLinkRecords). */
export class LinkRecords {
  /** How many distinct strings the records have. */
  readonly strings: number;
  private readonly ascii: string;
  private readonly wide: string;
  private readonly asciiCount: number;
  /**
   * Where each string starts in its text: ASCII string i from starts[i] to starts[i + 1] in `ascii`, the
   * others (from place `asciiCount` on) one further on, in `wide`.
   */
  private readonly starts: Uint32Array;
  private readonly table: (string | undefined)[];
  private readonly body: Uint8Array;
  /** Where each page's record starts in `body` (at its length, after the file). */
  private readonly records = new Map<string, number>();
  /** The numbers of the record last read (`numbers`): reused from a page to the next. */
  private scratch = new Int32Array(256);

  /** Throws when the parts do not fit together. */
  constructor(header: Header, lengths: Uint8Array, ascii: Buffer, wide: Buffer, body: Uint8Array) {
    const strings = header.ascii + header.wide;
    this.asciiCount = header.ascii;
    this.strings = strings;
    this.body = body;
    this.starts = new Uint32Array(strings + 2);
    const reader = new VarintReader(lengths);
    let start = 0;
    for (let i = 0; i < header.ascii; i++) {
      this.starts[i] = start;
      start += reader.next(lengths.length);
    }
    this.starts[header.ascii] = start;
    const asciiLength = start;
    start = 0;
    for (let i = header.ascii + 1; i <= strings; i++) {
      this.starts[i] = start;
      start += reader.next(lengths.length);
    }
    this.starts[strings + 1] = start;
    this.ascii = ascii.toString("latin1");
    this.wide = wide.toString("utf8");
    if (reader.at !== lengths.length || asciiLength !== this.ascii.length || start !== this.wide.length) {
      throw new RangeError("link records: the lengths do not fit the text");
    }
    this.table = new Array<string | undefined>(strings);
    const pageReader = new VarintReader(body);
    for (let page = 0; page < header.pages; page++) {
      const file = this.place(pageReader.next(body.length));
      const recordStart = pageReader.at;
      const end = pageReader.next(body.length) + pageReader.at;
      if (file >= strings || end > body.length) throw new RangeError("link records: a page record out of bounds");
      this.records.set(this.stringAt(file), recordStart);
      pageReader.at = end;
    }
    if (pageReader.at !== body.length) throw new RangeError("link records: bytes after the last page");
  }

  /** How many pages have a record. */
  get pages(): number {
    return this.records.size;
  }

  /** The scan recorded for `file`, if any. */
  get(file: string): LinkRecord | undefined {
    const numbers = this.numbers(file);
    if (!numbers) return undefined;
    const { list, links: count } = numbers;
    const links = new Array<string>(count);
    for (let i = 0; i < count; i++) links[i] = this.string(list[i]!);
    const ids = new Array<string>(list.length - count);
    for (let i = count; i < list.length; i++) ids[i - count] = this.string(list[i]!);
    return { links, ids };
  }

  /** The string numbered `number` in a record (for LinkRecordWriter.keep, as `place` and `numbers`). */
  string(number: number): string {
    return this.stringAt(this.place(number));
  }

  /** The place in the table (the ASCII strings, then the others) of the string numbered `number`; past its end when there is none. */
  place(number: number): number {
    const half = Math.floor(number / 2);
    if (number % 2 === 0) return half < this.asciiCount ? half : this.strings;
    return this.asciiCount + half;
  }

  /**
   * The record of `file` as numbers: `list` has the links, then the ids; `links` says how many links. Valid
   * until the next call. Undefined when there is no record, or it does not hold together.
   */
  numbers(file: string): { list: Int32Array; links: number } | undefined {
    const start = this.records.get(file);
    if (start === undefined) return undefined;
    const reader = new VarintReader(this.body, start);
    try {
      const end = reader.next(this.body.length) + reader.at;
      // Each number takes a byte at least: a count beyond the record's bytes is not one to make room for.
      const links = reader.next(end);
      if (links > end - reader.at) return undefined;
      this.room(links);
      for (let i = 0; i < links; i++) this.scratch[i] = this.checked(reader.next(end));
      const ids = reader.next(end);
      if (ids > end - reader.at) return undefined;
      this.room(links + ids);
      for (let i = links; i < links + ids; i++) this.scratch[i] = this.checked(reader.next(end));
      if (reader.at !== end) return undefined;
      return { list: this.scratch.subarray(0, links + ids), links };
    } catch {
      return undefined;
    }
  }

  private stringAt(place: number): string {
    let text = this.table[place];
    if (text === undefined) {
      text = place < this.asciiCount ? this.ascii.slice(this.starts[place], this.starts[place + 1]) : this.wide.slice(this.starts[place + 1], this.starts[place + 2]);
      this.table[place] = text;
    }
    return text;
  }

  private checked(number: number): number {
    if (this.place(number) >= this.strings) throw new RangeError("link records: a string outside the table");
    return number;
  }

  private room(size: number): void {
    if (size > this.scratch.length) {
      const grown = new Int32Array(Math.max(size, this.scratch.length * 2));
      grown.set(this.scratch);
      this.scratch = grown;
    }
  }
}

/**
 * Reads records written by LinkRecordWriter; `undefined` when there are none to trust (no file, another
 * version, a file cut short or damaged). Never throws: records only save work.
 */
export function readLinkRecords(file: string): LinkRecords | undefined {
  try {
    const data = fs.readFileSync(file);
    const newline = data.indexOf(10);
    if (newline === -1) return undefined;
    const header = JSON.parse(data.toString("utf8", 0, newline)) as Header | null;
    if (header?.format !== FORMAT || header.version !== VERSION) return undefined;
    const sizes = [header.pages, header.ascii, header.wide, header.lengthBytes, header.asciiBytes, header.wideBytes, header.bodyBytes];
    if (!sizes.every((n) => Number.isSafeInteger(n) && n >= 0)) return undefined;
    const asciiStart = newline + 1 + header.lengthBytes;
    const wideStart = asciiStart + header.asciiBytes;
    const bodyStart = wideStart + header.wideBytes;
    if (data.length !== bodyStart + header.bodyBytes) return undefined;
    if (createHash("sha1").update(data.subarray(newline + 1)).digest("hex") !== header.sha1) return undefined;
    // Copies of the parts kept as bytes: the file's buffer, mostly the texts (read into strings), can go.
    const lengths = new Uint8Array(data.subarray(newline + 1, asciiStart));
    const body = new Uint8Array(data.subarray(bodyStart));
    return new LinkRecords(header, lengths, data.subarray(asciiStart, wideStart), data.subarray(wideStart, bodyStart), body);
  } catch {
    return undefined;
  }
}

/** A growing run of varints. */
class Varints {
  bytes = new Uint8Array(1 << 16);
  length = 0;

  push(value: number): void {
    this.room(5);
    this.length = putVarint(this.bytes, this.length, value);
  }

  /** Appends the varints of `other`. */
  append(other: Varints): void {
    this.room(other.length);
    this.bytes.set(other.bytes.subarray(0, other.length), this.length);
    this.length += other.length;
  }

  private room(bytes: number): void {
    if (this.length + bytes <= this.bytes.length) return;
    const grown = new Uint8Array(Math.max(this.bytes.length * 2, this.length + bytes));
    grown.set(this.bytes.subarray(0, this.length));
    this.bytes = grown;
  }
}

/** Reads varints from `bytes`; throws at a number that does not end before `end`. */
class VarintReader {
  private readonly bytes: Uint8Array;
  at: number;

  constructor(bytes: Uint8Array, at = 0) {
    this.bytes = bytes;
    this.at = at;
  }

  next(end: number): number {
    const bytes = this.bytes;
    let at = this.at;
    if (at >= end) throw new RangeError("link records: a number cut short");
    let byte = bytes[at++]!;
    let value = byte & 0x7f;
    for (let scale = 0x80; byte >= 0x80; scale *= 0x80) {
      if (at >= end || scale > 0x10000000) throw new RangeError("link records: a number cut short or too long");
      byte = bytes[at++]!;
      value += (byte & 0x7f) * scale;
    }
    this.at = at;
    return value;
  }
}
