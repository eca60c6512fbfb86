// Files the site serves beside its pages: the theme's stylesheet, the files kept beside articles and the
// bundled search script.
import path from "node:path";
import { bundleClient, CLIENT_ENTRY } from "./bundleClient.ts";
import { copyArticleAssets } from "./copyArticleAssets.ts";
import { copyFolder } from "./copyFolder.ts";
import { SITE_PATHS } from "../urls/sitePaths.ts";

/** Copies and bundles into `outputDir`; returns the size of the search script. */
export async function copySiteAssets(settings: { projectRoot: string; articlesDir: string }, outputDir: string): Promise<number> {
  const assets = path.join(outputDir, SITE_PATHS.assets);
  copyFolder(path.join(settings.projectRoot, "layouts", "assets"), assets);
  copyArticleAssets(path.resolve(settings.projectRoot, settings.articlesDir), outputDir);
  return bundleClient(path.join(settings.projectRoot, CLIENT_ENTRY), path.join(outputDir, SITE_PATHS.searchScript));
}
