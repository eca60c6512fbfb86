import markdownIt from "markdown-it";
import { describe, expect, it } from "vitest";
import { LAYOUT_IDS } from "../../src/markdown/headingId.ts";
import { headingIds } from "../../src/markdown/headingIds.ts";

const md = markdownIt().use(headingIds);
const ids = (body: string) => md.parse(body, {}).flatMap((token) => (token.type === "heading_open" ? [token.attrGet("id")] : []));

describe("headingIds", () => {
  it("numbers repeated headings from 1, as the ids have always been", () => {
    expect(ids("## Intro\n## Intro\n## Intro\n# Intro\n")).toEqual(["intro", "intro-1", "intro-2", "intro-3"]);
  });

  it("keeps the ids the page layout uses for the layout", () => {
    expect(ids(LAYOUT_IDS.map((id) => `## ${id}`).join("\n"))).toEqual(LAYOUT_IDS.map((id) => `${id}-1`));
    expect(ids("## Main\n## Main\n")).toEqual(["main-1", "main-2"]);
  });

  it("skips a suffix that a heading of its own already took", () => {
    expect(ids("## Intro\n## Intro 1\n## Intro\n## Intro 2\n## Intro\n")).toEqual(["intro", "intro-1", "intro-2", "intro-2-1", "intro-3"]);
    expect(ids("## A 1\n## A\n## A\n")).toEqual(["a-1", "a", "a-2"]);
  });

  it("gives headings without letters an id all the same", () => {
    expect(ids("## !!!\n## ???\n")).toEqual(["section", "section-1"]);
  });

  it("keeps an id set on the heading when no element has it yet, and makes it unique otherwise", () => {
    const withIds = markdownIt().use((m) =>
      m.core.ruler.push("given_ids", (state) => {
        for (const token of state.tokens) if (token.type === "heading_open") token.attrSet("id", "chosen");
      }),
    );
    withIds.use(headingIds);
    const given = withIds.parse("## One\n## Two\n", {}).filter((token) => token.type === "heading_open");
    expect(given.map((token) => token.attrGet("id"))).toEqual(["chosen", "chosen-1"]);
  });

  it("gives 50,000 identical headings 50,000 ids", () => {
    const all = ids("## Intro\n\nText.\n\n".repeat(50_000));
    expect(all).toHaveLength(50_000);
    expect(new Set(all).size).toBe(50_000);
    expect(all[0]).toBe("intro");
    expect(all[49_999]).toBe("intro-49999");
  });
});
