// An article body → HTML and its headings. Markdown only: a body is never evaluated as a template.
import type { MarkdownIt } from "markdown-it";
import { searchText } from "./plainText.ts";
import type { BodyEnv, Heading } from "./types.ts";

export interface RenderedBody {
  html: string;
  headings: Heading[];
  /**
   * Article files (relative to the articles folder) the body asked the address of, for its links between
   * articles: an incremental build renders the page again when one of them has moved.
   */
  links?: string[];
}

export type BodyOptions = Omit<BodyEnv, "headings">;

export function renderBody(md: MarkdownIt, body: string, options: BodyOptions): RenderedBody {
  return renderBodyAndText(md, body, options, false).body;
}

/** The HTML and, from the same parse, the words a reader sees (searchText): one parse instead of two. */
export function renderBodyAndText(md: MarkdownIt, body: string, options: BodyOptions, withText = true): { body: RenderedBody; text: string } {
  const headings: Heading[] = [];
  const links: string[] = [];
  const lookUp = options.articleUrl;
  const articleUrl = lookUp && ((relativePath: string) => (links.push(relativePath), lookUp(relativePath)));
  const env = { ...options, articleUrl, headings } satisfies BodyEnv;
  const tokens = md.parse(body, env);
  const html = md.renderer.render(tokens, md.options, env);
  return { body: links.length > 0 ? { html, headings, links } : { html, headings }, text: withText ? searchText(tokens) : "" };
}

/** The folder of an article's file relative to the articles folder ("" at the top): its relative links start there. */
export function sourceDirOf(relativePath: string): string {
  const slash = relativePath.lastIndexOf("/");
  return slash === -1 ? "" : relativePath.slice(0, slash);
}
