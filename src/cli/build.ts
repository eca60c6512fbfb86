// `npm run build`: validate every article, build into a staging folder, replace dist/ only on success.
//   npm run build -- --pathprefix=/news/ --output=dist
import path from "node:path";
import { parseArgs } from "node:util";
import Eleventy from "@11ty/eleventy";
import fs from "node:fs";
import { checkLinks } from "../check/checkLinks.ts";
import { formatProblem, sortProblems } from "../content/problems.ts";
import { contentDataFor } from "../eleventy/contentData.ts";
import { siteOptions } from "../eleventy/siteOptions.ts";
import { discardStaging, prepareStaging, publishStaging } from "../io/atomicOutput.ts";
import { listFiles } from "../io/listFiles.ts";

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
  const problems = sortProblems(result.problems);
  for (const problem of problems) {
    const line = `${problem.severity === "error" ? "error" : "warning"}: ${formatProblem(problem)}`;
    if (problem.severity === "error") console.error(line);
    else console.warn(line);
  }
  if (!result.ok) {
    const count = problems.filter((p) => p.severity === "error").length;
    console.error(`\nBuild stopped: ${count} ${count === 1 ? "problem" : "problems"} in the articles above. ${path.relative(process.cwd(), output) || output}/ was left as it was.`);
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
      for (const link of broken) console.error(`error: ${output === staging ? "" : path.basename(output) + "/"}${link.page}: link ${JSON.stringify(link.href)} ${link.reason}`);
      throw new Error(`${broken.length} broken ${broken.length === 1 ? "link" : "links"} in the built pages (fix the links named above)`);
    }
    publishStaging(output);
  } catch (error) {
    discardStaging(output);
    console.error(error instanceof Error ? error.message : String(error));
    console.error(`\nBuild failed. ${path.relative(process.cwd(), output) || output}/ was left as it was.`);
    return 1;
  }

  const model = result.model;
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `Built ${model.articles.length} articles in ${model.categories.length} categories and ${model.tags.length} tags ` +
      `(${model.skipped.drafts} drafts and ${model.skipped.scheduled} scheduled articles left out) into ${path.relative(process.cwd(), output) || output}/ in ${seconds} s.`,
  );
  return 0;
}

/** "news", "/news" and "/news/" all mean the site lives at /news/. */
function normalizePathPrefix(prefix: string | undefined): string {
  const trimmed = (prefix ?? "/").replace(/^\/+|\/+$/g, "");
  return trimmed ? `/${trimmed}/` : "/";
}

process.exitCode = await main();
