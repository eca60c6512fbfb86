// What a production build keeps for the next one (.cache/build/ unless SITE_BUILD_CACHE says otherwise): for
// every article, list and redirect page it published, what the page was made from (src/model/reusePages.ts)
// and the size and time of its file. The next build into the same output folder takes the pages whose
// inputs did not change from that folder instead of rendering them.
//
// The cache is only used when its key matches: a hash of the code (src/, layouts/), the dependencies
// (package-lock.json), Node's version and the settings (site settings with the environment's overrides, path
// prefix, articles folder). Anything else, or a cache that cannot be read, means a clean build. A page whose
// file in the output folder is missing or not the one the build wrote (another size or time) is rendered.
//
// The build's threads keep files of their own for the next build (what the page thread found on each page,
// the search index's analysis of each article) in a folder per build, `files-<output hash>-<build>/`: the
// state names the folder of the build it records, so a state and its files always belong to one build.
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { PageRecord } from "../model/reusePages.ts";
import { listFiles } from "./listFiles.ts";
import type { BuildSettings } from "../pipeline/buildSettings.ts";

const FORMAT = 2;

const outputHash = (output: string) => createHash("sha256").update(path.resolve(output)).digest("hex").slice(0, 16);
/** One file per output folder, so that builds into other folders (a preview, a test) keep theirs apart. */
const stateFile = (cacheDir: string, output: string) => path.join(cacheDir, `pages-${outputHash(output)}.json`);

interface StoredPage extends PageRecord {
  size: number;
  mtimeMs: number;
}

interface State {
  format: number;
  key: string;
  /** The output folder the pages were published to (absolute). */
  output: string;
  /** The folder of the threads' files of the same build (a name in the cache folder). */
  files: string;
  pages: [string, StoredPage][];
}

/** The previous build's pages, ready for reusePages; or why there are none. */
export type LoadedCache =
  | { ok: true; records: ReadonlyMap<string, PageRecord>; intact: (outputPath: string) => boolean; files: string }
  | { ok: false; reason: string; files?: string };

/** The cache's key for a build of this project with these settings. */
export function buildCacheKey(settings: BuildSettings, pathPrefix: string): string {
  const hash = createHash("sha256");
  hash.update(JSON.stringify({ format: FORMAT, node: process.version, site: settings.site, pathPrefix, articles: path.resolve(settings.projectRoot, settings.articlesDir) }));
  for (const file of ["package-lock.json", ...codeFiles(settings.projectRoot, ["src", "layouts"])]) {
    hash.update(`\0${file}\0`);
    hash.update(fs.readFileSync(path.join(settings.projectRoot, file)));
  }
  return hash.digest("base64url");
}

function codeFiles(root: string, folders: readonly string[]): string[] {
  return folders.flatMap((folder) => listFiles(path.join(root, folder)).map((file) => `${folder}/${file}`));
}

/** The pages the last build published into `output`, when the cache is there and its key is `key`. */
export function loadBuildCache(cacheDir: string, key: string, output: string): LoadedCache {
  let state: State;
  try {
    state = JSON.parse(fs.readFileSync(stateFile(cacheDir, output), "utf8")) as State;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { ok: false, reason: code === "ENOENT" ? "no cache from an earlier build" : "the cache could not be read" };
  }
  // Until a build replaces the state, its folder of thread files stays (a failed build changes nothing).
  const files = typeof state.files === "string" ? path.join(cacheDir, state.files) : undefined;
  if (state.format !== FORMAT || state.key !== key) return { ok: false, reason: "the code, dependencies or settings changed since the cached build", files };
  if (state.output !== path.resolve(output)) return { ok: false, reason: `the cached build was published to ${state.output}`, files };
  if (!fs.existsSync(output)) return { ok: false, reason: "the output folder of the cached build is gone", files };
  const pages = new Map(state.pages);
  return {
    ok: true,
    records: pages,
    files: files!,
    intact: (outputPath) => {
      const page = pages.get(outputPath);
      const stat = page && fs.statSync(path.join(output, outputPath), { throwIfNoEntry: false });
      return stat !== undefined && stat.size === page!.size && stat.mtimeMs === page!.mtimeMs;
    },
  };
}

/** Where the threads of a new build into `output` keep their files for the next build (made by prepareThreadFiles). */
export function threadFilesFor(cacheDir: string, output: string): string {
  return path.join(cacheDir, `files-${outputHash(output)}-${Date.now().toString(36)}${process.pid.toString(36)}`);
}

/**
 * Makes the folder `folder` (threadFilesFor) once the folders of builds that never recorded theirs are gone
 * (failed or stopped builds); `keep`: the folder of the cached build, which this build reads.
 */
export function prepareThreadFiles(cacheDir: string, output: string, folder: string, keep?: string): void {
  fs.mkdirSync(cacheDir, { recursive: true });
  removeThreadFiles(cacheDir, output, keep);
  fs.mkdirSync(folder);
}

/** A build that does not publish leaves no files of its threads. */
export function discardThreadFiles(folder: string): void {
  fs.rmSync(folder, { recursive: true, force: true });
}

/**
 * Records the pages just published into `output` (written to a new file, then renamed over the old one), and
 * the folder of files the threads kept for the next build; the previous build's folder goes.
 */
export function saveBuildCache(cacheDir: string, key: string, output: string, records: ReadonlyMap<string, PageRecord>, files: string): void {
  const pages: [string, StoredPage][] = [];
  for (const [file, record] of records) {
    const stat = fs.statSync(path.join(output, file), { throwIfNoEntry: false });
    if (stat) pages.push([file, { ...record, size: stat.size, mtimeMs: stat.mtimeMs }]);
  }
  const state: State = { format: FORMAT, key, output: path.resolve(output), files: path.basename(files), pages };
  fs.mkdirSync(cacheDir, { recursive: true });
  const file = stateFile(cacheDir, output);
  const temporary = `${file}.${process.pid}`;
  fs.writeFileSync(temporary, JSON.stringify(state));
  fs.renameSync(temporary, file);
  removeThreadFiles(cacheDir, output, files);
}

/** Removes the folders of thread files of builds into `output`, but `keep`'s. */
function removeThreadFiles(cacheDir: string, output: string, keep?: string): void {
  const prefix = `files-${outputHash(output)}-`;
  const kept = keep && path.basename(keep);
  for (const name of fs.existsSync(cacheDir) ? fs.readdirSync(cacheDir) : []) {
    if (name.startsWith(prefix) && name !== kept) fs.rmSync(path.join(cacheDir, name), { recursive: true, force: true });
  }
}

/** Forgets what was published into `output`: the next build into it is a clean one. */
export function clearBuildCache(cacheDir: string, output: string): void {
  fs.rmSync(stateFile(cacheDir, output), { force: true });
  removeThreadFiles(cacheDir, output);
}
