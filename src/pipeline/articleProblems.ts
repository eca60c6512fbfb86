// Every problem of the articles that can be found without rendering the site: front matter, addresses and
// the links in their bodies, in one round. `npm run check`, the build (when it cannot go on) and the dev
// server report these.
import path from "node:path";
import type { MarkdownIt } from "markdown-it";
import { checkArticleLinks } from "../check/checkArticleLinks.ts";
import { editorsCheck, imagesWithoutAlt } from "../check/editorsCheck.ts";
import type { Problem } from "../content/problems.ts";
import type { Article } from "../content/types.ts";
import { copiedFiles } from "../io/copySiteAssets.ts";
import type { CompileResult } from "../model/SiteCompiler.ts";
import { outputPathOf, sitePages } from "../model/sitePages.ts";
import { brokenLinkProblems } from "../check/brokenLinkProblems.ts";
import type { BuildSettings } from "./buildSettings.ts";

/**
 * The links in the bodies of the compiled articles (only those in `only`, when given). A link to an article
 * that has errors of its own is not reported again: once those are fixed, it leads to its page. `onBody`
 * sees each body checked, as its page shows it.
 */
export function linkProblems(
  md: MarkdownIt,
  compiled: CompileResult,
  settings: BuildSettings,
  options: { only?: ReadonlySet<string>; onBody?: (article: Article, html: string) => void; severity?: Problem["severity"] } = {},
): Problem[] {
  const files = new Set([...sitePages(compiled.model, settings.site), ...copiedFiles(settings)]);
  const articlesDir = path.relative(settings.projectRoot, path.resolve(settings.projectRoot, settings.articlesDir)).split(path.sep).join("/");
  const failed = new Set(
    compiled.problems
      .filter((problem) => problem.severity === "error")
      .map((problem) => `/${articlesDir ? path.posix.relative(articlesDir, problem.file) : problem.file}`),
  );
  const broken = checkArticleLinks(md, {
    files,
    articles: compiled.model.articles,
    only: options.only,
    onBody: options.onBody,
    elsewhere: settings.site.links.servedElsewhere,
  }).filter((link) => !failed.has(link.href.replace(/[?#].*$/, "")));
  const sources = new Map(compiled.model.articles.map((article) => [outputPathOf(article.url), article.sourcePath]));
  return brokenLinkProblems(broken, { sourceOf: (page) => sources.get(page), pageShown: (page) => page, severity: options.severity ?? "error" });
}

/**
 * Front matter, addresses and links together; with `editor`, an editor's warnings too (`npm run check`);
 * `links` says what a broken link is ("warning" while a site is being migrated).
 */
export function articleProblems(
  md: MarkdownIt,
  compiled: CompileResult,
  settings: BuildSettings,
  options: { editor?: boolean; links?: Problem["severity"] } = {},
): Problem[] {
  const editor: Problem[] = options.editor ? editorsCheck(compiled.model.articles) : [];
  const onBody = options.editor ? (article: Article, html: string) => editor.push(...imagesWithoutAlt(article, html)) : undefined;
  return [...compiled.problems, ...linkProblems(md, compiled, settings, { onBody, severity: options.links }), ...editor];
}
