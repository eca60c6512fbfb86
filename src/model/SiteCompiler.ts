// Article sources → the site model, with every problem of the build. Remembers what it parsed, so a rebuild
// after one saved file parses one file (the dev server relies on this).
import type { MarkdownIt } from "markdown-it";
import { parseAuthorRecords, type AuthorRecords } from "../content/authorRecords.ts";
import { buildCatalog } from "../content/buildCatalog.ts";
import { frontMatterSettingsProblems } from "../content/frontMatterSettings.ts";
import { createHash } from "node:crypto";
import { articleText, parseArticle, type ParsedArticle, type ParseResult } from "../content/parseArticle.ts";
import type { Problem } from "../content/problems.ts";
import { leadParagraph } from "../markdown/leadParagraph.ts";
import { truncate } from "../markdown/plainText.ts";
import { shortcodeProblems } from "../markdown/shortcodes/shortcodeProblems.ts";
import { tooManyTableCells } from "../markdown/tableCells.ts";
import { buildSiteModel, type RelatedFn, type SiteModel } from "./buildSiteModel.ts";
import type { SiteConfig } from "../site.ts";
import { isRemoteImage } from "../images/leadImage.ts";
import type { ImageTable } from "../images/types.ts";
import { standfirstOf } from "./standfirst.ts";

/** The local images the articles may use, and the image files the build cannot read (site path → why). */
export interface LocalImages {
  images: ImageTable;
  unreadable: ReadonlyMap<string, string>;
}

export interface CompileOptions {
  site: SiteConfig;
  now: Date;
  includeUnpublished: boolean;
  related: RelatedFn;
  /** When given, a lead image that is not among them is an error. */
  localImages?: LocalImages;
}

export interface SourceFile {
  sourcePath: string;
  relativePath: string;
  /** Any string that changes when the file does. */
  version: string;
  bytes: Uint8Array;
}

/**
 * The site model and every problem. With errors (`ok` false) the model holds the articles that could be
 * read, so that their links can still be checked in the same round; it is never published.
 */
export type CompileResult = { ok: boolean; model: SiteModel; problems: Problem[] };

interface Entry {
  version: string;
  result: ParseResult;
  summary: string | undefined;
  /** A hash of the file's bytes, when parses are kept for the next build. */
  hash?: string;
  /** The body's length, once its text has been let go (releaseBody): such an entry is parsed again when asked for. */
  releasedLength?: number;
}

/**
 * What parsing an article file gave, kept by a build for the next one (src/io/articleParses.ts): the next
 * build reads the file as usual and, when its bytes hash the same, takes this instead of parsing it again.
 * The body is the file's own text, its last `bodyLength` characters: it is not kept twice.
 */
export interface StoredParse {
  hash: string;
  article: Omit<ParsedArticle, "body">;
  problems: Problem[];
  bodyLength: number;
  summary: string | undefined;
}

export class SiteCompiler {
  private readonly md: MarkdownIt;
  private entries = new Map<string, Entry>();

  private authors: { version: string; result: AuthorRecords } | undefined;
  private settings: string | undefined;
  /** The parses of the previous build (restore), and whether this one keeps its own (hashes its files). */
  private stored: ReadonlyMap<string, StoredParse> | undefined;

  constructor(md: MarkdownIt) {
    this.md = md;
  }

  /** `authorsFile`: the site's author records (articles/authors.yml), when the site has them. */
  compile(sources: readonly SourceFile[], options: CompileOptions, authorsFile?: SourceFile): CompileResult {
    const { parsed, problems } = this.parse(sources, options.site);
    if (options.localImages) problems.push(...leadImageProblems(parsed, options.localImages));
    const authors = this.authorRecords(authorsFile);
    problems.push(...authors.problems);
    const catalog = buildCatalog(parsed, {
      now: options.now,
      includeUnpublished: options.includeUnpublished,
      language: options.site.language,
      summarize: (article) => this.summary(article, options.site.summary.length),
      authorRecords: authors.records,
    });
    problems.push(...catalog.problems);
    const ok = !problems.some((problem) => problem.severity === "error");
    const standfirst = (article: { sourcePath: string; body: string }) =>
      standfirstOf(this.entries.get(article.sourcePath)?.result.article?.description, article.body);
    // A model with errors is only for checking links: no related lists (two articles may share an address).
    return { ok, model: buildSiteModel(catalog, options.site, ok ? options.related : () => [], standfirst), problems };
  }

  private authorRecords(file: SourceFile | undefined): AuthorRecords {
    if (!file) return { records: [], problems: [] };
    if (this.authors?.version !== file.version) this.authors = { version: file.version, result: parseAuthorRecords(file) };
    return this.authors.result;
  }

