// An article body → HTML and its headings. Markdown only: a body is never evaluated as a template.
import type { MarkdownIt } from "markdown-it";
import { LAYOUT_IDS } from "./headingId.ts";
import type { BodyEnv, Heading } from "./types.ts";

export interface RenderedBody {
  html: string;
  headings: Heading[];
}

export function renderBody(md: MarkdownIt, body: string, env: Omit<BodyEnv, "headings" | "markdownItAnchor">): RenderedBody {
  const headings: Heading[] = [];
  const slugs: Record<string, true> = {};
  for (const id of LAYOUT_IDS) slugs[id] = true;
  const html = md.render(body, { ...env, headings, markdownItAnchor: { slugs } } satisfies BodyEnv);
  return { html, headings };
}
