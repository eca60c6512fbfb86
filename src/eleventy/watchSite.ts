// Runs Eleventy for the dev server: renders the site, then again after every change to the articles or the
// layouts, including deleted files (Eleventy's own watcher does not rebuild for those). A failure is handed
// to `onFailure` instead of being printed with Eleventy's stack traces, and the watching goes on.
import Eleventy from "@11ty/eleventy";
import { ELEVENTY_INPUT } from "../pipeline/buildSettings.ts";
import type { SiteBuild } from "../pipeline/SiteBuild.ts";
import { configureEleventy } from "./configureEleventy.ts";

export interface WatchOptions {
  pathPrefix: string;
  /** After each run of Eleventy that finished. */
  onBuilt: () => void;
  /** A run that failed: a bug, or a layout that does not render. */
  onFailure: (error: unknown) => void;
}

export interface WatchedSite {
  close(): Promise<void>;
}

export async function watchSite(build: SiteBuild, options: WatchOptions): Promise<WatchedSite> {
  const eleventy = new Eleventy(ELEVENTY_INPUT, build.settings.outputDir, {
    configPath: "",
    config: (eleventyConfig: Parameters<typeof configureEleventy>[0]) => {
      configureEleventy(eleventyConfig, build);
      eleventyConfig.on("eleventy.after", () => options.onBuilt());
    },
    pathPrefix: options.pathPrefix,
    quietMode: true,
    runMode: "watch",
  });
  const errors = eleventy.errorHandler as { error(error: unknown, message?: string): void; fatal(error: unknown, message?: string): void };
  errors.error = (error) => options.onFailure(error);
  errors.fatal = (error) => options.onFailure(error);
  // Eleventy renders the whole site once before it watches; a failure there must not end the dev server.
  const writable = eleventy as unknown as { write(): Promise<unknown> };
  const write = writable.write.bind(eleventy);
  let first = true;
  writable.write = async () => {
    if (!first) return write();
    first = false;
    try {
      return await write();
    } catch (error) {
      options.onFailure(error);
      return [[], []];
    }
  };
  await eleventy.init();
  const rebuild = (await eleventy.watch()) as (path: string) => Promise<void>;
  const watcher = (eleventy as unknown as { watcher: { on(event: string, listener: (path: string) => void): void } }).watcher;
  watcher.on("unlink", (path) => void rebuild(path));
  return { close: () => eleventy.stopWatch().then(() => undefined) };
}
