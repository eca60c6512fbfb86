// One build of the site, as an object: the build command and the dev server each make one and hand it to the
// site's Eleventy plugin as its options. It owns the articles (read and compiled once, reused by Eleventy),
// the markdown library, the timings, and the current run of Eleventy, which holds all per-run state and the
// result the build command reads once `eleventy.write()` returns.
import path from "node:path";
import type { MarkdownIt } from "markdown-it";
import { ARTICLE_THREAD } from "../io/ArticleWorker.ts";
import { PAGE_OUTPUT_THREAD } from "../io/PageOutputWorker.ts";
import { prepareWorkers } from "../io/startWorker.ts";
import { createMarkdown } from "../markdown/createMarkdown.ts";
import type { SiteModel } from "../model/buildSiteModel.ts";
import { rememberingRelatedForArticles } from "../model/relatedForArticles.ts";
import { ArticleStore } from "./ArticleStore.ts";
import type { BuildSettings } from "./buildSettings.ts";
import { BuildRun, type RunMode } from "./BuildRun.ts";
import { Timings } from "./BuildResult.ts";

export interface SiteBuildOptions {
  settings: BuildSettings;
  /** The build command: Eleventy renders without writing, and the build writes and checks each page itself. */
  writesPages: boolean;
  /** Called every few seconds while article pages render. */
  onProgress?: (renderedArticles: number, articles: number) => void;
  /** Where the dev server prints warnings; the console by default. */
  warn?: (line: string) => void;
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

  constructor(options: SiteBuildOptions) {
    this.options = options;
    this.settings = options.settings;
    const related = rememberingRelatedForArticles(options.settings.site.related.limit);
    this.store = new ArticleStore({ ...options.settings, related: (articles) => this.timings.time("related", () => related(articles)) });
    // Bundled while the articles are read and Eleventy starts; a failure shows when a thread starts.
    prepareWorkers([ARTICLE_THREAD, PAGE_OUTPUT_THREAD]).catch(() => undefined);
  }

  /** The dev server saw these files change (paths relative to the project root). */
  filesChanged(files: readonly string[]): void {
    const { projectRoot, articlesDir } = this.settings;
    const articlesRoot = path.resolve(projectRoot, articlesDir);
    const relative = files.map((file) => path.relative(articlesRoot, path.resolve(projectRoot, file)).split(path.sep).join("/"));
    const onlyArticles = relative.every((file) => !file.startsWith("..") && /\.(md|markdown)$/i.test(file));
    this.changed = onlyArticles ? new Set(relative) : undefined;
  }

  /** A run of Eleventy starts: the previous one's threads stop and its state goes. */
  startRun(start: { runMode: EleventyRunMode; outputDir: string; pathPrefix: string }): BuildRun {
    this.current?.stop();
    const mode: RunMode = start.runMode === "build" ? "production" : "dev";
    const previousModel = this.lastModel;
    this.current = new BuildRun({
      settings: this.settings,
      store: this.store,
      timings: this.timings,
      writesPages: this.options.writesPages,
      mode,
      outputDir: path.resolve(start.outputDir),
      pathPrefix: start.pathPrefix,
      previous: previousModel && this.changed ? { model: previousModel, changed: this.changed } : undefined,
      onProgress: this.options.onProgress,
      warn: this.options.warn ?? ((line) => console.warn(line)),
    });
    return this.current;
  }

  /** The run under way. */
  get run(): BuildRun {
    if (!this.current) throw new Error("no run of Eleventy has started (the site plugin starts one on eleventy.before)");
    return this.current;
  }

  /** After Eleventy has rendered: the run's threads finish; its model is what the next run compares with. */
  async finishRun(): Promise<void> {
    const run = this.run;
    try {
      await run.finish();
    } finally {
      this.changed = undefined;
      try {
        this.lastModel = run.full();
      } catch {
        // A run whose articles had errors leaves the last good model in place.
      }
    }
  }

  /** Stops every thread this build started. */
  stop(): void {
    this.current?.stop();
  }
}
