// What becomes of each shortcode tag of a body: its translation, with the tag that closes it, or the reason
// it is kept as text. The page renderer and the compile-time check both start here, so a warning is
// printed exactly for what the page shows as text.
import { parseArgs } from "./shortcodeArgs.ts";
import { shortcodeDefinition, type Translation } from "./shortcodeTable.ts";
import type { ShortcodeSyntax, ShortcodeTag } from "./scanShortcodes.ts";

export interface ResolvedTag {
  tag: ShortcodeTag;
  /** Undefined when the tag is kept as text. */
  translation?: Translation;
  /** Why it is kept as text, and how to fix it; undefined for a shortcode this site does not know. */
  refused?: string;
  /** A closing tag kept as text because its opening tag is: the warning is the opening tag's. */
  withOpening?: boolean;
  /** The other tag of a pair. */
  partner?: ResolvedTag;
  /** For a callout: how deep callouts nest inside it (0 when none do). */
  nested: number;
}

export function resolveShortcodes(tags: readonly ShortcodeTag[]): ResolvedTag[] {
  const resolved: ResolvedTag[] = [];
  const open: ResolvedTag[] = [];
  for (const tag of tags) {
    const entry: ResolvedTag = { tag, nested: 0 };
    resolved.push(entry);
    const definition = shortcodeDefinition(tag.syntax, tag.name);
    if (!definition) continue;
    if (tag.closing) {
      if (!definition.paired) entry.refused = `${display(tag)} closes nothing (remove it)`;
      else close(entry, open);
      continue;
    }
    const translation = definition.read(parseArgs(tag.args));
    if ("refused" in translation) entry.refused = translation.refused;
    else entry.translation = translation;
    if (definition.paired) {
      if (tag.selfClosing) entry.refused = `${display(tag)} has no content (remove it)`;
      else open.push(entry);
    }
  }
  for (const entry of open) unclosed(entry);
  return resolved;
}

function close(closing: ResolvedTag, open: ResolvedTag[]): void {
  const { tag } = closing;
  let at = open.length - 1;
  while (at >= 0 && !(open[at]!.tag.name === tag.name && family(open[at]!.tag.syntax) === family(tag.syntax))) at--;
  if (at < 0) {
    closing.refused = `has no opening ${display({ ...tag, closing: false })} before it (remove it, or add the opening tag)`;
    return;
  }
  for (const inner of open.splice(at + 1)) unclosed(inner);
  const opening = open.pop()!;
  if (opening.refused) {
    closing.withOpening = true;
    return;
  }
  opening.partner = closing;
  closing.partner = opening;
  closing.translation = opening.translation;
  // Callouts become `:::` containers; one that holds another needs a longer marker.
  const parent = open.at(-1);
  if (parent) parent.nested = Math.max(parent.nested, opening.nested + (opening.translation?.kind === "callout" ? 1 : 0));
}

function unclosed(entry: ResolvedTag): void {
  if (entry.refused) return;
  entry.translation = undefined;
  entry.refused = `has no closing ${display({ ...entry.tag, closing: true })} (add it after the content)`;
}

const family = (syntax: ShortcodeSyntax) => (syntax === "liquid" ? "liquid" : "hugo");

/** A tag as an author would look for it: `{% Aside %}`, `{{< /note >}}`, `{% endAside %}`. */
export function display(tag: Pick<ShortcodeTag, "syntax" | "name" | "closing">): string {
  if (tag.syntax === "liquid") return `{% ${tag.closing ? "end" : ""}${tag.name} %}`;
  const [open, end] = tag.syntax === "hugo" ? ["{{<", ">}}"] : ["{{%", "%}}"];
  return `${open} ${tag.closing ? "/" : ""}${tag.name} ${end}`;
}
