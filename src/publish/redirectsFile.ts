// The `_redirects` file (Netlify, Cloudflare Pages): one line per old address, "from to 301", with the path
// prefix, percent-encoded so a space or a Chinese character cannot split a line.
import type { Redirect } from "../content/redirects.ts";
import { prefixUrl } from "../urls/prefixUrl.ts";

export function redirectsFile(redirects: readonly Redirect[], pathPrefix: string): string {
  const lines = redirects.map(({ from, article }) => `${encodeURI(prefixUrl(from, pathPrefix))} ${encodeURI(prefixUrl(article.url, pathPrefix))} 301`);
  return `# Old addresses of articles (aliases: and redirect_from: in their front matter).\n${lines.join("\n")}\n`;
}
