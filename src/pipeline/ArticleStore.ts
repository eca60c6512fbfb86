// The articles folder as the site model: reads the files that changed since the last call and compiles.
// A build owns one (src/pipeline/SiteBuild.ts): the build command validates first, then Eleventy's pages
// reuse the same result; the dev server compiles again after each save.
import fs from "node:fs";
import path from "node:path";
import { AUTHORS_FILE } from "../content/authorRecords.ts";
import { articleText } from "../content/parseArticle.ts";
import type { Article } from "../content/types.ts";
import { ContentError, sortProblems, type Problem } from "../content/problems.ts";
import { buildTime } from "../dates/buildTime.ts";
import { fileVersion, readArticleSources, type VersionedSource } from "../io/readArticleSources.ts";
import { readImageFiles } from "../io/readImageFiles.ts";
import { readDataFile } from "../io/readDataFile.ts";
import { createTextMarkdown } from "../markdown/createTextMarkdown.ts";
import type { RelatedFn, SiteModel } from "../model/buildSiteModel.ts";
import { SiteCompiler, type CompileResult, type LocalImages, type StoredParse } from "../model/SiteCompiler.ts";
import type { SiteConfig } from "../site.ts";

export interface ArticleStoreOptions {
  projectRoot: string;
  /** Relative to the project root, or absolute. */
  articlesDir: string;
  site: SiteConfig;
  related: RelatedFn;
  /** Where what is read of each image file is kept between builds (src/io/readImageFiles.ts). */
  imageCacheDir: string;
}

const NO_BYTES = new Uint8Array(0);

export class ArticleStore {
  private readonly compiler = new SiteCompiler(createTextMarkdown());
  private readonly options: ArticleStoreOptions;
  private sources = new Map<string, VersionedSource>();
  /** Articles whose markdown was let go: the body's length and the file's version then. */
  private readonly released = new WeakMap<Article, { length: number; version: string }>();
  private last: { includeUnpublished: boolean; authorsVersion: string | undefined; result: CompileResult } | undefined;
  private local: LocalImages = { images: new Map(), unreadable: new Map() };

  constructor(options: ArticleStoreOptions) {
    this.options = options;
  }

  /** Reads what changed and compiles; when no file changed since the last call, returns its result. */
  compile(includeUnpublished: boolean): CompileResult {
    const { projectRoot, articlesDir, site, related } = this.options;
    const sources = readArticleSources(projectRoot, path.resolve(projectRoot, articlesDir), this.sources);
    const images = this.readImages();
    const authors = readDataFile(projectRoot, path.resolve(projectRoot, articlesDir), AUTHORS_FILE);
    const unchanged =
      images === this.local &&
      this.last?.includeUnpublished === includeUnpublished &&
      this.last.authorsVersion === authors?.version &&
      sources.length === this.sources.size &&
      sources.every((source) => this.sources.get(source.sourcePath) === source);
    if (unchanged && this.last) return this.last.result;
    this.local = images;
    const result = this.compiler.compile(sources, { site, now: buildTime(), includeUnpublished, related, localImages: images }, authors);
    this.remember(sources);
    this.last = { includeUnpublished, authorsVersion: authors?.version, result };
    return result;
  }

  /** Takes the parses of the previous build for files that did not change, and keeps this build's (storedParses). */
  restoreParses(previous: ReadonlyMap<string, StoredParse>): void {
    this.compiler.restore(previous);
  }

  /** The parse of every article file of the last compile, for the next build (after restoreParses). */
  storedParses(): Map<string, StoredParse> {
    return this.compiler.storedParses();
  }

  /**
   * Lets go of this article's markdown, in the model and in the parse it was made from (a production build,
   * once the article thread has it; at 100k articles that is some 600 MB). The next compile parses its file again.
   */
  releaseBody(article: Article): void {
    const released = this.compiler.releaseBody(article.sourcePath);
    if (!released) return;
    this.released.set(article, released);
    (article as { body: string }).body = "";
    // Its bytes were let go after parsing: without its version the file is read again, not taken as unchanged.
    this.sources.delete(article.sourcePath);
    this.last = undefined;
  }

  /**
   * The article's markdown: its body, or, once let go, the end of its file read again. A file changed since
   * it was read fails the build rather than show other text than the rest of its page.
   */
  markdownOf(article: Article): string {
    const released = this.released.get(article);
    if (!released) return article.body;
    const file = path.resolve(this.options.projectRoot, article.sourcePath);
    let text: string | undefined;
    try {
      text = fileVersion(fs.lstatSync(file)) === released.version ? articleText(fs.readFileSync(file)) : undefined;
    } catch {
      // Gone or unreadable since the build read it: changed, too.
    }
    if (text === undefined || text.length < released.length) {
      throw new Error(`${article.sourcePath}: the file changed while the site was being built; build again`);
    }
    return text.slice(text.length - released.length);
  }

  /** The local images as of the last compile: their sizes, for the pages' markup. */
  images(): LocalImages {
    return this.local;
  }

  /** The image files now; the same object as before when none changed. */
  private readImages(): LocalImages {
    const { projectRoot, articlesDir, imageCacheDir } = this.options;
    const read = readImageFiles(path.resolve(projectRoot, articlesDir), imageCacheDir);
    const same = (a: ReadonlyMap<string, unknown>, b: ReadonlyMap<string, unknown>) =>
      a.size === b.size && [...a].every(([key, value]) => JSON.stringify(b.get(key)) === JSON.stringify(value));
    return same(read.images, this.local.images) && same(read.unreadable, this.local.unreadable) ? this.local : read;
  }

  /**
   * Keeps each file's version for the next call, but not its bytes: once parsed they are not needed again
   * (the compiler keeps what it parsed), and on a large site they are hundreds of MB.
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
}
