// The parse of every article file of a build, kept in the build cache for the next one (src/io/buildCache.ts
// keeps the folder; SiteCompiler.restore takes them): reading front matter is most of what checking articles
// costs, and the next build parses again only the files whose bytes changed. One file, `articles.bin`, in V8's
// serialization format (front matter holds dates, which JSON would turn into strings). A file that cannot be
// read is no parses at all.
import fs from "node:fs";
import path from "node:path";
import v8 from "node:v8";
import type { StoredParse } from "../model/SiteCompiler.ts";

const FILE = "articles.bin";
const FORMAT = 1;

export function readArticleParses(folder: string): Map<string, StoredParse> | undefined {
  try {
    const stored = v8.deserialize(fs.readFileSync(path.join(folder, FILE))) as { format: number; parses: Map<string, StoredParse> };
    return stored.format === FORMAT && stored.parses instanceof Map ? stored.parses : undefined;
  } catch {
    return undefined;
  }
}

export function writeArticleParses(folder: string, parses: ReadonlyMap<string, StoredParse>): void {
  fs.writeFileSync(path.join(folder, FILE), v8.serialize({ format: FORMAT, parses }));
}
