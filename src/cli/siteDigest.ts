// `node --import tsx src/cli/siteDigest.ts [--write] <folder>`: one SHA-256 over a built site, printed in hex.
// The deploy workflow publishes it beside the site as build-digest.txt (--write) and, on a scheduled run,
// deploys only when the live site's digest differs from the new build's.
//
// The digest covers every file in the folder, its path and its bytes, except build-digest.txt itself: it is
// the SHA-256 of one line per file, in byte order of the paths, each line as `sha256sum` prints it
// (`<SHA-256 of the file>  <path relative to the folder>\n`). It does not depend on the order in which the
// files were written, on modification times or on the folder's own name.
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { listFiles } from "../io/listFiles.ts";

export const DIGEST_FILE = "build-digest.txt";

export function siteDigest(folder: string): string {
  const files = listFiles(folder)
    .filter((file) => file !== DIGEST_FILE)
    .sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
  const digest = createHash("sha256");
  for (const file of files) {
    const bytes = createHash("sha256").update(fs.readFileSync(path.join(folder, file))).digest("hex");
    digest.update(`${bytes}  ${file}\n`);
  }
  return digest.digest("hex");
}

function main(): number {
  const { values, positionals } = parseArgs({ options: { write: { type: "boolean", default: false } }, allowPositionals: true });
  const folder = positionals[0];
  if (positionals.length !== 1 || !folder || !fs.statSync(folder, { throwIfNoEntry: false })?.isDirectory()) {
    console.error("usage: node --import tsx src/cli/siteDigest.ts [--write] <built site folder>");
    return 2;
  }
  const digest = siteDigest(folder);
  if (values.write) fs.writeFileSync(path.join(folder, DIGEST_FILE), `${digest}\n`);
  console.log(digest);
  return 0;
}

const realPath = (file: string) => {
  try {
    return fs.realpathSync(file);
  } catch {
    return path.resolve(file);
  }
};
// Run as a command, not when a test imports siteDigest.
if (process.argv[1] && realPath(process.argv[1]) === realPath(import.meta.filename)) process.exitCode = main();
