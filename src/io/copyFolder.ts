// Copies a folder's files into another folder, keeping relative paths.
import fs from "node:fs";
import path from "node:path";
import { listFiles } from "./listFiles.ts";

export function copyFolder(from: string, to: string): void {
  if (!fs.existsSync(from)) return;
  for (const file of listFiles(from)) {
    fs.mkdirSync(path.dirname(path.join(to, file)), { recursive: true });
    fs.copyFileSync(path.join(from, file), path.join(to, file));
  }
}
