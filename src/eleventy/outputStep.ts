// What happens to each rendered page: its links are checked (production builds), and it is written.
//
// Eleventy keeps every page's output in memory until the build ends (500 MB at 10k articles, several GB at
// 100k). The build command therefore runs Eleventy without writing (`dryRun`) and sets SITE_WRITES_PAGES=1:
// this step then writes each page itself as it is rendered, and hands Eleventy an empty string to keep.
import path from "node:path";
import type UserConfig from "@11ty/eleventy/UserConfig";
import { LinkChecker } from "../check/LinkChecker.ts";
import { listFiles } from "../io/listFiles.ts";
import { OutputWriter } from "../io/OutputWriter.ts";
import { buildReport, timed, timedAsync } from "./buildReport.ts";
import type { Step } from "./steps.ts";

export function outputStep(eleventyConfig: UserConfig, pathPrefix: () => string): Step {
  const writesPages = () => process.env.SITE_WRITES_PAGES === "1";
  let checker: LinkChecker | undefined;
  let writer: OutputWriter | undefined;
  let outputDir = "";

  eleventyConfig.addTransform("output", function (this: { page: { outputPath: unknown } }, content: unknown) {
    const outputPath = this.page.outputPath;
    if (typeof content !== "string" || typeof outputPath !== "string") return content;
    const file = path.relative(outputDir, path.resolve(outputPath)).split(path.sep).join("/");
    if (checker && file.endsWith(".html")) checker.addPage(file, content);
    if (!writer) return content;
    writer.write(file, content);
    return "";
  });

  return {
    before({ directories }) {
      outputDir = path.resolve(directories.output);
      checker = process.env.ELEVENTY_RUN_MODE === "build" ? new LinkChecker(pathPrefix()) : undefined;
      writer = writesPages() ? new OutputWriter(outputDir) : undefined;
    },
    async after() {
      if (writer) {
        const pending = writer;
        await timedAsync("writing pages", () => pending.flush());
      }
      if (!checker) return;
      const done = checker;
      buildReport.files = listFiles(outputDir);
      buildReport.brokenLinks = timed("checking links", () => done.finish(buildReport.files));
    },
  };
}
