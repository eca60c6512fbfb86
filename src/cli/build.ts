// `npm run build`: validate every article, build into a staging folder, check every link, and replace the
// output folder only when all of that succeeded.
//   npm run build -- --pathprefix=/news/ --output=dist --json
import path from "node:path";
import { parseArgs } from "node:util";
import Eleventy from "@11ty/eleventy";
import { buildReport, timed, timedAsync } from "../eleventy/buildReport.ts";
import { contentDataFor } from "../eleventy/contentData.ts";
import { ELEVENTY_INPUT, siteOptions } from "../eleventy/siteOptions.ts";
import { discardStaging, prepareStaging, publishStaging } from "../io/atomicOutput.ts";
import { outputFolderProblem } from "../io/outputFolder.ts";
import { buildSummary, type BuildSummary } from "./buildSummary.ts";
import { plural, reportProblems } from "./reportProblems.ts";

const { values } = parseArgs({
  options: {
    pathprefix: { type: "string" },
    output: { type: "string" },
    /** Print the summary as one line of JSON at the end (for the benchmark). */
    json: { type: "boolean", default: false },
  },
});

async function main(): Promise<number> {
  const started = performance.now();
  const options = siteOptions(process.env);
  const output = path.resolve(values.output ?? options.outputDir);

  const unsafe = outputFolderProblem(output, {
    projectRoot: options.projectRoot,
    sources: [options.articlesDir, "layouts", "src", "tests", "node_modules", ".git"],
  });
  if (unsafe) {
    console.error(`error: --output: ${unsafe}`);
    return 1;
  }

  const content = contentDataFor(options);
  const result = timed("checking articles", () => content.compile(false));
  const errors = reportProblems(result.problems);
  if (!result.ok) {
    console.error(`\nBuild stopped: ${plural(errors, "problem")} in the articles above. ${shown(output)}/ was left as it was.`);
    return 1;
  }
  const model = result.model;

  const pathPrefix = normalizePathPrefix(values.pathprefix);
  const staging = prepareStaging(output);
  buildReport.onProgress = (rendered) => {
    const seconds = Math.round((performance.now() - started) / 1000);
    console.error(`… ${seconds} s: rendered ${rendered.toLocaleString("en")} of ${model.articles.length.toLocaleString("en")} article pages`);
  };
  let files: string[];
  try {
    process.env.SITE_OUTPUT = staging;
    // Eleventy renders without writing; the site plugin writes each page as it is rendered, so the build's
    // memory does not grow with the pages written (src/eleventy/backgroundStep.ts).
    process.env.SITE_WRITES_PAGES = "1";
    const eleventy = new Eleventy(ELEVENTY_INPUT, staging, {
      configPath: path.join(options.projectRoot, ".eleventy.ts"),
      pathPrefix,
      quietMode: true,
      dryRun: true,
    });
    // Eleventy's closing line counts its own writes, which are none here: the summary below says it right.
    const logger = eleventy.logger as { logWithOptions(options: { message?: unknown }): void };
    const log = logger.logWithOptions.bind(logger);
    logger.logWithOptions = (options) => {
      if (!/^(Copied \d+ )?Wrote \d+ files?/.test(String(options.message))) log(options);
    };
    await timedAsync("rendering pages", () => eleventy.write());

    files = buildReport.files;
    const broken = buildReport.brokenLinks;
    if (broken.length > 0) {
      // Name the article file an author can open, where the page is an article's.
      const sources = new Map(model.articles.map((article) => [`${article.url.slice(1)}index.html`, article.sourcePath]));
      for (const link of broken) {
        const others = link.alsoOn > 0 ? ` (and on ${plural(link.alsoOn, "other page")})` : "";
        const where = sources.get(link.page) ?? `${shown(output)}/${link.page}`;
        console.error(`error: ${where}: link ${JSON.stringify(link.href)} ${link.reason}${others}`);
      }
      throw new Error(`${plural(broken.length, "broken link")} in the built pages (fix the links named above)`);
    }
    publishStaging(output);
  } catch (error) {
    discardStaging(output);
    console.error(error instanceof Error ? error.message : String(error));
    console.error(`\nBuild failed. ${shown(output)}/ was left as it was.`);
    return 1;
  }

  const summary: BuildSummary = buildSummary({
    siteName: options.site.name,
    output: shown(output),
    model,
    files,
    search: buildReport.search,
    clientBytes: buildReport.clientBytes,
    timings: buildReport.timings,
    seconds: (performance.now() - started) / 1000,
    maxRssBytes: process.resourceUsage().maxRSS * 1024,
  });
  console.log(summary.text);
  if (values.json) console.log(JSON.stringify(summary.data));
  return 0;
}

const shown = (folder: string) => path.relative(process.cwd(), folder) || folder;

/** "news", "/news" and "/news/" all mean the site lives at /news/. */
function normalizePathPrefix(prefix: string | undefined): string {
  const trimmed = (prefix ?? "/").replace(/^\/+|\/+$/g, "");
  return trimmed ? `/${trimmed}/` : "/";
}

process.exitCode = await main();