  private parse(sources: readonly SourceFile[], site: SiteConfig): { parsed: ParsedArticle[]; problems: Problem[] } {
    const { fieldNames, dataFields } = site.frontMatter;
    const context = { language: site.language, timeZone: site.timeZone, fieldNames, dataFields };
    const settings = JSON.stringify(site.frontMatter);
    // Parsed files are reused only while the site reads front matter the same way.
    if (settings !== this.settings) this.entries = new Map();
    this.settings = settings;
    const next = new Map<string, Entry>();
    const problems: Problem[] = frontMatterSettingsProblems(site.frontMatter);
    const parsed: ParsedArticle[] = [];
    for (const source of sources) {
      let entry = this.entries.get(source.sourcePath);
      if (!entry || entry.version !== source.version || entry.releasedLength !== undefined) {
        const hash = this.stored ? createHash("sha1").update(source.bytes).digest("base64url") : undefined;
        entry = (hash && revived(this.stored!.get(source.sourcePath), hash, source)) || this.parsed(source, context, hash);
      }
      next.set(source.sourcePath, entry);
      problems.push(...entry.result.problems);
      if (entry.result.article) parsed.push(entry.result.article);
    }
    this.entries = next;
    return { parsed, problems };
  }

  private parsed(source: SourceFile, context: Parameters<typeof parseArticle>[1], hash: string | undefined): Entry {
    const result = withinLimits(parseArticle(source, context));
    // Shortcodes the page will show as text: one scan of the body, once per version of the file.
    if (result.article) result.problems.push(...shortcodeProblems(result.article.sourcePath, result.article.body));
    return { version: source.version, result, summary: undefined, hash };
  }

  /** Keeps the parses of every file from now on (for storedParses), taking those of `previous` whose file did not change. */
  restore(previous: ReadonlyMap<string, StoredParse>): void {
    this.stored = previous;
  }

  /**
   * Lets go of the text of this file's body (the parse keeps everything else): a production build does, once
   * the article thread has it, so that the main thread does not hold every article's markdown while pages
   * render. Gives the body's length and the file's version then, or undefined when there was nothing to let go.
   */
  releaseBody(sourcePath: string): { length: number; version: string } | undefined {
    const entry = this.entries.get(sourcePath);
    if (!entry?.result.article || entry.releasedLength !== undefined) return undefined;
    entry.releasedLength = entry.result.article.body.length;
    entry.result.article.body = "";
    return { length: entry.releasedLength, version: entry.version };
  }

  /** The parse of every article file of the last compile, for the next build (after restore). */
  storedParses(): Map<string, StoredParse> {
    const parses = new Map<string, StoredParse>();
    for (const [sourcePath, entry] of this.entries) {
      const article = entry.result.article;
      if (!entry.hash || !article) continue;
      const { body, ...rest } = article;
      const bodyLength = entry.releasedLength ?? body.length;
      parses.set(sourcePath, { hash: entry.hash, article: rest, problems: entry.result.problems, bodyLength, summary: entry.summary });
    }
    return parses;
  }

  /** The summary of an article without a description, computed once per version of its file. */
  private summary(article: { sourcePath: string; body: string }, length: number): string {
    const entry = this.entries.get(article.sourcePath);
    if (entry?.summary !== undefined) return entry.summary;
    const summary = truncate(leadParagraph(this.md, article.body), length);
    if (entry) entry.summary = summary;
    return summary;
  }
}

/**
 * A local lead image must be a file the build can read: its page, cards and feeds show it. One that does
 * not exist is a broken link of its page, reported with the others (and, like them, a warning with
 * --links=warn).
 */
function leadImageProblems(parsed: readonly ParsedArticle[], local: LocalImages): Problem[] {
  const problems: Problem[] = [];
  for (const article of parsed) {
    const src = article.image?.src;
    const reason = src && !isRemoteImage(src) && !local.images.has(src) ? local.unreadable.get(src) : undefined;
    if (!src || !reason) continue;
    const where = article.sourcePath.slice(0, article.sourcePath.length - article.relativePath.length) + src.slice(1);
    problems.push({
      file: article.sourcePath,
      field: "image",
      message: `${where} ${reason} (save it as JPEG, PNG, WebP, AVIF, GIF or SVG with a width and height)`,
      severity: "error",
    });
  }
  return problems;
}

/** The entry of a file from its stored parse, when the file is the one parsed then. */
function revived(stored: StoredParse | undefined, hash: string, source: SourceFile): Entry | undefined {
  if (!stored || stored.hash !== hash) return undefined;
  const text = articleText(source.bytes);
  if (text === undefined || text.length < stored.bodyLength) return undefined;
  const article = { ...stored.article, body: text.slice(text.length - stored.bodyLength) } as ParsedArticle;
  return { version: source.version, result: { article, problems: stored.problems }, summary: stored.summary, hash };
}

/** An article whose tables would take gigabytes to render is refused, like a mistake in its front matter. */
function withinLimits(result: ParseResult): ParseResult {
  const refused = result.article && tooManyTableCells(result.article.body);
  if (!result.article || !refused) return result;
  return { article: undefined, problems: [...result.problems, { file: result.article.sourcePath, message: refused, severity: "error" }] };
}
