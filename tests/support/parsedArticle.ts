// A parsed article for tests of the model: in `category`'s folder, with these tags, the rest plain.
import type { ParsedArticle } from "../../src/content/parseArticle.ts";

export function parsedArticle(slug: string, category: string, tags: string[], changes: Partial<ParsedArticle> = {}): ParsedArticle {
  return {
    sourcePath: `articles/${category}/${slug}.md`,
    relativePath: `${category}/${slug}.md`,
    slug,
    title: `Title ${slug}`,
    description: "d",
    date: new Date("2025-01-01T00:00:00Z"),
    updated: undefined,
    authorNames: [],
    aliases: [],
    keywords: [],
    data: {},
    categoryName: category,
    tagNames: tags,
    lang: "en",
    draft: false,
    body: "b",
    ...changes,
  };
}
