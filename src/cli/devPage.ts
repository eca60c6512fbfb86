// What the dev server adds to each page: a script that reloads the page after each rebuild, and while the
// articles have errors, the same lines as the terminal, over the page. A page that does not exist (a new
// article whose front matter is wrong) shows the errors instead of "not found".

/** Where the browser listens for rebuilds (server-sent events). */
export const EVENTS_PATH = "/__site-dev/events";

const RELOAD = `<script>new EventSource(${JSON.stringify(EVENTS_PATH)}).addEventListener("reload", () => location.reload());</script>`;

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

function overlay(lines: readonly string[]): string {
  return (
    `<div id="site-dev-problems" role="alert" style="position:fixed;inset:0 0 auto 0;z-index:2147483647;max-height:70vh;overflow:auto;` +
    `margin:0;padding:1rem 1.25rem;background:#fff4f4;color:#5c0000;border-bottom:4px solid #b00020;font:14px/1.5 ui-monospace,monospace;box-shadow:0 4px 16px rgba(0,0,0,.3)">` +
    `<p style="margin:0 0 .5rem;font:bold 16px/1.3 system-ui,sans-serif">The site has problems (fix them and save: this page reloads)</p>` +
    `<pre style="margin:0;white-space:pre-wrap;overflow-wrap:anywhere">${escapeHtml(lines.join("\n"))}</pre></div>`
  );
}

/** `html` as the dev server sends it; `problems` are the lines to show, none when all is well. */
export function devPage(html: string, status: number, problems: readonly string[]): string {
  if (status === 404 && problems.length > 0) {
    return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Problems in the articles</title></head><body>${overlay(problems)}${RELOAD}</body></html>`;
  }
  const extra = (problems.length > 0 ? overlay(problems) : "") + RELOAD;
  const at = html.lastIndexOf("</body>");
  return at === -1 ? html + extra : html.slice(0, at) + extra + html.slice(at);
}
