// One run of Eleventy inside a build: the production build has one, the dev server one per rebuild. Everything
// a run computes or starts lives here and nowhere else, so a new run starts from nothing: the site model,
// what this run renders, the other threads, the article bodies they render and the result.
//
// Work done on other threads while Eleventy renders: the article thread parses every body once, for the
// search index and (when this build writes its pages) for the article pages; the page thread checks and
// writes each rendered page. Eleventy keeps every page's output in memory until its build ends, so the build
// command runs Eleventy without writing and each page goes to the page thread as it is rendered. The dev
// server renders bodies on this thread (an edited article must not wait behind thousands of others), lets
// Eleventy write, and updates the search index after the pages without waiting for it.
import path from "node:path";
import type { Article } from "../content/types.ts";
import { reportLines, type Problem } from "../content/problems.ts";
import { ArticleWorker } from "../io/ArticleWorker.ts";
import { PageOutputWorker } from "../io/PageOutputWorker.ts";
import { sourceDirOf, type RenderedBody } from "../markdown/renderBody.ts";
import type { SiteModel } from "../model/buildSiteModel.ts";
import { pagesForChange } from "../model/pagesForChange.ts";
import { searchDocument } from "../model/searchDocuments.ts";
import { searchFields } from "../search/searchFields.ts";
import type { ArticleStore } from "./ArticleStore.ts";
import { BodySlots } from "./BodySlots.ts";
import type { BuildSettings } from "./buildSettings.ts";
import { emptyResult, type BuildResult, type Timings } from "./BuildResult.ts";

/** A production build publishes: no drafts or scheduled articles, every link checked. */
export type RunMode = "production" | "dev";

export interface RunContext {
  settings: BuildSettings;
  store: ArticleStore;
  timings: Timings;
  /** The build command's: Eleventy renders without writing, and this run writes each page on the page thread. */
  writesPages: boolean;
  mode: RunMode;
  outputDir: string;
  /** "/" or "/news/". */
  pathPrefix: string;
  /** The model of the previous run and the article files saved since (dev server), to render only what changed. */
  previous?: { model: SiteModel; changed: ReadonlySet<string> };
  onProgress?: (renderedArticles: number, articles: number) => void;
  /** Where the dev server prints the articles' warnings (the build command prints them before rendering). */
  warn: (line: string) => void;
}

const PROGRESS_EVERY_MS = 5000;

export class BuildRun {
  readonly mode: RunMode;
  readonly outputDir: string;
  readonly pathPrefix: string;
  readonly result: BuildResult = emptyResult();
  private readonly context: RunContext;
  private model: SiteModel | undefined;
  private narrowed: SiteModel | undefined;
  private urls: Map<string, string> | undefined;
  private articleThread: { worker: ArticleWorker; done: Promise<void> } | undefined;
  private pageThread: PageOutputWorker | undefined;
  /** Set when the article thread renders the bodies of this run's article pages. */
  private slots: BodySlots | undefined;
  private lastProgress = performance.now();

  constructor(context: RunContext) {
    this.context = context;
    this.mode = context.mode;
    this.outputDir = context.outputDir;
    this.pathPrefix = context.pathPrefix;
  }

  /** Every article and page of the site; throws a ContentError listing every problem of the articles. */
  full(): SiteModel {
    if (this.model) return this.model;
    const dev = this.mode === "dev";
    const printWarnings = (warnings: Problem[]) => this.context.warn(reportLines(warnings).map((line) => `warning: ${line.text}`).join("\n"));
    return (this.model = this.context.store.load(dev, dev ? printWarnings : undefined));
  }

  /** What Eleventy renders this run: the full model, or in the dev server the part a save changed. */
  pages(): SiteModel {
    const previous = this.context.previous;
    if (this.mode !== "dev" || !previous) return this.full();
    return (this.narrowed ??= pagesForChange(previous.model, this.full(), previous.changed) ?? this.full());
  }

  /** True while a dev-server rebuild renders only part of the site. */
  partial(): boolean {
    return this.pages() !== this.full();
  }

  /** Site address of the article whose file is at this path relative to the articles folder. */
  articleUrl(relativePath: string): string | undefined {
    return (this.urls ??= new Map(this.full().articles.map((article) => [article.relativePath, article.url]))).get(relativePath);
  }

