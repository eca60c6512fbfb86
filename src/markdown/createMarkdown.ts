// The one markdown-it instance of the site: raw HTML allowed (authors are trusted), the article syntax
// (articleSyntax.ts), ids on headings, relative links and images resolved to site addresses. Bodies are
// never run through a template engine.
import markdownIt, { type MarkdownIt } from "markdown-it";
import { articleSyntax } from "./articleSyntax.ts";
import { uniqueIds } from "./attributes.ts";
import { headingText, headingIds } from "./headingIds.ts";
import { localUrls } from "./localUrls.ts";
import { responsiveBodyImages } from "../images/bodyImages.ts";
import type { BodyEnv, Token } from "./types.ts";

export function createMarkdown(): MarkdownIt {
  const md = markdownIt({ html: true, linkify: true, typographer: false });
  md.use(articleSyntax);
  md.use(headingIds);
  // Ids set with `{#id}` on other elements stay unique on the page too.
  md.use(uniqueIds);
  md.use(localUrls);
  md.use(collectHeadings);
  md.use(responsiveBodyImages);
  return md;
}

/** Records the headings (after ids are set) so a page can show a table of contents. */
function collectHeadings(md: MarkdownIt): void {
  md.core.ruler.push("collect_headings", (state) => {
    const env = state.env as unknown as Partial<BodyEnv>;
    if (!env.headings) return;
    const tokens = state.tokens;
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i]!;
      const id = token.type === "heading_open" ? token.attrGet("id") : null;
      if (id === null) continue;
      env.headings.push({ level: Number(token.tag.slice(1)), id: String(id), text: headingText(tokens[i + 1]?.children ?? []) });
    }
  });
}
