// `npm run build`: check the output folder, compile every article, render the site into a staging folder,
// read what the build found (broken links), and replace the output folder only when all of that succeeded.
//   npm run build -- --pathprefix=/news/ --output=dist --json
import path from "node:path";
import { parseArgs } from "node:util";
import { runEleventy } from "../eleventy/runEleventy.ts";
import { discardStaging, prepareStaging, publishStaging, stagingDirFor } from "../io/atomicOutput.ts";
import { outputFolderProblem } from "../io/outputFolder.ts";
import { settingsFromEnvironment } from "../pipeline/buildSettings.ts";
import { SiteBuild } from "../pipeline/SiteBuild.ts";
import { buildSummary } from "./buildSummary.ts";
import { plural, reportBrokenLinks, reportProblems, tally } from "./reportProblems.ts";

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
  const settings = settingsFromEnvironment(process.env);
  const output = path.resolve(values.output ?? settings.outputDir);

  // 1. The output folder must be one the build may replace.
  const unsafe = outputFolderProblem(output, {
    projectRoot: settings.projectRoot,
    sources: [settings.articlesDir, "layouts", "src", "tests", "node_modules", ".git"],
  });
  if (unsafe) {
    console.error(`error: --output: ${unsafe}`);
    return 1;
  }

  // 2. Compile every article; stop with every problem at once.
  const build = new SiteBuild({
    settings: { ...settings, outputDir: stagingDirFor(output) },
    writesPages: true,
    onProgress: (rendered, articles) => {
      const seconds = Math.round((performance.now() - started) / 1000);
      console.error(`… ${seconds} s: rendered ${rendered.toLocaleString("en")} of ${articles.toLocaleString("en")} article pages`);
    },
  });
  const compiled = build.timings.time("checking articles", () => build.store.compile(false));
  reportProblems(compiled.problems);
  if (!compiled.ok) {
    console.error(`\nBuild stopped: ${tally(compiled.problems)} in the articles above. ${shown(output)}/ was left as it was.`);
    return 1;
  }

  try {
    // 3. Render every page into the staging folder.
    prepareStaging(output);
    const run = await build.timings.timeAsync("rendering pages", () => runEleventy(build, { pathPrefix: normalizePathPrefix(values.pathprefix) }));

    // 4. Read the result: a broken link stops the build.
    const broken = run.result.brokenLinks;
    if (broken.length > 0) {
      reportBrokenLinks(broken, compiled.model.articles, shown(output));
      throw new Error(`${plural(broken.length, "broken link")} in the built pages (fix the links named above)`);
    }

    // 5. Publish: the staging folder replaces the output folder.
    publishStaging(output);
    const summary = buildSummary({
      siteName: settings.site.name,
      output: shown(output),
      model: compiled.model,
      result: run.result,
      timings: build.timings.seconds,
      seconds: (performance.now() - started) / 1000,
      maxRssBytes: process.resourceUsage().maxRSS * 1024,
    });
    console.log(summary.text);
    if (values.json) console.log(JSON.stringify(summary.data));
    return 0;
  } catch (error) {
    // ...or discard it.
    build.stop();
    discardStaging(output);
    console.error(error instanceof Error ? error.message : String(error));
    console.error(`\nBuild failed. ${shown(output)}/ was left as it was.`);
    return 1;
  }
}

const shown = (folder: string) => path.relative(process.cwd(), folder) || folder;

/** "news", "/news" and "/news/" all mean the site lives at /news/. */
function normalizePathPrefix(prefix: string | undefined): string {
  const trimmed = (prefix ?? "/").replace(/^\/+|\/+$/g, "");
  return trimmed ? `/${trimmed}/` : "/";
}

process.exitCode = await main();
