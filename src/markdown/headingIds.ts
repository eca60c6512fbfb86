// Ids on headings, unique within the page: the first "Intro" is #intro, the next ones #intro-1, #intro-2…
// A counter per id remembers where the suffixes stand, so the ten-thousandth "Intro" costs what the first did.
import type { MarkdownIt } from "markdown-it";
import { headingId, LAYOUT_IDS } from "./headingId.ts";
import type { Token } from "./types.ts";

export function headingIds(md: MarkdownIt): void {
  md.core.ruler.push("heading_ids", (state) => {
    const ids = pageIds(state.env);
    const tokens = state.tokens;
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i]!;
      if (token.type !== "heading_open") continue;
      // An id the author set (an attributes plugin) is kept when no other element has it.
      const given = token.attrGet("id");
      token.attrSet("id", ids.claim(given === null ? headingId(headingText(tokens[i + 1]?.children ?? [])) : String(given)));
    }
  });
}

/** What a heading says: its text and code, without markup. */
export function headingText(children: readonly Token[]): string {
  let text = "";
  for (const child of children) if (child.type === "text" || child.type === "code_inline") text += child.content;
  return text;
}

/** The ids of one page's body, shared by the rules that set ids: footnotes', headings', then others'. */
export function pageIds(env: unknown): UniqueIds {
  const holder = env as { pageIds?: UniqueIds };
  return (holder.pageIds ??= new UniqueIds(LAYOUT_IDS));
}

export class UniqueIds {
  private readonly taken: Set<string>;
  /** The next suffix to try after each id that was wanted more than once. */
  private readonly next = new Map<string, number>();

  constructor(reserved: readonly string[]) {
    this.taken = new Set(reserved);
  }

  /** Takes `id` before anything else may: no later claim gets it. */
  reserve(id: string): void {
    this.taken.add(id);
  }

  /** `wanted` if no element has it yet, else the first of wanted-1, wanted-2… that none has. */
  claim(wanted: string): string {
    let id = wanted;
    if (this.taken.has(id)) {
      let n = this.next.get(wanted) ?? 1;
      while (this.taken.has(`${wanted}-${n}`)) n++;
      id = `${wanted}-${n}`;
      this.next.set(wanted, n + 1);
    }
    this.taken.add(id);
    return id;
  }
}
