// Warnings for the shortcodes of one article that its page shows as text: one problem per tag as written
// (`{% youtubeEmbed %}`), with a summary line that is the same in every file, so a report can say it once
// for a whole site. Runs on the main thread for every article at compile time: one scan of the body.
import type { Problem } from "../../content/problems.ts";
import { display, resolveShortcodes } from "./resolveShortcodes.ts";
import { scanShortcodes, type ShortcodeTag } from "./scanShortcodes.ts";

export const UNSUPPORTED = "shortcode not supported, kept as text";
const UNSUPPORTED_FIX = "remove it, or replace it with markdown";

export function shortcodeProblems(file: string, body: string): Problem[] {
  const tags = scanShortcodes(body).filter((mark): mark is ShortcodeTag => mark.type === "tag");
  if (tags.length === 0) return [];
  const opened = new Set(tags.filter((tag) => !tag.closing).map((tag) => `${tag.syntax} ${tag.name}`));
  const found = new Map<string, { reason: string; fix: string; count: number }>();
  for (const entry of resolveShortcodes(tags)) {
    const { tag } = entry;
    // A closing tag kept as text goes with its opening tag's warning.
    if (entry.translation || entry.withOpening || (!entry.refused && tag.closing && opened.has(`${tag.syntax} ${tag.name}`))) continue;
    const field = display(tag);
    const [reason, fix] = entry.refused ? splitFix(entry.refused) : [UNSUPPORTED, UNSUPPORTED_FIX];
    const key = `${field}\n${reason}`;
    const seen = found.get(key);
    if (seen) seen.count++;
    else found.set(key, { reason, fix, count: 1 });
  }
  return [...found].map(([key, { reason, fix, count }]) => {
    const field = key.slice(0, key.indexOf("\n"));
    const times = count > 1 ? `, ${count} times` : "";
    return { file, field, severity: "warning", message: `${reason}${times} (${fix})`, summary: `${field}: ${reason} (${fix})` };
  });
}

/** "needs an id (write it as …)" → ["needs an id", "write it as …"]. */
function splitFix(message: string): [string, string] {
  const open = message.lastIndexOf(" (");
  return open === -1 || !message.endsWith(")") ? [message, "see the README's markdown section"] : [message.slice(0, open), message.slice(open + 2, -1)];
}
