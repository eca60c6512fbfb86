// Finds and reads the markdown files under the articles folder. The only reader of article files.
import fs from "node:fs";
import path from "node:path";
import type { ArticleSource } from "../content/parseArticle.ts";
import { quoted } from "../content/quoted.ts";
import { SITE_FILES } from "../urls/reservedPaths.ts";
import { isArticleAsset } from "./copyArticleAssets.ts";

export interface VersionedSource extends ArticleSource {
  /** Changes whenever the file does (size and modification time), so parsed results can be reused. */
  version: string;
}

/**
 * The largest article file read. Bigger ones are refused with their size: a body is parsed whole, and at
 * several times this size one article would hold the build for minutes and gigabytes.
 */
export const MAX_ARTICLE_BYTES = 5_000_000;

const MARKDOWN = /\.(md|markdown)$/i;
/** Folders that hold no content. */
const IGNORED = new Set([".git", "node_modules"]);

interface Listed {
  relativePath: string;
  /** Why the build cannot use this path, with the fix; absent for a markdown file to read. */
  refused?: string;
}

/**
 * Markdown files below `articlesDir`, sorted by path, plus what the build refuses to touch there: symbolic
 * links (never followed, so nothing outside the folder is read), files that would replace one of the site's
 * own, and articles in a folder whose name shows nothing. Hidden files and folders and node_modules hold no
 * articles (the README says so). Other files (scripts included) are never run: Eleventy does not read this
 * folder at all (src/eleventy/input/README.md).
 */
function scanArticlesDir(articlesDir: string): Listed[] {
  if (!fs.existsSync(articlesDir)) return [];
  const listed: Listed[] = [];
  for (const entry of fs.readdirSync(articlesDir, { recursive: true, withFileTypes: true })) {
    const relativePath = path.relative(articlesDir, path.join(entry.parentPath, entry.name)).split(path.sep).join("/");
    const parts = relativePath.split("/");
    if (parts.some((part) => IGNORED.has(part))) continue;
    // Hidden files are not articles; a link is refused even there, so nothing points outside the folder.
    const hidden = parts.some((part) => part.startsWith("."));
    const refused = refusal(entry, relativePath);
    if (refused && (!hidden || entry.isSymbolicLink())) listed.push({ relativePath, refused });
    // A folder named like an article ("notes.md/") is a folder: the files in it are listed on their own.
    else if (!refused && !hidden && entry.isFile() && MARKDOWN.test(entry.name)) listed.push({ relativePath });
  }
  return listed.sort((a, b) => (a.relativePath < b.relativePath ? -1 : a.relativePath > b.relativePath ? 1 : 0));
}

function refusal(entry: fs.Dirent, relativePath: string): string | undefined {
  // readdir does not descend into linked folders either, so a link is the only trace of what it points to.
  if (entry.isSymbolicLink()) return "is a symbolic link, which the build does not follow (put the file or folder itself here)";
  if (entry.isDirectory()) return undefined;
  if (!entry.isFile() && MARKDOWN.test(entry.name)) return "is not a regular file (replace it with the article's markdown file)";
  const blank = MARKDOWN.test(entry.name) ? relativePath.split("/").slice(0, -1).find(isBlank) : undefined;
  if (blank !== undefined) {
    return `is in a folder named ${quoted(blank)}, which has nothing to show as a category or an address (rename the folder)`;
  }
  if (entry.isFile() && SITE_FILES.has(relativePath) && isArticleAsset(relativePath)) {
    return `would replace the site's own /${relativePath} (move it into a folder, or remove it)`;
  }
  return undefined;
}

function tooLarge(bytes: number): string {
  // Just above the limit, "5.0 MB" would not say why: bytes then.
  const size = bytes >= MAX_ARTICLE_BYTES * 1.01 ? `${(bytes / 1_000_000).toFixed(1)} MB` : `${bytes.toLocaleString("en")} bytes`;
  return `is ${size}, more than the ${MAX_ARTICLE_BYTES / 1_000_000} MB an article may be (split it, or move data files beside it)`;
}

/** A name with nothing visible in it: only white space (a space, a tab, a non-breaking space) or invisible characters. */
const isBlank = (name: string) => /^[\s\p{Default_Ignorable_Code_Point}]*$/u.test(name);

/** Paths of the files and links the build reads or refuses, relative to `articlesDir`: what `npm run check` counts. */
export function listArticleFiles(articlesDir: string): string[] {
  return scanArticlesDir(articlesDir).map((listed) => listed.relativePath);
}

/** A file's version as the build sees it: its size and modification time, from lstat (a link's own, never its target's). */
export function fileVersion(stat: fs.Stats): string {
  return `${stat.size}:${stat.mtimeMs}`;
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
  return scanArticlesDir(articlesDir).map(({ relativePath, refused }) => {
    const file = path.join(articlesDir, relativePath);
    const sourcePath = relativeDir ? `${relativeDir}/${relativePath}` : relativePath;
    const stat = fs.lstatSync(file);
    const version = `${refused ? "refused:" : ""}${fileVersion(stat)}`;
    const known = previous?.get(sourcePath);
    if (known && known.version === version) return known;
    if (refused) return { sourcePath, relativePath, version, bytes: new Uint8Array(), refused };
    if (stat.size > MAX_ARTICLE_BYTES) return { sourcePath, relativePath, version, bytes: new Uint8Array(), refused: tooLarge(stat.size) };
    try {
      return { sourcePath, relativePath, version, bytes: fs.readFileSync(file) };
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? String(error);
      return { sourcePath, relativePath, version, bytes: new Uint8Array(), refused: `could not be read: ${code} (check that the file exists and may be read)` };
    }
  });
}
