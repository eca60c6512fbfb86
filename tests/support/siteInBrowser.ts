// For a browser test file: builds a site with the real build command, serves it on 127.0.0.1 and starts
// Chromium before the tests; stops both after them.
import { afterAll, beforeAll, expect } from "vitest";
import type { Browser } from "playwright-core";
import { launchBrowser } from "./browser.ts";
import { buildSite, type BuildResult } from "./buildSite.ts";
import { serveStatic, type StaticServer } from "./staticServer.ts";

export interface SiteInBrowser {
  build: BuildResult;
  server: StaticServer;
  browser: Browser;
}

/** The returned object is filled in by the time the file's tests run. */
/** `env`: settings for the build (SITE_LANGUAGE, say). */
export function siteInBrowser(articles: string, env?: Record<string, string>): SiteInBrowser {
  const site = {} as SiteInBrowser;
  beforeAll(async () => {
    site.build = await buildSite({ articles, env });
    expect(site.build.code, site.build.stderr).toBe(0);
    site.server = await serveStatic(site.build.output);
    site.browser = await launchBrowser();
  });
  afterAll(async () => {
    await site.browser?.close();
    await site.server?.close();
  });
  return site;
}
