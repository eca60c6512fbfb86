// Size of a folder as a host stores it and as a browser would download it, file by file.

import fs from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

export interface FolderSize {
  files: number;
  bytes: number;
  /** Each file gzipped (level 6), or as is when that is smaller (Pagefind's files are compressed already). */
  gzipBytes: number;
}

/** Bytes of `file` over a compressing connection: gzip, unless the file does not shrink. */
export function transferBytes(file: string): number {
  const bytes = fs.readFileSync(file);
  return Math.min(bytes.length, gzipSync(bytes, { level: 6 }).length);
}

/** Every file below `dir` (only those whose path relative to `dir` passes `include`). */
export function folderSize(dir: string, include: (relativePath: string) => boolean = () => true): FolderSize {
  const size: FolderSize = { files: 0, bytes: 0, gzipBytes: 0 };
  if (!fs.existsSync(dir)) return size;
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    if (!include(path.relative(dir, file).split(path.sep).join("/"))) continue;
    size.files++;
    size.bytes += fs.statSync(file).size;
    size.gzipBytes += transferBytes(file);
  }
  return size;
}

/** Counts files below `dir` whose name matches. */
export function countFiles(dir: string, name: RegExp): number {
  if (!fs.existsSync(dir)) return 0;
  return fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile() && name.test(entry.name)).length;
}
