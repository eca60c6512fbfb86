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
import { sitePages } from "../model/sitePages.ts";
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
  only?: ReadonlySet<string>,
  onBody?: (article: Article, html: string) => void,
): Problem[] {
  const files = new Set([...sitePages(compiled.model, settings.site), ...copiedFiles(settings)]);
  const articlesDir = path.relative(settings.projectRoot, path.resolve(settings.projectRoot, settings.articlesDir)).split(path.sep).join("/");
  const failed = new Set(
    compiled.problems
      .filter((problem) => problem.severity === "error")
      .map((problem) => `/${articlesDir ? path.posix.relative(articlesDir, problem.file) : problem.file}`),
  );
  return checkArticleLinks(md, { files, articles: compiled.model.articles, only, onBody })
    .filter((link) => !failed.has(link.href.replace(/[?#].*$/, "")))
    .map((link) => ({
      file: link.sourcePath,
      message: `link ${JSON.stringify(link.href)} ${link.reason}${link.alsoOn > 0 ? ` (and on ${link.alsoOn} other ${link.alsoOn === 1 ? "article" : "articles"})` : ""}`,
      severity: "error" as const,
    }));
}

/** Front matter, addresses and links together; with `editor`, an editor's warnings too (`npm run check`). */
export function articleProblems(md: MarkdownIt, compiled: CompileResult, settings: BuildSettings, options: { editor?: boolean } = {}): Problem[] {
  const editor: Problem[] = options.editor ? editorsCheck(compiled.model.articles) : [];
  const onBody = options.editor ? (article: Article, html: string) => editor.push(...imagesWithoutAlt(article, html)) : undefined;
  return [...compiled.problems, ...linkProblems(md, compiled, settings, undefined, onBody), ...editor];
}
