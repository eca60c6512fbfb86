// An article body → HTML and its headings. Markdown only: a body is never evaluated as a template.
import type { MarkdownIt } from "markdown-it";
import { searchText } from "./plainText.ts";
import type { BodyEnv, Heading } from "./types.ts";

export interface RenderedBody {
  html: string;
  headings: Heading[];
}

export type BodyOptions = Omit<BodyEnv, "headings">;

export function renderBody(md: MarkdownIt, body: string, options: BodyOptions): RenderedBody {
  return renderBodyAndText(md, body, options, false).body;
}

/** The HTML and, from the same parse, the words a reader sees (searchText): one parse instead of two. */
export function renderBodyAndText(md: MarkdownIt, body: string, options: BodyOptions, withText = true): { body: RenderedBody; text: string } {
  const headings: Heading[] = [];
  const env = { ...options, headings } satisfies BodyEnv;
  const tokens = md.parse(body, env);
  const html = md.renderer.render(tokens, md.options, env);
  return { body: { html, headings }, text: withText ? searchText(tokens) : "" };
}

/** The folder of an article's file relative to the articles folder ("" at the top): its relative links start there. */
export function sourceDirOf(relativePath: string): string {
  const slash = relativePath.lastIndexOf("/");
  return slash === -1 ? "" : relativePath.slice(0, slash);
}
