// The whole set of parsed articles → the published site content: normalized tags, categories and authors,
// unique addresses, the old addresses that redirect, drafts and scheduled articles left out. Computed once
// per build.
import type { AuthorRecord } from "./authorRecords.ts";
import type { ParsedArticle } from "./parseArticle.ts";
import type { Problem } from "./problems.ts";
import { redirectProblems, type Redirect } from "./redirects.ts";
import { RESERVED_ARTICLE_SLUGS, RESERVED_SEGMENTS } from "../urls/reservedPaths.ts";
import { articleUrl } from "../urls/sitePaths.ts";
import { TermRegistry } from "./terms.ts";
import { termKey } from "./termKey.ts";
import type { Article, Author, Term } from "./types.ts";

export interface CatalogOptions {
  /** Articles dated after this instant are scheduled, not published. */
  now: Date;
  /** The dev server shows drafts and scheduled articles; production builds leave them out. */
  includeUnpublished: boolean;
  /** Language of the site, for sorting term names. */
  language: string;
  /** The summary of an article that has no description. */
  summarize: (article: ParsedArticle) => string;
  /** The site's author records (articles/authors.yml), already checked. */
  authorRecords?: readonly AuthorRecord[];
}

export interface TermGroup<T extends Term = Term> {
  term: T;
  /** Newest first. */
  articles: Article[];
}

export interface Catalog {
  /** What the site shows, newest first. */
  articles: Article[];
  /** Categories with at least one article shown, by name. */
  categories: TermGroup[];
  /** Tags with at least one article shown, by name. */
  tags: TermGroup[];
  /** Authors with at least one article shown, by name. */
  authors: TermGroup<Author>[];
  /** Old addresses of the articles shown, each to become a page that sends readers on. */
  redirects: Redirect[];
  skipped: { drafts: number; scheduled: number };
  /** Scheduled articles, soonest first: when each goes live. */
  upcoming: { sourcePath: string; title: string; date: Date }[];
  problems: Problem[];
}

export function buildCatalog(parsed: readonly ParsedArticle[], options: CatalogOptions): Catalog {
  const problems: Problem[] = [];
  const categoryRegistry = new TermRegistry();
  const tagRegistry = new TermRegistry();
  const authorRegistry = new TermRegistry();
  // A person is found by the record's key or its name, in any spelling; the record's key then groups them.
  const records = new Map<string, AuthorRecord>();
  for (const record of options.authorRecords ?? []) {
    records.set(termKey(record.name), record);
    records.set(termKey(record.id), record);
  }
  const keys = parsed.map((article) => ({
    category: categoryRegistry.add(article.categoryName),
    tags: [...new Set(article.tagNames.map((name) => tagRegistry.add(name)))],
    authors: [
      ...new Set(
        article.authorNames.map((name) => {
          const record = records.get(termKey(name));
          return authorRegistry.add(name, record ? termKey(record.id) : undefined);
        }),
      ),
    ],
  }));
  const categories = categoryRegistry.terms("category");
  const tags = tagRegistry.terms("tag");
  const authors = new Map<string, Author>();
  for (const [key, term] of authorRegistry.terms("author", (key) => records.get(key)?.name)) {
    const record = records.get(key);
    authors.set(key, { ...term, bio: record?.bio, link: record?.link, avatar: record?.avatar });
  }

  // Jekyll posts named alike on different days (2019-01-01-weekly.md, 2019-01-08-weekly.md) keep their dates.
  const wanted = parsed.map((source, i) => articleUrl(categories.get(keys[i]!.category)!, source.slug));
  const sharing = new Map<string, number>();
  for (const url of wanted) sharing.set(url, (sharing.get(url) ?? 0) + 1);

  const all: Article[] = parsed.map((source, i) => {
    const category = categories.get(keys[i]!.category)!;
    const { categoryName: _category, tagNames: _tags, authorNames: _authors, datedSlug, ...stated } = source;
    const slug = datedSlug && sharing.get(wanted[i]!)! > 1 ? datedSlug : source.slug;
    return {
      ...stated,
      slug,
      url: articleUrl(category, slug),
      description: source.description ?? options.summarize(source),
      descriptionFromBody: source.description === undefined,
      category,
      tags: keys[i]!.tags.map((key) => tags.get(key)!),
      authors: keys[i]!.authors.map((key) => authors.get(key)!),
    };
  });

  problems.push(...reservedAddressProblems(all), ...duplicateAddressProblems(all));
  const redirects = redirectProblems(all, { categories: categories.values(), tags: tags.values(), authors: authors.values() });
  problems.push(...redirects.problems);

  let drafts = 0;
  const upcoming: Catalog["upcoming"] = [];
  const shown = all.filter((article) => {
    if (article.draft) drafts++;
    else if (article.date > options.now) upcoming.push({ sourcePath: article.sourcePath, title: article.title, date: article.date });
    else return true;
    return options.includeUnpublished;
  });
  upcoming.sort((a, b) => a.date.getTime() - b.date.getTime() || (a.sourcePath < b.sourcePath ? -1 : 1));
  shown.sort(newestFirst);

  return {
    articles: shown,
    categories: groupBy(shown, (article) => [article.category], options.language),
    tags: groupBy(shown, (article) => article.tags, options.language),
    authors: groupBy(shown, (article) => article.authors, options.language),
    redirects: shown.flatMap((article) => article.aliases.filter((from) => redirects.usable.has(from)).map((from) => ({ from, article }))),
    skipped: { drafts, scheduled: upcoming.length },
    upcoming,
    problems,
  };
}

