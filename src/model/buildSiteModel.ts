// Everything the layouts print, computed once per build from the catalog: article pages with their
// related links, paginated category, tag and author lists, the home page, the term indexes and the pages
// at old addresses that send readers on.
import type { Catalog, TermGroup } from "../content/buildCatalog.ts";
import type { Redirect } from "../content/redirects.ts";
import type { Article, Author, Term } from "../content/types.ts";
import type { SiteConfig } from "../site.ts";
import { paginate, type Paged } from "./paginate.ts";
import { authorUrl, categoryUrl, feedUrls, tagUrl } from "../urls/sitePaths.ts";

export interface ArticlePage {
  article: Article;
  categoryUrl: string;
  /** The Atom feed of the article's category. */
  categoryFeedUrl: string;
  related: Article[];
}

export interface ListPage extends Paged<Article> {
  kind: "category" | "tag" | "author";
  term: Term;
  /** On an author's pages: the person, with what the author records say. */
  author: Author | undefined;
  /** Address of the list's first page. */
  termUrl: string;
  /** The list's Atom feed: categories and authors have one, tags do not. */
  feedUrl: string | undefined;
  /** Articles in the whole list, not just this page. */
  total: number;
}

export interface TermEntry {
  term: Term;
  url: string;
  count: number;
}

export interface HomeSection {
  category: Term;
  url: string;
  articles: Article[];
  total: number;
}

export interface SiteModel {
  articlePages: ArticlePage[];
  categoryPages: ListPage[];
  tagPages: ListPage[];
  authorPages: ListPage[];
  categories: TermEntry[];
  tags: TermEntry[];
  authors: TermEntry[];
  home: { latest: Article[]; sections: HomeSection[] };
  /** Every article shown, newest first. */
  articles: Article[];
  /** Every category, tag and author with all its articles, newest first. */
  groups: { categories: TermGroup[]; tags: TermGroup[]; authors: TermGroup<Author>[] };
  /** A page at each old address of an article shown (sorted by address). */
  redirects: Redirect[];
  skipped: Catalog["skipped"];
}

/** For each article (same order), the articles to link under "Related articles". */
export type RelatedFn = (articles: readonly Article[]) => Article[][];

export function buildSiteModel(catalog: Catalog, site: SiteConfig, related: RelatedFn): SiteModel {
  const relatedLists = related(catalog.articles);
  const articlePages = catalog.articles.map((article, i) => ({
    article,
    categoryUrl: categoryUrl(article.category),
    categoryFeedUrl: feedUrls(categoryUrl(article.category)).atom,
    related: relatedLists[i] ?? [],
  }));
  const listPages = (groups: TermGroup[], kind: ListPage["kind"], urlOf: (term: Term) => string) =>
    groups.flatMap((group) =>
      paginate(group.articles, site.pageSize.list, urlOf(group.term)).map((page) => ({
        ...page,
        kind,
        term: group.term,
        author: kind === "author" ? (group.term as Author) : undefined,
        termUrl: urlOf(group.term),
        feedUrl: kind === "tag" ? undefined : feedUrls(urlOf(group.term)).atom,
        total: group.articles.length,
      })),
    );
  const entries = (groups: TermGroup[], urlOf: (term: Term) => string) =>
    groups.map((group) => ({ term: group.term, url: urlOf(group.term), count: group.articles.length }));

  return {
    articlePages,
    categoryPages: listPages(catalog.categories, "category", categoryUrl),
    tagPages: listPages(catalog.tags, "tag", tagUrl),
    authorPages: listPages(catalog.authors, "author", authorUrl),
    categories: entries(catalog.categories, categoryUrl),
    tags: entries(catalog.tags, tagUrl),
    authors: entries(catalog.authors, authorUrl),
    home: {
      latest: catalog.articles.slice(0, site.pageSize.home),
      sections: catalog.categories.map((group) => ({
        category: group.term,
        url: categoryUrl(group.term),
        articles: group.articles.slice(0, site.pageSize.homePerCategory),
        total: group.articles.length,
      })),
    },
    articles: catalog.articles,
    groups: { categories: catalog.categories, tags: catalog.tags, authors: catalog.authors },
    redirects: [...catalog.redirects].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0)),
    skipped: catalog.skipped,
  };
}
