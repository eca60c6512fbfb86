// `npm run build`: check the output folder, compile every article, render the site into a staging folder,
// read what the build found (broken links), and replace the output folder only when all of that succeeded.
// Whatever fails, the build ends: its threads stop, its staging folder goes, the output folder is as it was.
//   npm run build -- --pathprefix=/news/ --output=dist --links=warn --json
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { brokenLinkProblems } from "../check/brokenLinkProblems.ts";
import type { Problem } from "../content/problems.ts";
import { runEleventy } from "../eleventy/runEleventy.ts";
import { readArticleParses, writeArticleParses } from "../io/articleParses.ts";
import { buildCacheKey, clearBuildCache, discardThreadFiles, loadBuildCache, prepareThreadFiles, saveBuildCache, threadFilesFor } from "../io/buildCache.ts";
import { discardStaging, prepareStaging, publishStaging, recoverOutput, stagingDirFor } from "../io/atomicOutput.ts";
import { outputFolderProblem } from "../io/outputFolder.ts";
import { acquireOutputLock } from "../io/outputLock.ts";
import { articleProblems } from "../pipeline/articleProblems.ts";
import { outputPathOf } from "../model/sitePages.ts";
import { settingsFromEnvironment } from "../pipeline/buildSettings.ts";
import { SiteBuild } from "../pipeline/SiteBuild.ts";
import { SettingError } from "../site.ts";
import { buildSummary } from "./buildSummary.ts";
import { describeFailure } from "./describeFailure.ts";
import { runCommand } from "./runCommand.ts";
import { shownPath } from "./shownPath.ts";
import { plural, reportProblems, tally } from "./reportProblems.ts";

const { values } = parseArgs({
  options: {
    pathprefix: { type: "string" },
    output: { type: "string" },
    /** "warn": broken links are reported as warnings and the site is published (while a site is being migrated). */
    links: { type: "string", default: "error" },
    /** Print the summary as one line of JSON at the end (for the benchmark). */
    json: { type: "boolean", default: false },
    /** Render every page, whatever the cache says (the new pages are recorded for the next build all the same). */
    clean: { type: "boolean", default: false },
  },
});

/** Exit codes of a build stopped by a signal: 128 + the signal's number, as shells report them. */
const SIGNAL_EXIT = { SIGINT: 130, SIGTERM: 143 } as const;

