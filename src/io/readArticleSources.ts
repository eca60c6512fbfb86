// Finds and reads the markdown files under the articles folder. The only reader of article files.
import fs from "node:fs";
import path from "node:path";
import type { ArticleSource } from "../content/parseArticle.ts";

export interface VersionedSource extends ArticleSource {
  /** Changes whenever the file does (size and modification time), so parsed results can be reused. */
  version: string;
}

const MARKDOWN = /\.(md|markdown)$/i;

/** Markdown files below `articlesDir`, sorted by path; hidden files and folders are skipped. */
export function listArticleFiles(articlesDir: string): string[] {
  if (!fs.existsSync(articlesDir)) return [];
  return fs
    .readdirSync(articlesDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && MARKDOWN.test(entry.name))
    .map((entry) => path.relative(articlesDir, path.join(entry.parentPath, entry.name)).split(path.sep).join("/"))
    .filter((entry) => !entry.split("/").some((part) => part.startsWith(".")))
    .sort();
}

/**
 * Reads every article file. `previous` holds what an earlier call read; files whose version did not change
 * are not read again (the dev server rebuilds after every save).
 */
export function readArticleSources(
  projectRoot: string,
  articlesDir: string,
  previous?: ReadonlyMap<string, VersionedSource>,
): VersionedSource[] {
  const relativeDir = path.relative(projectRoot, articlesDir).split(path.sep).join("/");
  return listArticleFiles(articlesDir).map((relativePath) => {
    const file = path.join(articlesDir, relativePath);
    const stat = fs.statSync(file);
    const version = `${stat.size}:${stat.mtimeMs}`;
    const sourcePath = relativeDir ? `${relativeDir}/${relativePath}` : relativePath;
    const known = previous?.get(sourcePath);
    if (known && known.version === version) return known;
    return { sourcePath, relativePath, version, bytes: fs.readFileSync(file) };
  });
}
