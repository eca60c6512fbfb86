// Images and other files kept beside articles are copied into the site at the same relative path,
// where the rewritten links in article bodies expect them.
import fs from "node:fs";
import path from "node:path";
import { SITE_FILES } from "../urls/reservedPaths.ts";
import { listFiles } from "./listFiles.ts";

/** Files kept beside articles that are copied into the site as they are. */
export const ASSET_EXTENSIONS = ["png", "jpg", "jpeg", "gif", "svg", "webp", "avif", "ico", "pdf", "mp3", "mp4", "webm", "csv", "txt", "zip"];
const ASSET = new RegExp(`\\.(${ASSET_EXTENSIONS.join("|")})$`, "i");

/** True for a file (relative to the articles folder) that the build copies into the site. */
export function isArticleAsset(relativePath: string): boolean {
  return ASSET.test(relativePath) && !relativePath.split("/").some((part) => part.startsWith("."));
}

/**
 * Copies assets that are missing or changed; returns how many were copied. Symbolic links are not copied
 * (listFiles lists regular files only), so nothing outside the articles folder ends up in the site, and
 * the site's own files (robots.txt) are never replaced: the build reports both before it gets here.
 */
export function copyArticleAssets(articlesDir: string, outputDir: string): number {
  if (!fs.existsSync(articlesDir)) return 0;
  let copied = 0;
  for (const file of listFiles(articlesDir)) {
    if (!isArticleAsset(file) || SITE_FILES.has(file)) continue;
    const from = path.join(articlesDir, file);
    const to = path.join(outputDir, file);
    const source = fs.statSync(from);
    const existing = fs.statSync(to, { throwIfNoEntry: false });
    if (existing && existing.size === source.size && existing.mtimeMs >= source.mtimeMs) continue;
    fs.mkdirSync(path.dirname(to), { recursive: true });
    fs.copyFileSync(from, to);
    copied++;
  }
  return copied;
}
