// Reads the articles and compiles the site model for Eleventy's global data. One instance per articles
// folder and process: the build command validates first, then Eleventy reuses the same result.
import path from "node:path";
import type { MarkdownIt } from "markdown-it";
import { SiteCompiler, type CompileResult } from "../build/SiteCompiler.ts";
import { ContentError, sortProblems, type Problem } from "../content/problems.ts";
import { readArticleSources, type VersionedSource } from "../io/readArticleSources.ts";
import { createMarkdown } from "../markdown/createMarkdown.ts";
import { createTextMarkdown } from "../markdown/createTextMarkdown.ts";
import type { RelatedFn, SiteModel } from "../pages/buildSiteModel.ts";
import type { SiteConfig } from "../site.ts";

export interface ContentOptions {
  projectRoot: string;
  /** Relative to the project root. */
  articlesDir: string;
  site: SiteConfig;
  related: RelatedFn;
}

const instances = new Map<string, ContentData>();
const NO_BYTES = new Uint8Array(0);

/** The process-wide content of an articles folder. */
export function contentDataFor(options: ContentOptions): ContentData {
  const key = path.resolve(options.projectRoot, options.articlesDir);
  let instance = instances.get(key);
  if (!instance) instances.set(key, (instance = new ContentData(options)));
  return instance;
}

export class ContentData {
  readonly md: MarkdownIt;
  readonly compiler: SiteCompiler;
  private readonly options: ContentOptions;
  private sources = new Map<string, VersionedSource>();
  private last: { includeUnpublished: boolean; result: CompileResult } | undefined;

  constructor(options: ContentOptions) {
    this.options = options;
    this.md = createMarkdown();
    this.compiler = new SiteCompiler(createTextMarkdown());
  }

  /** Reads what changed and compiles; when no file changed since the last call, returns its result. */
  compile(includeUnpublished: boolean): CompileResult {
    const { projectRoot, articlesDir, site, related } = this.options;
    const sources = readArticleSources(projectRoot, path.resolve(projectRoot, articlesDir), this.sources);
    const unchanged =
      this.last?.includeUnpublished === includeUnpublished &&
      sources.length === this.sources.size &&
      sources.every((source) => this.sources.get(source.sourcePath) === source);
    if (unchanged && this.last) return this.last.result;
    const result = this.compiler.compile(sources, { site, now: buildTime(), includeUnpublished, related });
    this.remember(sources);
    this.last = { includeUnpublished, result };
    return result;
  }

  /** Every problem of the articles without building: what `npm run check` prints. */
  check(): Problem[] {
    const { projectRoot, articlesDir, site } = this.options;
    const sources = readArticleSources(projectRoot, path.resolve(projectRoot, articlesDir), this.sources);
    const problems = this.compiler.check(sources, { site, now: buildTime(), includeUnpublished: false });
    this.remember(sources);
    return problems;
  }

  /**
   * Keeps each file's version for the next call, but not its bytes: once parsed they are not needed again
   * (the compiler keeps what it parsed), and at 100k articles they are 600 MB.
   */
  private remember(sources: readonly VersionedSource[]): void {
    this.sources = new Map(sources.map((source) => [source.sourcePath, source.bytes.length > 0 ? { ...source, bytes: NO_BYTES } : source]));
  }

  /** The model, or a ContentError listing every problem. Warnings go to `onWarnings`. */
  load(includeUnpublished: boolean, onWarnings?: (warnings: Problem[]) => void): SiteModel {
    const result = this.compile(includeUnpublished);
    const warnings = sortProblems(result.problems.filter((problem) => problem.severity === "warning"));
    if (warnings.length > 0) onWarnings?.(warnings);
    if (!result.ok) throw new ContentError(result.problems);
    return result.model;
  }

  /** The model of the last successful compile, if any. */
  get model(): SiteModel | undefined {
    return this.last?.result.ok ? this.last.result.model : undefined;
  }
}

/** "Now" for scheduling: SOURCE_DATE_EPOCH when set, so a build can be repeated exactly. */
export function buildTime(env: NodeJS.ProcessEnv = process.env): Date {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch && /^\d+$/.test(epoch)) return new Date(Number(epoch) * 1000);
  return new Date();
}