async function main(): Promise<number> {
  const started = performance.now();
  const settings = settingsFromEnvironment(process.env);
  const output = path.resolve(values.output ?? settings.outputDir);
  if (values.links !== "error" && values.links !== "warn") {
    console.error(`error: --links: ${JSON.stringify(values.links)} is neither "error" nor "warn" (use --links=warn to publish a site with broken links while it is being migrated)`);
    return 1;
  }
  const links: Problem["severity"] = values.links === "warn" ? "warning" : "error";
  const shownOutput = shownPath(output);
  /** What is on disk, said after a failure. */
  let published = false;
  const leftAsItWas = () =>
    published
      ? `The new site was published to ${shownOutput}/ before this happened.`
      : fs.existsSync(output)
        ? `${shownOutput}/ was left as it was.`
        : `No site was published (${shownOutput}/ does not exist yet).`;

  // 1. The output folder must be one the build may replace, and no other build may be writing it.
  const unsafe = outputFolderProblem(output, {
    projectRoot: settings.projectRoot,
    sources: [settings.articlesDir, "layouts", "src", "tests", "node_modules", ".git"],
  });
  if (unsafe) {
    console.error(`error: --output: ${unsafe}`);
    return 1;
  }
  let lock;
  try {
    lock = acquireOutputLock(output);
  } catch (error) {
    for (const line of describeFailure(error, { output: shownOutput }).lines) console.error(line);
    return 1;
  }
  if (!lock.ok) {
    const { pid, host, started: since } = lock.holder;
    console.error(`error: another build is writing ${shownOutput}/ (process ${pid} on ${host}, started ${since}); wait for it to finish, or stop it`);
    return 1;
  }
  const release = lock.release;
  if (lock.tookOver) console.error(`note: a build that stopped without finishing (process ${lock.tookOver.pid}) had left ${shownOutput}/ locked; the lock was taken over`);

  // What the last build into this folder published: the pages whose inputs did not change are taken from it.
  const pathPrefix = normalizePathPrefix(values.pathprefix);
  const cacheKey = buildCacheKey(settings, pathPrefix);
  const loaded = loadBuildCache(settings.buildCacheDir, cacheKey, output);
  const cached: typeof loaded = values.clean ? { ok: false, reason: "--clean", files: loaded.files } : loaded;
  const threadFiles = threadFilesFor(settings.buildCacheDir, output);
  const build = new SiteBuild({
    settings: { ...settings, outputDir: stagingDirFor(output) },
    writesPages: true,
    pageCache: {
      previous: cached.ok ? { records: cached.records, from: output, intact: cached.intact, files: cached.files } : undefined,
      files: threadFiles,
    },
    onProgress: (rendered, articles) => {
      const seconds = Math.round((performance.now() - started) / 1000);
      console.error(`… ${seconds} s: rendered ${rendered.toLocaleString("en")} of ${articles.toLocaleString("en")} article pages`);
    },
  });
  // A signal stops the build where it is: threads, staging folder and lock go; the output stays.
  const onSignal = async (signal: keyof typeof SIGNAL_EXIT) => {
    await build.stop();
    discardStaging(output);
    discardThreadFiles(threadFiles);
    release();
    console.error(`\nBuild stopped (${signal}). ${leftAsItWas()}`);
    process.exit(SIGNAL_EXIT[signal]);
  };
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);

  try {
    for (const note of recoverOutput(output)) console.error(`note: ${note}`);

    // 2. Compile every article; stop with every problem at once, the links in the articles included (the
    // build would find those only after rendering, in a second round).
    // Files whose bytes did not change since the cached build are not parsed again.
    build.store.restoreParses((cached.ok && readArticleParses(cached.files)) || new Map());
    const compiled = build.timings.time("checking articles", () => build.store.compile(false));
    if (!compiled.ok) {
      const problems = articleProblems(build.md, compiled, build.settings, { links });
      reportProblems(problems);
      console.error(`\nBuild stopped: ${tally(problems)} in the articles above. ${leftAsItWas()}`);
      return 1;
    }
    reportProblems(compiled.problems);

    try {
      // 3. Render every page into the staging folder.
      prepareStaging(output);
      prepareThreadFiles(settings.buildCacheDir, output, threadFiles, cached.files);
      const run = await build.timings.timeAsync("rendering pages", () => runEleventy(build, { pathPrefix }));

      // 4. Read the result: a broken link stops the build (or, with --links=warn, is a warning).
      const sources = new Map(compiled.model.articles.map((article) => [outputPathOf(article.url), article.sourcePath]));
      const broken = brokenLinkProblems(run.result.brokenLinks, {
        sourceOf: (page) => sources.get(page),
        pageShown: (page) => `${shownOutput}/${page}`,
        severity: links,
      });
      reportProblems(broken);
      if (broken.length > 0 && links === "error") {
        await build.stop();
        discardStaging(output);
        discardThreadFiles(threadFiles);
        console.error(
          `\nBuild stopped: ${plural(broken.length, "broken link")} in the built pages (fix the links named above; ` +
            `while a site is being migrated, --links=warn publishes it with these as warnings). ${leftAsItWas()}`,
        );
        return 1;
      }

      // 5. Publish: the staging folder replaces the output folder.
      const swap = publishStaging(output);
      published = true;
      if (!swap.atomic) {
        console.error(`note: ${shownOutput}/ was updated file by file because ${swap.reason}; readers may see a mix of both sites for a moment`);
      }
      const records = run.pageRecords();
      try {
        if (records) {
          // The folder is complete before the state names it.
          writeArticleParses(threadFiles, build.store.storedParses());
          saveBuildCache(settings.buildCacheDir, cacheKey, output, records, threadFiles);
        } else discardThreadFiles(threadFiles);
      } catch (error) {
        try {
          clearBuildCache(settings.buildCacheDir, output);
        } catch {
          // Its pages are checked one by one against the output all the same.
        }
        console.error(`note: the build cache could not be saved (${error instanceof Error ? error.message : String(error)}); the next build will be a clean one`);
      }
      const reused = run.reusedPages().length;
      const summary = buildSummary({
        siteName: settings.site.name,
        timeZone: settings.site.timeZone,
        output: shownOutput,
        model: compiled.model,
        result: run.result,
        timings: build.timings.seconds,
        seconds: (performance.now() - started) / 1000,
        maxRssBytes: process.resourceUsage().maxRSS * 1024,
        reuse: cached.ok && reused > 0 ? { reused } : { clean: cached.ok ? "no page was unchanged" : cached.reason },
      });
      console.log(summary.text);
      if (values.json) console.log(JSON.stringify(summary.data));
      return 0;
    } catch (error) {
      // ...or discard it.
      await build.stop();
      discardStaging(output);
      discardThreadFiles(threadFiles);
      const failure = describeFailure(error, { output: shownOutput, article: build.currentRun?.failedArticle });
      for (const line of failure.lines) console.error(line);
      console.error(`\nBuild failed. ${leftAsItWas()}`);
      return 1;
    }
  } catch (error) {
    await build.stop();
    discardStaging(output);
    discardThreadFiles(threadFiles);
    for (const line of describeFailure(error, { output: shownOutput }).lines) console.error(line);
    // A setting says all in its line; anything else, what is on disk.
    if (!(error instanceof SettingError)) console.error(`\nBuild failed. ${leftAsItWas()}`);
    return 1;
  } finally {
    release();
  }
}

/** "news", "/news" and "/news/" all mean the site lives at /news/. */
function normalizePathPrefix(prefix: string | undefined): string {
  const trimmed = (prefix ?? "/").replace(/^\/+|\/+$/g, "");
  return trimmed ? `/${trimmed}/` : "/";
}

await runCommand(main);
