// Relative links and images in an article point next to its file (img/chart.png, ../science/space.md).
// The page lives at another address, so they are rewritten to site addresses with the path prefix.
import type { MarkdownIt } from "markdown-it";
import { normalizePath } from "../urls/normalizePath.ts";
import type { BodyEnv, Token } from "./types.ts";

const ABSOLUTE = /^(?:[a-z][a-z0-9+.-]*:|\/|#|\?)/i;
const HTML_URL_ATTRIBUTE = /(\s(?:src|href|poster)\s*=\s*)(["'])([^"']*)\2/gi;

export function localUrls(md: MarkdownIt): void {
  md.core.ruler.push("local_urls", (state) => {
    const env = state.env as unknown as Partial<BodyEnv>;
    if (env.sourceDir === undefined || env.pathPrefix === undefined) return;
    const bodyEnv = env as BodyEnv;
    for (const token of state.tokens) {
      if (token.type === "html_block") token.content = rewriteHtml(token.content, bodyEnv);
      for (const child of token.children ?? []) rewriteToken(child, bodyEnv);
    }
  });
}

function rewriteToken(token: Token, env: BodyEnv): void {
  if (token.type === "image") {
    const src = token.attrGet("src");
    if (src !== null) token.attrSet("src", resolveLocalUrl(String(src), env));
  } else if (token.type === "link_open") {
    const href = token.attrGet("href");
    if (href !== null) token.attrSet("href", resolveLocalUrl(String(href), env));
  } else if (token.type === "html_inline") {
    token.content = rewriteHtml(token.content, env);
  }
}

function rewriteHtml(html: string, env: BodyEnv): string {
  return html.replace(HTML_URL_ATTRIBUTE, (_all, before: string, quote: string, url: string) =>
    `${before}${quote}${resolveLocalUrl(url, env)}${quote}`,
  );
}

/** A relative URL written in an article, as a prefixed site URL; other URLs unchanged. */
export function resolveLocalUrl(url: string, env: BodyEnv): string {
  if (url === "" || ABSOLUTE.test(url)) return url;
  const cut = url.search(/[?#]/);
  const path = cut === -1 ? url : url.slice(0, cut);
  const rest = cut === -1 ? "" : url.slice(cut);
  const resolved = normalizePath(`${env.sourceDir}/${safeDecode(path)}`);
  const article = resolved.endsWith(".md") ? env.articleUrl?.(resolved) : undefined;
  const sitePath = article ?? `/${resolved}`;
  return encodeURI(env.pathPrefix.replace(/\/$/, "") + sitePath) + rest;
}

function safeDecode(path: string): string {
  try {
    return decodeURI(path);
  } catch {
    return path;
  }
}
