// Runs Eleventy once for the build command: renders every page of `build` without Eleventy writing anything
// (the build's page thread writes each page as it is rendered, so memory does not grow with the site) and
// returns the run, whose result the command reads.
import Eleventy from "@11ty/eleventy";
import { ELEVENTY_INPUT } from "../pipeline/buildSettings.ts";
import type { BuildRun } from "../pipeline/BuildRun.ts";
import type { SiteBuild } from "../pipeline/SiteBuild.ts";
import { configureEleventy } from "./configureEleventy.ts";

export async function runEleventy(build: SiteBuild, options: { pathPrefix: string }): Promise<BuildRun> {
  const eleventy = new Eleventy(ELEVENTY_INPUT, build.settings.outputDir, {
    // "" reads no configuration file (.eleventy.ts is the dev server's): the build is configured here.
    configPath: "",
    config: (eleventyConfig: Parameters<typeof configureEleventy>[0]) => configureEleventy(eleventyConfig, build),
    pathPrefix: options.pathPrefix,
    quietMode: true,
    dryRun: true,
  });
  // Eleventy's closing line counts its own writes, which are none here: the build's summary says it right.
  const logger = eleventy.logger as { logWithOptions(options: { message?: unknown }): void };
  const log = logger.logWithOptions.bind(logger);
  logger.logWithOptions = (message) => {
    if (!/^(Copied \d+ )?Wrote \d+ files?/.test(String(message.message))) log(message);
  };
  // The build command reports a failure itself, in one line (src/cli/describeFailure.ts): Eleventy's own
  // report, with its stack traces, is not printed. The error still reaches the command.
  const errors = eleventy.errorHandler as { error(error: unknown, message?: string): void; fatal(error: unknown, message?: string): void };
  errors.error = () => undefined;
  errors.fatal = () => undefined;
  await eleventy.write();
  return build.run;
}