  /** Starts the threads that work while Eleventy renders. `place` puts a body into its markup on the page. */
  startThreads(bodies: { place: (article: Article, body: RenderedBody) => string; renderHere: (article: Article) => RenderedBody }): void {
    if (this.context.writesPages) this.pageThread = new PageOutputWorker(this.outputDir, this.pathPrefix, this.mode === "production");
    // The dev server updates the index once the pages are written: a saved article shows sooner.
    if (this.mode === "production") this.startArticleThread(this.context.writesPages ? bodies : undefined);
  }

  /** The slot an article page leaves for its body, when the article thread renders it. */
  bodySlot(article: Article): string | undefined {
    return this.slots?.slot(article);
  }

  /** Counts a rendered article page, and reports progress every few seconds (rendering keeps the event loop busy). */
  articleRendered(): void {
    this.result.renderedArticles++;
    const now = performance.now();
    if (this.context.onProgress && now - this.lastProgress >= PROGRESS_EVERY_MS) {
      this.lastProgress = now;
      this.context.onProgress(this.result.renderedArticles, this.full().articles.length);
    }
  }

  /**
   * A rendered page with its article body in place. When this run writes pages, the page goes to the page
   * thread and Eleventy gets "" (it would keep every page in memory); the promise then waits when the disk
   * is behind. Otherwise Eleventy gets the page to write.
   */
  output(outputPath: string, page: string): string | Promise<string> {
    const filled = this.slots ? this.slots.fill(page) : page;
    const pageThread = this.pageThread;
    if (!pageThread) return filled;
    const file = path.relative(this.outputDir, path.resolve(outputPath)).split(path.sep).join("/");
    const send = (html: string) => {
      const waiting = pageThread.page(file, html);
      return waiting ? waiting.then(() => "") : "";
    };
    return typeof filled === "string" ? send(filled) : filled.then(send);
  }

  /** After Eleventy has rendered: waits for the other threads and fills in the result. */
  async finish(): Promise<void> {
    if (this.mode === "dev") {
      this.startArticleThread(undefined);
      return;
    }
    await this.context.timings.timeAsync("waiting for the other threads", async () => {
      if (this.articleThread) await this.articleThread.done;
      if (this.pageThread) {
        const { files, broken } = await this.pageThread.finish();
        this.result.files = files;
        this.result.brokenLinks = broken;
      }
    });
    this.stop();
  }

  /** Stops this run's threads, whatever they are doing. */
  stop(): void {
    this.articleThread?.worker.stop();
    this.pageThread?.stop();
    this.articleThread = undefined;
    this.pageThread = undefined;
    this.slots = undefined;
  }

  /** The article thread: the search index and, when `bodies` is given, the bodies of the article pages. */
  private startArticleThread(bodies: { place: (article: Article, body: RenderedBody) => string; renderHere: (article: Article) => RenderedBody } | undefined): void {
    let articles: readonly Article[];
    try {
      articles = this.full().articles;
    } catch {
      return; // Content errors are reported when Eleventy reads the global data.
    }
    const { site } = this.context.settings;
    const worker = new ArticleWorker(
      (function* () {
        for (const article of articles) yield { document: searchDocument(article, site.timeZone), sourceDir: sourceDirOf(article.relativePath) };
      })(),
      searchFields(site.search.boosts),
      bodies ? { pathPrefix: this.pathPrefix, articleUrls: articles.map((article) => [article.relativePath, article.url]) } : null,
    );
    if (bodies) this.slots = new BodySlots({ articles, source: worker, ...bodies });
    // Handled at once (an unhandled failure would end the process); a production build rethrows it in finish.
    let failure: unknown;
    const done = worker.searchIndex(this.outputDir).then(
      ({ stats, seconds }) => {
        this.result.search = stats;
        this.context.timings.add("search index (own thread)", seconds);
      },
      (error: unknown) => {
        failure = error;
        if (this.mode === "dev") this.context.warn(`Search index not updated: ${error instanceof Error ? error.message : String(error)}`);
      },
    );
    this.articleThread = {
      worker,
      done: done.then(() => {
        if (failure) throw failure;
      }),
    };
    this.articleThread.done.catch(() => undefined);
  }
}