export function newestFirst(a: Article, b: Article): number {
  return b.date.getTime() - a.date.getTime() || (a.url < b.url ? -1 : a.url > b.url ? 1 : 0);
}

function groupBy<T extends Term>(articles: readonly Article[], termsOf: (article: Article) => readonly T[], language: string): TermGroup<T>[] {
  const groups = new Map<string, TermGroup<T>>();
  for (const article of articles) {
    for (const term of termsOf(article)) {
      let group = groups.get(term.key);
      if (!group) groups.set(term.key, (group = { term, articles: [] }));
      group.articles.push(article);
    }
  }
  const collator = new Intl.Collator(language);
  return [...groups.values()].sort((a, b) => collator.compare(a.term.name, b.term.name) || (a.term.key < b.term.key ? -1 : 1));
}

function reservedAddressProblems(articles: readonly Article[]): Problem[] {
  const problems: Problem[] = [];
  const reportedCategories = new Set<string>();
  for (const article of [...articles].sort((a, b) => (a.sourcePath < b.sourcePath ? -1 : 1))) {
    const category = article.category;
    if (RESERVED_SEGMENTS.has(category.slug) && !reportedCategories.has(category.key)) {
      reportedCategories.add(category.key);
      const others = articles.filter((a) => a.category.key === category.key).length - 1;
      problems.push({
        file: article.sourcePath,
        field: "category",
        message:
          `"${category.name}" would take the site's own address /${category.slug}/ ` +
          `(rename the folder or set another category:${others > 0 ? `; ${others} more article${others === 1 ? "" : "s"} in it` : ""})`,
        severity: "error",
      });
    }
    if (RESERVED_ARTICLE_SLUGS.has(article.slug)) {
      problems.push({
        file: article.sourcePath,
        field: "slug",
        message: `"${article.slug}" is used by the category's own pages (add a line such as slug: ${article.slug}-article)`,
        severity: "error",
      });
    }
  }
  return problems;
}

function duplicateAddressProblems(articles: readonly Article[]): Problem[] {
  const byUrl = new Map<string, Article[]>();
  for (const article of articles) {
    const same = byUrl.get(article.url);
    if (same) same.push(article);
    else byUrl.set(article.url, [article]);
  }
  const problems: Problem[] = [];
  for (const [url, same] of byUrl) {
    if (same.length < 2) continue;
    const files = same.map((a) => a.sourcePath).sort();
    for (const file of files) {
      problems.push({
        file,
        field: "slug",
        message: `the address ${url} is also used by ${files.filter((f) => f !== file).join(", ")} (give one of them another slug:)`,
        severity: "error",
      });
    }
  }
  return problems;
}
