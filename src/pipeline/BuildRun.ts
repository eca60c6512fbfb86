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
import { reportLines, sortProblems, type Problem } from "../content/problems.ts";
import { ArticleThreadError, ArticleWorker } from "../io/ArticleWorker.ts";
import type { SearchRecordFolders } from "../io/articleThread.ts";
import { imageJobs, processImages, type ImageStats } from "../io/ImageWorker.ts";
import { PageOutputWorker } from "../io/PageOutputWorker.ts";
import { pageWeight } from "../io/pageWeight.ts";
import { phoneImage } from "../images/articleImages.ts";
import { isRemoteImage } from "../images/leadImage.ts";
import { SITE_PATHS } from "../urls/sitePaths.ts";
import { bodyImages, type BodyImages } from "../images/bodyImages.ts";
import type { LocalImages } from "../model/SiteCompiler.ts";
import { sourceDirOf, type RenderedBody } from "../markdown/renderBody.ts";
import { emptySiteModel, type SiteModel } from "../model/buildSiteModel.ts";
import { pagesForChange } from "../model/pagesForChange.ts";
import { articleHash, pageFingerprints, type PageFingerprints } from "../model/pageFingerprints.ts";
import { reusePages, type PageRecord } from "../model/reusePages.ts";
import { outputPathOf } from "../model/sitePages.ts";
import { searchDocument } from "../model/searchDocuments.ts";
import { readingMinutes } from "../markdown/readingTime.ts";
import { feedsFor } from "../publish/feeds.ts";
import { searchFields } from "../search/searchFields.ts";
import type { MarkdownIt } from "markdown-it";
import type { ArticleStore } from "./ArticleStore.ts";
import { linkProblems } from "./articleProblems.ts";
import { BodySlots } from "./BodySlots.ts";
import type { BuildSettings } from "./buildSettings.ts";
import { emptyResult, type BuildResult, type Timings } from "./BuildResult.ts";

/** A production build publishes: no drafts or scheduled articles, every link checked. */
export type RunMode = "production" | "dev";

export interface RunContext {
  settings: BuildSettings;
  store: ArticleStore;
  md: MarkdownIt;
  timings: Timings;
  /** The build command's: Eleventy renders without writing, and this run writes each page on the page thread. */
  writesPages: boolean;
  mode: RunMode;
  outputDir: string;
  /** "/" or "/news/". */
  pathPrefix: string;
  /** The model of the previous run and the article files saved since (dev server), to render only what changed. */
  previous?: { model: SiteModel; changed: ReadonlySet<string> };
  /** The model of the last run whose articles had no errors (dev server). */
  lastGood?: SiteModel;
  onProgress?: (renderedArticles: number, articles: number) => void;
  /** Where the dev server prints the articles' warnings (the build command prints them before rendering). */
  warn: (line: string) => void;
  /** Heap limit of the article thread, in MB: over it, the thread stops and the build names the article. */
  threadMemoryMb?: number;
  /**
   * A production build that keeps a cache: every page's fingerprint is recorded for the next build, and with
   * `previous` (what the last build published, still in `from`) unchanged pages are taken from there.
   */
  pageCache?: {
    previous?: { records: ReadonlyMap<string, PageRecord>; from: string; intact: (outputPath: string) => boolean; files: string };
    /** Where this run's threads keep their files for the next build (the previous build's are in `previous.files`). */
    files: string;
  };
}

const PROGRESS_EVERY_MS = 5000;
/** Files the threads keep in the cache (RunContext.pageCache.files). */
const LINK_RECORDS = "links";
const SEARCH_RECORDS = "search";
const TURN_EVERY_MS = 50;

export class BuildRun {
  readonly mode: RunMode;
  readonly outputDir: string;
  readonly pathPrefix: string;
  readonly result: BuildResult = emptyResult();
  /** The article (source path) whose rendering failed in this run, when one did: what the command names. */
  failedArticle: string | undefined;
  private failedOnThread = false;
  private readonly context: RunContext;
  /** The articles' problems found in this run (dev server): what the browser shows until they are fixed. */
  problems: Problem[] = [];
  /** True when the articles had errors in this run (dev server): the pages were left as they were. */
  contentFailed = false;
  private model: SiteModel | undefined;
  private narrowed: SiteModel | undefined;
  /** Production build with a cache: what each page is made from, the pages taken from the previous output, the article files each rendered body looked up. */
  private fingerprints: PageFingerprints | undefined;
  private reused: string[] = [];
  private readonly bodyLinks = new Map<string, readonly string[]>();
  private urls: Map<string, string> | undefined;
  private articleThread: { worker: ArticleWorker; done: Promise<void> } | undefined;
  private pageThread: PageOutputWorker | undefined;
  private imageThread: { done: Promise<ImageStats>; stop: () => Promise<void> } | undefined;
  private images: BodyImages | undefined;
  private readonly minutes = new WeakMap<Article, number>();
  private readonly articleHashes = new WeakMap<Article, string>();
  /** Set when the article thread renders the bodies of this run's article pages. */
  private slots: BodySlots | undefined;
  private lastProgress = performance.now();
  private lastTurn = performance.now();

