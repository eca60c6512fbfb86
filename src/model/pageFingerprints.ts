// What each page of the site is made from, as one hash a page: an incremental build renders again only the
// pages whose hash changed (src/model/reusePages.ts) and takes the others from the previous output. A page's
// hash covers its item of the model (the article page, the list page, the redirect) with every article in it
// replaced by that article's own hash (all its fields, its body included), and what every page shows around
// it: the sections in the header, whether the footer links to the authors, the local images. Everything else a
// page depends on is code, layouts or settings, which the cache's key covers (src/io/buildCache.ts).
import { createHash } from "node:crypto";
import type { Article } from "../content/types.ts";
import type { ImageTable } from "../images/types.ts";
import type { SiteModel } from "./buildSiteModel.ts";
import { outputPathOf } from "./sitePages.ts";

/** Output path ("economy/rates/index.html") → hash of what its page is made from. */
export type PageFingerprints = Map<string, string>;

/** An article's own hash: all its fields and its body (`markdown`, when the article no longer holds it). */
export function articleHash(article: Article, markdown = article.body): string {
  // The body apart: hashed as it is, not escaped into JSON first (most of an article's text).
  const { body: _body, ...rest } = article;
  return createHash("sha1").update(JSON.stringify(rest)).update("\0").update(markdown).digest("base64url");
}

/**
 * The pages an incremental build may take from the previous output: article, list and redirect pages.
 * `hashOf` gives an article's hash (articleHash), for a caller that computed some before.
 */
export function pageFingerprints(model: SiteModel, images: ImageTable, hashOf: (article: Article) => string = (article) => articleHash(article)): PageFingerprints {
  const articles = new Map<Article, string>();
  for (const article of model.articles) articles.set(article, hashOf(article));
  // Redirects and related lists only name shown articles; anything else is hashed whole.
  const replacer = (_key: string, value: unknown) => (typeof value === "object" && value !== null ? (articles.get(value as Article) ?? value) : value);
  // The header names every section; the footer links to the authors when there are any (layouts/partials/site-*.njk).
  const around = hash(
    JSON.stringify({
      sections: model.categories.map((entry) => [entry.url, entry.term.name]),
      authors: model.authors.length > 0,
      images: [...images],
    }),
  );
  const fingerprints: PageFingerprints = new Map();
  const add = (sitePath: string, item: object) => fingerprints.set(outputPathOf(sitePath), hash(around + JSON.stringify(item, replacer)));
  for (const page of model.articlePages) add(page.article.url, page);
  for (const page of [...model.categoryPages, ...model.tagPages, ...model.authorPages]) add(page.url, page);
  for (const redirect of model.redirects) add(redirect.from, redirect);
  return fingerprints;
}

const hash = (text: string) => createHash("sha1").update(text).digest("base64url");
