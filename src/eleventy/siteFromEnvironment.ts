// Build-time overrides of the site config: the deploy workflow sets the public URL of the site.
import type { SiteConfig } from "../site.ts";

export function siteFromEnvironment(site: SiteConfig, env: NodeJS.ProcessEnv): SiteConfig {
  const url = env.SITE_URL?.trim();
  return url ? { ...site, url: url.replace(/\/+$/, "") } : site;
}
