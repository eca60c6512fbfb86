// One build of the site, as an object: the build command and the dev server each make one and hand it to the
// site's Eleventy plugin as its options. It owns the articles (read and compiled once, reused by Eleventy),
// the markdown library, the timings, and the current run of Eleventy, which holds all per-run state and the
// result the build command reads once `eleventy.write()` returns.
import path from "node:path";
import type { MarkdownIt } from "markdown-it";
import { ARTICLE_THREAD, INDEX_THREAD } from "../io/ArticleWorker.ts";
import { PAGE_OUTPUT_THREAD } from "../io/PageOutputWorker.ts";
import { prepareWorkers } from "../io/startWorker.ts";
import { createMarkdown } from "../markdown/createMarkdown.ts";
import type { SiteModel } from "../model/buildSiteModel.ts";
import { rememberingRelatedForArticles } from "../model/relatedForArticles.ts";
import { contentPages } from "../model/sitePages.ts";
import { removeOutputFiles } from "../io/removeOutputFiles.ts";
import { ArticleStore } from "./ArticleStore.ts";
import type { BuildSettings } from "./buildSettings.ts";
import { BuildRun, type RunContext, type RunMode } from "./BuildRun.ts";
import { Timings } from "./BuildResult.ts";

export interface SiteBuildOptions {
  settings: BuildSettings;
  /** The build command: Eleventy renders without writing, and the build writes and checks each page itself. */
  writesPages: boolean;
  /** Called every few seconds while article pages render. */
  onProgress?: (renderedArticles: number, articles: number) => void;
  /** Where the dev server prints warnings; the console by default. */
  warn?: (line: string) => void;
  /** The build command's cache of published pages (src/io/buildCache.ts): production runs record and reuse pages. */
  pageCache?: RunContext["pageCache"];
}

/** How Eleventy says it runs: a one-off build, or a dev server that rebuilds after each save. */
export type EleventyRunMode = "build" | "serve" | "watch";

export class SiteBuild {
  readonly settings: BuildSettings;
  readonly store: ArticleStore;
  /** The markdown library of the site's pages. */
  readonly md: MarkdownIt = createMarkdown();
  readonly timings = new Timings();
  private readonly options: SiteBuildOptions;
  private current: BuildRun | undefined;
  private lastModel: SiteModel | undefined;
  /** Article files saved since the last run, relative to the articles folder; undefined when anything else changed. */
  private changed: Set<string> | undefined;
  /** What the runs since the last good one were to render: those files, or "all" (dev server). */
  private failedChanges: Set<string> | "all" | undefined;

  constructor(options: SiteBuildOptions) {
    this.options = options;
    this.settings = options.settings;
    const related = rememberingRelatedForArticles(options.settings.site.related.limit);
    this.store = new ArticleStore({ ...options.settings, related: (articles) => this.timings.time("related", () => related(articles)) });
    // Bundled while the articles are read and Eleventy starts; a failure shows when a thread starts.
    prepareWorkers([ARTICLE_THREAD, INDEX_THREAD, PAGE_OUTPUT_THREAD]).catch(() => undefined);
  }

  /** The dev server saw these files change (paths relative to the project root). */
  filesChanged(files: readonly string[]): void {
    const { projectRoot, articlesDir } = this.settings;
    const articlesRoot = path.resolve(projectRoot, articlesDir);
    const relative = files.map((file) => path.relative(articlesRoot, path.resolve(projectRoot, file)).split(path.sep).join("/"));
    const onlyArticles = relative.every((file) => !file.startsWith("..") && /\.(md|markdown)$/i.test(file));
    // Files saved while the articles had errors are still to be rendered: they add up until a run succeeds.
    const pending = this.failedChanges;
    if (!onlyArticles || (pending === "all" && this.lastModel)) this.changed = undefined;
    else this.changed = new Set([...(pending instanceof Set ? pending : []), ...relative]);
  }

  /** A run of Eleventy starts: the previous one's threads stop and its state goes. */
  startRun(start: { runMode: EleventyRunMode; outputDir: string; pathPrefix: string }): BuildRun {
    void this.current?.stop();
    const mode: RunMode = start.runMode === "build" ? "production" : "dev";
    const previousModel = this.lastModel;
    this.current = new BuildRun({
      settings: this.settings,
      store: this.store,
      md: this.md,
      timings: this.timings,
      writesPages: this.options.writesPages,
      mode,
      outputDir: path.resolve(start.outputDir),
      pathPrefix: start.pathPrefix,
      previous: previousModel && this.changed ? { model: previousModel, changed: this.changed } : undefined,
      lastGood: previousModel,
      onProgress: this.options.onProgress,
      warn: this.options.warn ?? ((line) => console.warn(line)),
      threadMemoryMb: this.settings.threadMemoryMb,
      pageCache: mode === "production" ? this.options.pageCache : undefined,
    });
    return this.current;
  }

  /** The run under way or last run, if any. */
  get currentRun(): BuildRun | undefined {
    return this.current;
  }

  /** The run under way. */
  get run(): BuildRun {
    if (!this.current) throw new Error("no run of Eleventy has started (the site plugin starts one on eleventy.before)");
    return this.current;
  }

  /**
   * After Eleventy has rendered: the run's threads finish; its model is what the next run compares with. In
   * the dev server, pages of articles and lists that left the site are removed from the output.
   */
  async finishRun(): Promise<void> {
    const run = this.run;
    try {
      await run.finish();
    } finally {
      if (run.contentFailed) {
        // The last good model stays; what this run was to render is still to be rendered.
        const wanted = this.changed;
        this.failedChanges = this.failedChanges === "all" || !wanted ? "all" : new Set([...(this.failedChanges ?? []), ...wanted]);
      } else {
        this.failedChanges = undefined;
        try {
          const model = run.full();
          if (run.mode === "dev" && this.lastModel) removeOutputFiles(run.outputDir, removedPages(this.lastModel, model));
          this.lastModel = model;
        } catch {
          // A production run whose articles had errors: nothing to keep.
        }
      }
      this.changed = undefined;
    }
  }

  /** Stops every thread this build started; resolves once they have stopped writing. */
  stop(): Promise<void> {
    return this.current?.stop() ?? Promise.resolve();
  }
}

/** Pages the previous model had that the next one does not. */
function removedPages(previous: SiteModel, next: SiteModel): string[] {
  const kept = new Set(contentPages(next));
  return contentPages(previous).filter((page) => !kept.has(page));
}
