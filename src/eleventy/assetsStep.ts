// Files beside articles, the theme's stylesheet and the bundled search script.
import path from "node:path";
import { bundleClient, CLIENT_ENTRY } from "../io/bundleClient.ts";
import { copyArticleAssets } from "../io/copyArticleAssets.ts";
import { copyFolder } from "../io/copyFolder.ts";
import { buildReport } from "./buildReport.ts";
import type { Step } from "./steps.ts";

export function assetsStep(options: { projectRoot: string; articlesDir: string }): Step {
  return {
    async after({ directories }) {
      const output = directories.output;
      copyFolder(path.join(options.projectRoot, "layouts", "assets"), path.join(output, "assets"));
      copyArticleAssets(path.resolve(options.projectRoot, options.articlesDir), output);
      buildReport.clientBytes = await bundleClient(path.join(options.projectRoot, CLIENT_ENTRY), path.join(output, "assets", "search.js"));
    },
  };
}
