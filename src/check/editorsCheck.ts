// An editor's look over the articles that will be published, for `npm run check`: things a reader would
// notice, never reasons to stop a build, so every one is a warning.
import { didYouMean } from "../content/didYouMean.ts";
import type { Problem } from "../content/problems.ts";
import type { Article } from "../content/types.ts";

/** Longer titles are cut in search results and crowd cards. */
export const LONG_TITLE = 110;

const warning = (article: Article, field: string, message: string, summary?: string): Problem => ({
  file: article.sourcePath,
  field,
  message,
  severity: "warning",
  ...(summary ? { summary } : {}),
});

/** Warnings about the articles as a whole: titles, descriptions, tags. */
export function editorsCheck(articles: readonly Article[]): Problem[] {
  const problems: Problem[] = [];
  const tagUse = new Map<string, { name: string; articles: Article[] }>();
  for (const article of articles) {
    for (const tag of article.tags) {
      let use = tagUse.get(tag.key);
      if (!use) tagUse.set(tag.key, (use = { name: tag.name, articles: [] }));
      use.articles.push(article);
    }
  }
  const sharedTags = [...tagUse.values()].filter((use) => use.articles.length > 1).map((use) => use.name);
  const byTitle = new Map<string, Article[]>();
  for (const article of articles) {
    const title = article.title.normalize("NFKC").toLowerCase();
    byTitle.set(title, [...(byTitle.get(title) ?? []), article]);
  }

  for (const article of articles) {
    const length = [...article.title].length;
    if (length > LONG_TITLE) {
      problems.push(warning(article, "title", `is ${length} characters long; lists and search results show about ${LONG_TITLE} (shorten it)`));
    }
    if (article.descriptionFromBody) {
      problems.push(
        warning(
          article,
          "description",
          'is missing, so lists and search show the first lines of the article instead (add a line such as description: "What changed and why")',
          "description: is missing (lists and search show the first lines instead)",
        ),
      );
    }
    if (article.tags.length === 0) {
      problems.push(warning(article, "tags", "none: related articles and topic pages cannot find this article (add a few, e.g. tags: [trade, ports])", "tags: none"));
    }
    for (const tag of article.tags) {
      if (tagUse.get(tag.key)!.articles.length > 1) continue;
      const guess = didYouMean(tag.name, sharedTags.filter((name) => name.toLowerCase() !== tag.key));
      problems.push(
        warning(
          article,
          "tags",
          guess
            ? `"${tag.name}" is on this article only; did you mean "${guess}"? (a tag used by other articles)`
            : `"${tag.name}" is on this article only (check its spelling; a tag on one article links to nothing else)`,
        ),
      );
    }
    const same = byTitle.get(article.title.normalize("NFKC").toLowerCase())!;
    if (same.length > 1) {
      const others = same.filter((other) => other !== article).map((other) => other.sourcePath);
      problems.push(warning(article, "title", `is the same as the title of ${others.join(", ")} (readers cannot tell them apart in lists)`));
    }
  }
  return problems;
}

/** Images in a rendered body that a screen reader cannot describe. */
export function imagesWithoutAlt(article: Article, html: string): Problem[] {
  const problems: Problem[] = [];
  for (const match of html.matchAll(/<img\b[^>]*>/gi)) {
    const tag = match[0];
    const alt = /\salt\s*=\s*(["'])(.*?)\1/i.exec(tag);
    if (alt && alt[2]!.trim() !== "") continue;
    const src = /\ssrc\s*=\s*(["'])(.*?)\1/i.exec(tag)?.[2] ?? "an image";
    problems.push(warning(article, "", `image ${JSON.stringify(src)} has no alt text (describe it: ![what it shows](${src}))`));
  }
  return problems;
}
