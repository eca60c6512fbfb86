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
  /** Shown under the title: the front-matter description, unless the body opens with it (src/model/standfirst.ts). */
  standfirst: string | undefined;
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

/** The front page: a lead story, the next stories, then each section's newest not shown above. */
export interface HomePage {
  /** The newest article with a lead image among the latest (the newest article when none has one). */
  lead: Article | undefined;
  /** The other latest articles, newest first. */
  top: Article[];
  sections: HomeSection[];
}

export interface SiteModel {
  articlePages: ArticlePage[];
  categoryPages: ListPage[];
  tagPages: ListPage[];
  authorPages: ListPage[];
  categories: TermEntry[];
  tags: TermEntry[];
  authors: TermEntry[];
  home: HomePage;
  /** Every article shown, newest first. */
  articles: Article[];
  /** Every category, tag and author with all its articles, newest first. */
  groups: { categories: TermGroup[]; tags: TermGroup[]; authors: TermGroup<Author>[] };
  /** A page at each old address of an article shown (sorted by address). */
  redirects: Redirect[];
  skipped: Catalog["skipped"];
  upcoming: Catalog["upcoming"];
}

/** For each article (same order), the articles to link under "Related articles". */
export type RelatedFn = (articles: readonly Article[]) => Article[][];

/** The standfirst of an article (src/model/standfirst.ts); none when not given. */
export type StandfirstFn = (article: Article) => string | undefined;

export function buildSiteModel(catalog: Catalog, site: SiteConfig, related: RelatedFn, standfirst: StandfirstFn = () => undefined): SiteModel {
  const relatedLists = related(catalog.articles);
  const articlePages = catalog.articles.map((article, i) => ({
    article,
    standfirst: standfirst(article),
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
    home: homePage(catalog, site),
    articles: catalog.articles,
    groups: { categories: catalog.categories, tags: catalog.tags, authors: catalog.authors },
    redirects: [...catalog.redirects].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0)),
    skipped: catalog.skipped,
    upcoming: catalog.upcoming,
  };
}

/** A site with no articles: what the dev server shows before any article could be read. */
export function emptySiteModel(site: SiteConfig): SiteModel {
  return buildSiteModel({ articles: [], categories: [], tags: [], authors: [], redirects: [], skipped: { drafts: 0, scheduled: 0 }, upcoming: [], problems: [] }, site, () => []);
}

function homePage(catalog: Catalog, site: SiteConfig): HomePage {
  const latest = catalog.articles.slice(0, site.pageSize.home);
  const lead = latest.find((article) => article.image) ?? latest[0];
  const top = latest.filter((article) => article !== lead);
  const shown = new Set(latest);
  const sections = catalog.categories.map((group) => {
    const articles: Article[] = [];
    // At most `home` articles are skipped: the walk stays short however large the category.
    for (const article of group.articles) {
      if (articles.length === site.pageSize.homePerCategory) break;
      if (!shown.has(article)) articles.push(article);
    }
    return { category: group.term, url: categoryUrl(group.term), articles, total: group.articles.length };
  });
  return { lead, top, sections: sections.filter((section) => section.articles.length > 0) };
}