  constructor(context: RunContext) {
    this.context = context;
    this.mode = context.mode;
    this.outputDir = context.outputDir;
    this.pathPrefix = context.pathPrefix;
  }

  /**
   * Every article and page of the site. In a production run a content error throws (a ContentError listing
   * every problem); in the dev server it does not stop the site: the problems are kept for the browser, and
   * the site stays as the last good build left it.
   */
  full(): SiteModel {
    if (this.model) return this.model;
    if (this.mode === "production") return (this.model = this.context.store.load(false));
    const compiled = this.context.store.compile(true);
    const previous = this.context.previous;
    const links = compiled.ok ? linkProblems(this.context.md, compiled, this.context.settings, { only: previous?.changed }) : [];
    this.problems = sortProblems([...compiled.problems, ...links]);
    if (this.problems.length > 0) this.context.warn(reportLines(this.problems).map((line) => `${line.severity}: ${line.text}`).join("\n"));
    if (compiled.ok) return (this.model = compiled.model);
    this.contentFailed = true;
    return (this.model = this.context.lastGood ?? emptySiteModel(this.context.settings.site));
  }

  /**
   * What Eleventy renders this run: the full model; in the dev server the part a save changed; in a
   * production build with a cache, the pages that are not taken from the previous output.
   */
  pages(): SiteModel {
    if (this.narrowed) return this.narrowed;
    const full = this.full();
    // Articles with errors leave the pages as they were: nothing is rendered again until they are fixed.
    if (this.contentFailed) return (this.narrowed = { ...full, articlePages: [], categoryPages: [], tagPages: [] });
    if (this.mode === "production") return (this.narrowed = this.withoutReusedPages(full));
    const previous = this.context.previous;
    if (!previous) return full;
    return (this.narrowed = pagesForChange(previous.model, full, previous.changed) ?? full);
  }

  /** True while a dev-server rebuild renders only part of the site (feeds and the rest stay as they are). */
  partial(): boolean {
    return this.mode === "dev" && this.pages() !== this.full();
  }

  /**
   * The model without the pages an incremental build takes from the previous output. A clean build computes
   * the fingerprints at the end instead (finish), while the other threads finish: not before they start.
   */
  private withoutReusedPages(full: SiteModel): SiteModel {
    const previous = this.context.pageCache?.previous;
    if (!previous) return full;
    const plan = reusePages(full, this.pageFingerprints(), previous.records, { articleUrl: (file) => this.articleUrl(file), intact: previous.intact });
    this.reused = plan.reused;
    return this.reused.length > 0 ? plan.pages : full;
  }

  /** An article's own hash for the page fingerprints, computed once (before its markdown is let go). */
  private articleHash(article: Article): string {
    let value = this.articleHashes.get(article);
    if (value === undefined) this.articleHashes.set(article, (value = articleHash(article, this.markdownOf(article))));
    return value;
  }

  /** What each fingerprinted page of this run is made from, computed once. */
  private pageFingerprints(): PageFingerprints {
    return (this.fingerprints ??= pageFingerprints(this.full(), this.localImages().images, (article) => this.articleHash(article)));
  }

  /** Pages taken from the previous output in this run (output paths). */
  reusedPages(): readonly string[] {
    try {
      this.pages();
    } catch {
      // Content errors are reported when Eleventy reads the global data.
    }
    return this.reused;
  }

  /** An article body was rendered for its page: the article files it looked up are part of what the page is made from. */
  bodyRendered(article: Article, body: RenderedBody): void {
    if (this.context.pageCache && body.links) this.bodyLinks.set(outputPathOf(article.url), body.links);
  }

  /** What the next build needs to know of every fingerprinted page of this one (production build with a cache). */
  pageRecords(): Map<string, PageRecord> | undefined {
    if (!this.context.pageCache || this.contentFailed) return undefined;
    const previous = this.context.pageCache?.previous?.records;
    const reused = new Set(this.reused);
    const records = new Map<string, PageRecord>();
    for (const [file, fingerprint] of this.pageFingerprints()) {
      const kept = reused.has(file) ? previous?.get(file) : undefined;
      const links = [...new Set(this.bodyLinks.get(file) ?? [])].map((relativePath): [string, string | null] => [relativePath, this.articleUrl(relativePath) ?? null]);
      records.set(file, kept ?? { fingerprint, links });
    }
    return records;
  }

  /** Site address of the article whose file is at this path relative to the articles folder. */
  articleUrl(relativePath: string): string | undefined {
    return (this.urls ??= new Map(this.full().articles.map((article) => [article.relativePath, article.url]))).get(relativePath);
  }

