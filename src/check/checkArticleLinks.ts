// Links in article bodies, checked from the sources before anything is rendered: to other articles, their
// headings, pages of the site, and files kept beside the articles. Each body is rendered as its page would
// show it (the rendered site's own check stays the final guard, for links the layouts write).
import type { MarkdownIt } from "markdown-it";
import type { Article } from "../content/types.ts";
import { LAYOUT_IDS } from "../markdown/headingId.ts";
import { renderBody, sourceDirOf } from "../markdown/renderBody.ts";
import { outputPathOf } from "../model/sitePages.ts";
import { LinkChecker, type BrokenLink } from "./LinkChecker.ts";

export interface ArticleLinkOptions {
  /** Every file the site will have, as output paths: its pages (sitePages) and the files copied into it. */
  files: ReadonlySet<string>;
  /** The site's articles: the ones checked, and the ones links may point to. */
  articles: readonly Article[];
  /** Site paths served by something else on the same host (src/site.ts, links.servedElsewhere): not checked. */
  elsewhere?: readonly string[];
  /** Told of each body checked, as its page shows it (the editor's check looks at its images). */
  onBody?: (article: Article, html: string) => void;
  /** Only these articles' links (paths relative to the articles folder); all when absent. Links to headings of
   * other articles are then not judged. */
  only?: ReadonlySet<string>;
}

/** The broken links of the articles' bodies, on their pages' output paths ("economy/tax/index.html"). */
export function checkArticleLinks(md: MarkdownIt, options: ArticleLinkOptions): BrokenLink[] {
  const urls = new Map(options.articles.map((article) => [article.relativePath, article.url]));
  const checker = new LinkChecker("/", { elsewhere: options.elsewhere });
  // Links to a heading of an article not checked this time are not judged (its page was not added).
  for (const article of options.articles) {
    if (options.only && !options.only.has(article.relativePath)) continue;
    const body = renderBody(md, article.body, { sourceDir: sourceDirOf(article.relativePath), pathPrefix: "/", articleUrl: (path) => urls.get(path) });
    checker.addPage(outputPathOf(article.url), body.html, LAYOUT_IDS);
    options.onBody?.(article, body.html);
  }
  return checker.finish(options.files);
}
