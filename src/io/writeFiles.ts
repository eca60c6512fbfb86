// Writes generated files (paths relative to a folder) into that folder, refusing any path that leaves it.
import fs from "node:fs";
import path from "node:path";

export function writeFiles(root: string, files: readonly { path: string; contents: string }[]): number {
  const base = path.resolve(root);
  let bytes = 0;
  const made = new Set<string>();
  for (const file of files) {
    const target = path.resolve(base, file.path);
    if (!target.startsWith(base + path.sep)) throw new Error(`refusing to write ${JSON.stringify(file.path)} outside ${base}`);
    const dir = path.dirname(target);
    if (!made.has(dir)) {
      fs.mkdirSync(dir, { recursive: true });
      made.add(dir);
    }
    fs.writeFileSync(target, file.contents);
    bytes += Buffer.byteLength(file.contents);
  }
  return bytes;
}