  /** Runs work for one article; when it throws, the article is the one to name. */
  blame<T>(article: Article, work: () => T): T {
    try {
      const result = work();
      if (result instanceof Promise) {
        return result.catch((error: unknown) => {
          this.failedArticle ??= article.sourcePath;
          throw error;
        }) as T;
      }
      return result;
    } catch (error) {
      this.failedArticle ??= article.sourcePath;
      throw error;
    }
  }

  /** The article thread said which article it was rendering when it failed: that one, over any page's. */
  private blameThread(error: unknown, articles: readonly Article[]): void {
    if (this.failedOnThread || !(error instanceof ArticleThreadError) || error.article === undefined) return;
    const article = articles[error.article];
    if (!article) return;
    this.failedArticle = article.sourcePath;
    this.failedOnThread = true;
  }

  /** The site's local images: their sizes and the variants made of each, for the pages' markup. */
  localImages(): LocalImages {
    try {
      this.full(); // the images are read with the articles
    } catch {
      // Content errors are reported when Eleventy reads the global data.
    }
    return this.context.store.images();
  }

  /** An article's markdown, also once this thread has let go of it (bodyRelease). */
  markdownOf(article: Article): string {
    return this.context.store.markdownOf(article);
  }

  /** An article's reading time in minutes, counted once (the byline and the table of contents both ask). */
  readingMinutes(article: Article): number {
    let value = this.minutes.get(article);
    if (value === undefined) this.minutes.set(article, (value = readingMinutes(this.markdownOf(article))));
    return value;
  }

  /** The same for the body renderer, with this run's path prefix. */
  bodyImages(): BodyImages {
    return (this.images ??= bodyImages(this.localImages().images, this.context.settings.site.images, this.pathPrefix));
  }

  /** Starts the threads that work while Eleventy renders. `place` puts a body into its markup on the page. */
  startThreads(bodies: { place: (article: Article, body: RenderedBody, part: string) => string; renderHere: (article: Article) => RenderedBody }): void {
    if (this.context.writesPages) {
      const cache = this.context.pageCache;
      const records = cache && { previous: cache.previous && path.join(cache.previous.files, LINK_RECORDS), next: path.join(cache.files, LINK_RECORDS) };
      this.pageThread = new PageOutputWorker(this.outputDir, this.pathPrefix, this.mode === "production", this.context.settings.site.links.servedElsewhere, records);
    }
    this.startImageThread();
    // The dev server updates the index once the pages are written: a saved article shows sooner. A production
    // build with the cache of an earlier one renders the bodies of the few pages it renders here, and starts
    // the search index before comparing pages (at 100k articles that takes seconds); without one, the article
    // thread renders every body.
    const incremental = this.mode === "production" && this.context.pageCache?.previous !== undefined;
    if (incremental) this.startArticleThread(undefined);
    const reused = this.reusedPages();
    if (this.mode === "production" && !incremental) this.startArticleThread(this.context.writesPages ? bodies : undefined);
    if (this.pageThread && reused.length > 0) this.pageThread.reuse(this.context.pageCache!.previous!.from, reused);
  }

  /** The slot an article page leaves for its body (or another part made from it), when the article thread renders it. */
  bodySlot(article: Article, part?: string): string | undefined {
    return this.slots?.slot(article, part);
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
    // Rendering runs on promises that resolve at once, which starves the event loop: now and then the
    // page waits a turn of it, so that signals (Ctrl-C) and messages from the threads are heard.
    const sent = typeof filled === "string" ? send(filled) : filled.then(send);
    const now = performance.now();
    if (now - this.lastTurn < TURN_EVERY_MS) return sent;
    this.lastTurn = now;
    // Promise.all listens to `sent` at once: a page that fails while waiting is not an unhandled rejection.
    return Promise.all([sent, new Promise<void>((resolve) => setImmediate(resolve))]).then(([html]) => html);
  }

  /** After Eleventy has rendered: waits for the other threads and fills in the result. */
  async finish(): Promise<void> {
    if (this.mode === "dev") {
      this.startArticleThread(undefined);
      if (this.imageThread) this.result.images = await this.imageThread.done;
      return;
    }
    // What the next build needs of this one, made while the other threads finish (main has nothing else to do).
    if (this.context.pageCache && !this.contentFailed) this.pageFingerprints();
    await this.context.timings.timeAsync("waiting for the other threads", async () => {
      if (this.articleThread) await this.articleThread.done;
      // The variants must be in the output before the page thread lists it to check the links.
      if (this.imageThread) {
        this.result.images = await this.imageThread.done;
        this.context.timings.add("images (own thread)", this.result.images.seconds);
      }
      if (this.pageThread) {
        const { files, broken } = await this.pageThread.finish();
        this.result.files = files;
        this.result.brokenLinks = broken;
      }
    });
    this.result.pageWeight = this.measurePageWeight();
    await this.stop();
  }

