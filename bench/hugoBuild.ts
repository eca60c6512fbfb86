// Hugo on the same corpus (`npm run bench`, when `hugo` is on the PATH): the site of bench/hugo/ (article pages
// with a breadcrumb, paginated section and tag lists, author pages, the home page, feeds, sitemap), with or without
// Hugo's related content on each article page. The site's folder is copied into the scratch folder first, so
// Hugo writes nothing into the project.

import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const SITE = path.join(path.dirname(fileURLToPath(import.meta.url)), "hugo");

/** Hugo's version line, or undefined when there is no `hugo` on the PATH. */
export function hugoVersion(): string | undefined {
  try {
    return execFileSync("hugo", ["version"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim().split(" ").slice(0, 2).join(" ");
  } catch {
    return undefined;
  }
}

/** The command that builds `corpusDir` into `output` with Hugo, from a fresh copy of bench/hugo/ under `scratch`. */
export function hugoCommand(corpusDir: string, output: string, scratch: string, related: boolean): [string, string[]] {
  const source = path.join(scratch, "hugo-site");
  fs.rmSync(source, { recursive: true, force: true });
  fs.cpSync(SITE, source, { recursive: true });
  const cache = path.join(scratch, "hugo-cache");
  fs.rmSync(cache, { recursive: true, force: true });
  return [
    "hugo",
    [
      "--source", source,
      "--contentDir", corpusDir,
      "--destination", output,
      "--cacheDir", cache,
      "--environment", related ? "related" : "production",
      "--noBuildLock",
      "--quiet",
    ],
  ];
}
