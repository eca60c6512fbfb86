// Article sources → the site model, with every problem of the build. Remembers what it parsed, so a rebuild
// after one saved file parses one file (the dev server relies on this).
import type { MarkdownIt } from "markdown-it";
import { buildCatalog } from "../content/buildCatalog.ts";
import { parseArticle, type ParsedArticle, type ParseResult } from "../content/parseArticle.ts";
import type { Problem } from "../content/problems.ts";
import { leadParagraph } from "../markdown/leadParagraph.ts";
import { truncate } from "../markdown/plainText.ts";
import { shortcodeProblems } from "../markdown/shortcodes/shortcodeProblems.ts";
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
    if (problems.some((problem) => problem.severity === "error")) return { ok: false, problems };
    return { ok: true, model: buildSiteModel(catalog, options.site, options.related), problems };
  }

  /** Every problem of the articles, as the build would report them, without building anything. */
  check(sources: readonly SourceFile[], options: Omit<CompileOptions, "related">): Problem[] {
    const { parsed, problems } = this.parse(sources, options.site);
    const catalog = buildCatalog(parsed, {
      now: options.now,
      includeUnpublished: options.includeUnpublished,
      language: options.site.language,
      summarize: () => "",
    });
    return [...problems, ...catalog.problems];
  }

  private parse(sources: readonly SourceFile[], site: SiteConfig): { parsed: ParsedArticle[]; problems: Problem[] } {
    const context = { language: site.language, timeZone: site.timeZone };
    const next = new Map<string, Entry>();
    const problems: Problem[] = [];
    const parsed: ParsedArticle[] = [];
    for (const source of sources) {
      let entry = this.entries.get(source.sourcePath);
      if (!entry || entry.version !== source.version) {
        const result = parseArticle(source, context);
        // Shortcodes the page will show as text: one scan of the body, once per version of the file.
        if (result.article) result.problems.push(...shortcodeProblems(result.article.sourcePath, result.article.body));
        entry = { version: source.version, result, summary: undefined };
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
