// Files the site serves beside its pages: the theme's stylesheet, the files kept beside articles and the
// bundled search script.
import path from "node:path";
import { bundleClient, CLIENT_ENTRY } from "./bundleClient.ts";
import fs from "node:fs";
import { copyArticleAssets, isArticleAsset } from "./copyArticleAssets.ts";
import { copyFolder } from "./copyFolder.ts";
import { listFiles } from "./listFiles.ts";
import { SITE_FILES } from "../urls/reservedPaths.ts";
import { SITE_PATHS } from "../urls/sitePaths.ts";

/** Copies and bundles into `outputDir`; returns the size of the search script. */
export async function copySiteAssets(settings: { projectRoot: string; articlesDir: string }, outputDir: string): Promise<number> {
  const assets = path.join(outputDir, SITE_PATHS.assets);
  copyFolder(path.join(settings.projectRoot, "layouts", "assets"), assets);
  copyArticleAssets(path.resolve(settings.projectRoot, settings.articlesDir), outputDir);
  return bundleClient(path.join(settings.projectRoot, CLIENT_ENTRY), path.join(outputDir, SITE_PATHS.searchScript));
}

/** The files copySiteAssets copies, as output paths, without copying anything (for checks from the sources). */
export function copiedFiles(settings: { projectRoot: string; articlesDir: string }): string[] {
  const list = (folder: string) => (fs.existsSync(folder) ? listFiles(folder) : []);
  const theme = list(path.join(settings.projectRoot, "layouts", "assets")).map((file) => path.posix.join(SITE_PATHS.assets.slice(1), file));
  const articles = list(path.resolve(settings.projectRoot, settings.articlesDir)).filter((file) => isArticleAsset(file) && !SITE_FILES.has(file));
  return [...theme, ...articles];
}
