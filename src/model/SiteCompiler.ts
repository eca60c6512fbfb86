// Article sources → the site model, with every problem of the build. Remembers what it parsed, so a rebuild
// after one saved file parses one file (the dev server relies on this).
import type { MarkdownIt } from "markdown-it";
import { buildCatalog } from "../content/buildCatalog.ts";
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

/**
 * The site model and every problem. With errors (`ok` false) the model holds the articles that could be
 * read, so that their links can still be checked in the same round; it is never published.
 */
export type CompileResult = { ok: boolean; model: SiteModel; problems: Problem[] };

interface Entry {
  version: string;
  result: ParseResult;
  summary: string | undefined;
}

export class SiteCompiler {
  private readonly md: MarkdownIt;
  private entries = new Map<string, Entry>();

  constructor(md: MarkdownIt) {
    this.md = md;
  }

  compile(sources: readonly SourceFile[], options: CompileOptions): CompileResult {
    const { parsed, problems } = this.parse(sources, options.site);
    const catalog = buildCatalog(parsed, {
      now: options.now,
      includeUnpublished: options.includeUnpublished,
      language: options.site.language,
      summarize: (article) => this.summary(article, options.site.summary.length),
    });
    problems.push(...catalog.problems);
    const ok = !problems.some((problem) => problem.severity === "error");
    // A model with errors is only for checking links: no related lists (two articles may share an address).
    return { ok, model: buildSiteModel(catalog, options.site, ok ? options.related : () => []), problems };
  }

  private parse(sources: readonly SourceFile[], site: SiteConfig): { parsed: ParsedArticle[]; problems: Problem[] } {
    const context = { language: site.language, timeZone: site.timeZone };
    const next = new Map<string, Entry>();
    const problems: Problem[] = [];
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
