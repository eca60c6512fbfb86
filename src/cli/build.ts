// `npm run build`: validate every article, build into a staging folder, replace dist/ only on success.
//   npm run build -- --pathprefix=/news/ --output=dist
import path from "node:path";
import { parseArgs } from "node:util";
import Eleventy from "@11ty/eleventy";
import fs from "node:fs";
import { checkLinks } from "../check/checkLinks.ts";
import { contentDataFor } from "../eleventy/contentData.ts";
import { siteOptions } from "../eleventy/siteOptions.ts";
import { discardStaging, prepareStaging, publishStaging } from "../io/atomicOutput.ts";
import { listFiles } from "../io/listFiles.ts";
import { plural, reportProblems } from "./reportProblems.ts";

const { values } = parseArgs({
  options: {
    pathprefix: { type: "string" },
    output: { type: "string" },
  },
});

async function main(): Promise<number> {
  const started = performance.now();
  const options = siteOptions(process.env);
  const output = path.resolve(values.output ?? options.outputDir);

  const content = contentDataFor(options);
  const result = content.compile(false);
  const errors = reportProblems(result.problems);
  if (!result.ok) {
    console.error(`\nBuild stopped: ${plural(errors, "problem")} in the articles above. ${shown(output)}/ was left as it was.`);
    return 1;
  }

  const pathPrefix = normalizePathPrefix(values.pathprefix);
  const staging = prepareStaging(output);
  try {
    process.env.SITE_OUTPUT = staging;
    const eleventy = new Eleventy(options.articlesDir, staging, {
      configPath: path.join(options.projectRoot, ".eleventy.ts"),
      pathPrefix,
      quietMode: true,
    });
    await eleventy.write();

    const broken = checkLinks({ files: listFiles(staging), read: (file) => fs.readFileSync(path.join(staging, file), "utf8") }, pathPrefix);
    if (broken.length > 0) {
      for (const link of broken) console.error(`error: ${link.page}: link ${JSON.stringify(link.href)} ${link.reason}`);
      throw new Error(`${plural(broken.length, "broken link")} in the built pages (fix the links named above)`);
    }
    publishStaging(output);
  } catch (error) {
    discardStaging(output);
    console.error(error instanceof Error ? error.message : String(error));
    console.error(`\nBuild failed. ${shown(output)}/ was left as it was.`);
    return 1;
  }

  const model = result.model;
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `Built ${model.articles.length} articles in ${model.categories.length} categories and ${model.tags.length} tags ` +
      `(${model.skipped.drafts} drafts and ${model.skipped.scheduled} scheduled articles left out) into ${shown(output)}/ in ${seconds} s.`,
  );
  return 0;
}

const shown = (folder: string) => path.relative(process.cwd(), folder) || folder;

/** "news", "/news" and "/news/" all mean the site lives at /news/. */
function normalizePathPrefix(prefix: string | undefined): string {
  const trimmed = (prefix ?? "/").replace(/^\/+|\/+$/g, "");
  return trimmed ? `/${trimmed}/` : "/";
}

process.exitCode = await main();
