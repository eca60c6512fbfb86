// Callouts: `::: note` … `:::` (markdown-it-container) as `<aside class="callout callout--note" role="note">`
// with a visible label. `::: warning Mind the gap` shows its own title instead of the label.
import type { MarkdownIt } from "markdown-it";
import container from "markdown-it-container";
import { MARKDOWN_LABELS } from "./labels.ts";
import type { Token } from "./types.ts";

export const CALLOUT_TYPES = ["note", "tip", "info", "warning", "danger", "caution"] as const;
export type CalloutType = (typeof CALLOUT_TYPES)[number];

const OPENING = /^\s*([a-z]+)(?:\s+(.*?))?\s*$/;
const isCalloutType = (word: string): word is CalloutType => (CALLOUT_TYPES as readonly string[]).includes(word);

export function callouts(md: MarkdownIt): void {
  md.use(container, "callout", {
    validate: (params: string) => isCalloutType(OPENING.exec(params)?.[1] ?? ""),
    render: (tokens: Token[], idx: number) => {
      const token = tokens[idx]!;
      if (token.nesting !== 1) return "</aside>\n";
      const [, type, title] = OPENING.exec(token.info) as unknown as [string, CalloutType, string | undefined];
      const label = title || MARKDOWN_LABELS[type];
      return `<aside class="callout callout--${type}" role="note">\n<p class="callout__label">${md.utils.escapeHtml(label)}</p>\n`;
    },
  });
}
