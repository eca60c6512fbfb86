// Article sources → the site model, with every problem of the build. Remembers what it parsed, so a rebuild
// after one saved file parses one file (the dev server relies on this).
import type { MarkdownIt } from "markdown-it";
import { parseAuthorRecords, type AuthorRecords } from "../content/authorRecords.ts";
import { buildCatalog } from "../content/buildCatalog.ts";
import { frontMatterSettingsProblems } from "../content/frontMatterSettings.ts";
import { parseArticle, type ParsedArticle, type ParseResult } from "../content/parseArticle.ts";
import type { Problem } from "../content/problems.ts";
import { leadParagraph } from "../markdown/leadParagraph.ts";
import { truncate } from "../markdown/plainText.ts";
import { buildSiteModel, type RelatedFn, type SiteModel } from "./buildSiteModel.ts";
import type { SiteConfig } from "../site.ts";

export interface CompileOptions {
  site: SiteConfig;
  now: Date;
  includeUnpublished: boolean;
  related: RelatedFn;
}

export interface SourceFile {
  sourcePath: string;
  relativePath: string;
  /** Any string that changes when the file does. */
  version: string;
  bytes: Uint8Array;
}

export type CompileResult =
  | { ok: true; model: SiteModel; problems: Problem[] }
  | { ok: false; problems: Problem[] };

interface Entry {
  version: string;
  result: ParseResult;
  summary: string | undefined;
}

export class SiteCompiler {
  private readonly md: MarkdownIt;
  private entries = new Map<string, Entry>();

  private authors: { version: string; result: AuthorRecords } | undefined;
  private settings: string | undefined;

  constructor(md: MarkdownIt) {
    this.md = md;
  }

  /** `authorsFile`: the site's author records (articles/authors.yml), when the site has them. */
  compile(sources: readonly SourceFile[], options: CompileOptions, authorsFile?: SourceFile): CompileResult {
    const { parsed, problems } = this.parse(sources, options.site);
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
    if (problems.some((problem) => problem.severity === "error")) return { ok: false, problems };
    return { ok: true, model: buildSiteModel(catalog, options.site, options.related), problems };
  }

  /** Every problem of the articles, as the build would report them, without building anything. */
  check(sources: readonly SourceFile[], options: Omit<CompileOptions, "related">, authorsFile?: SourceFile): Problem[] {
    const { parsed, problems } = this.parse(sources, options.site);
    const authors = this.authorRecords(authorsFile);
    const catalog = buildCatalog(parsed, {
      now: options.now,
      includeUnpublished: options.includeUnpublished,
      language: options.site.language,
      summarize: () => "",
      authorRecords: authors.records,
    });
    return [...problems, ...authors.problems, ...catalog.problems];
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
      if (!entry || entry.version !== source.version) {
        entry = { version: source.version, result: parseArticle(source, context), summary: undefined };
      }
      next.set(source.sourcePath, entry);
      problems.push(...entry.result.problems);
      if (entry.result.article) parsed.push(entry.result.article);
    }
    this.entries = next;
    return { parsed, problems };
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