  /** The weight of the front page's lead story: the article a reader is most likely to open first. */
  private measurePageWeight(): BuildResult["pageWeight"] {
    if (!this.context.writesPages) return undefined;
    const article = this.full().home.lead;
    if (!article) return undefined;
    const src = article.image?.src;
    const plan = src && !isRemoteImage(src) ? this.bodyImages().plan(src) : undefined;
    return pageWeight(this.outputDir, article.url, SITE_PATHS.stylesheet, plan && phoneImage(plan));
  }

  /** Stops this run's threads, whatever they are doing; resolves once they have stopped writing. */
  stop(): Promise<void> {
    const stopped = Promise.all([this.articleThread?.worker.stop(), this.pageThread?.stop(), this.imageThread?.stop()]);
    this.articleThread = undefined;
    this.pageThread = undefined;
    this.imageThread = undefined;
    this.slots = undefined;
    return stopped.then(() => undefined);
  }

  /** The image thread, when the site has images to resize: encodes what the cache lacks and fills the output. */
  private startImageThread(): void {
    const { settings } = this.context;
    const body = this.bodyImages();
    const jobs = imageJobs(
      [...this.localImages().images.keys()].map((sitePath) => body.plan(sitePath)!),
      path.resolve(settings.projectRoot, settings.articlesDir),
    );
    if (jobs.length === 0) return;
    this.imageThread = processImages(jobs, settings.imageCacheDir, this.outputDir);
    // Handled at once (an unhandled failure would end the process); finish rethrows it.
    this.imageThread.done.catch(() => undefined);
  }

  /** Where the search index keeps its records of this run's articles, and finds the previous build's. */
  private searchRecords(): SearchRecordFolders | undefined {
    const cache = this.context.pageCache;
    if (!cache) return undefined;
    const previous = cache.previous && { folder: path.join(cache.previous.files, SEARCH_RECORDS), output: cache.previous.from };
    return { previous, next: path.join(cache.files, SEARCH_RECORDS) };
  }

  /**
   * When the article thread renders the bodies of every article page, this thread needs an article's markdown
   * only for what it computes itself: the article's hash for the page fingerprints and its reading time (both
   * computed as the article goes to the thread), and the feeds' full text (their articles keep it). Each other
   * article's markdown is let go once it has gone to the thread: at 100k articles some 600 MB this thread no
   * longer holds while pages render. A body wanted here after all (a layout showing it twice) is read again
   * from its file.
   */
  private bodyRelease(): (article: Article) => void {
    const fingerprinted = this.context.pageCache !== undefined;
    const keep = new Set(feedsFor(this.full(), this.context.settings.site).flatMap((feed) => (feed.fullText ? feed.articles : [])));
    return (article) => {
      if (keep.has(article)) return;
      this.readingMinutes(article);
      if (fingerprinted) this.articleHash(article);
      this.context.store.releaseBody(article);
    };
  }

  /** The article thread: the search index and, when `bodies` is given, the bodies of the article pages. */
  private startArticleThread(bodies: { place: (article: Article, body: RenderedBody, part: string) => string; renderHere: (article: Article) => RenderedBody } | undefined): void {
    let articles: readonly Article[];
    try {
      articles = this.full().articles;
    } catch {
      return; // Content errors are reported when Eleventy reads the global data.
    }
    const { site } = this.context.settings;
    const release = bodies ? this.bodyRelease() : undefined;
    const worker = new ArticleWorker(
      (function* () {
        for (const article of articles) {
          yield { document: searchDocument(article, site.timeZone), sourceDir: sourceDirOf(article.relativePath) };
          release?.(article);
        }
      })(),
      searchFields(site.search.boosts),
      bodies
        ? {
            pathPrefix: this.pathPrefix,
            articleUrls: articles.map((article) => [article.relativePath, article.url]),
            images: this.localImages().images.size > 0 ? { table: [...this.localImages().images], settings: site.images } : undefined,
          }
        : null,
      { memoryMb: this.context.threadMemoryMb, records: this.searchRecords() },
    );
    if (bodies) {
      this.slots = new BodySlots({
        articles,
        source: worker,
        ...bodies,
        onFailure: (article, error) => {
          this.blameThread(error, articles);
          this.failedArticle ??= article.sourcePath;
        },
      });
    }
    // Handled at once (an unhandled failure would end the process); a production build rethrows it in finish.
    let failure: unknown;
    const done = worker.searchIndex(this.outputDir).then(
      ({ stats, seconds }) => {
        this.result.search = stats;
        this.context.timings.add("search index (own thread)", seconds);
      },
      (error: unknown) => {
        failure = error;
        this.blameThread(error, articles);
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
