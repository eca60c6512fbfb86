import markdownIt from "markdown-it";
import { describe, expect, it } from "vitest";
import { MAX_TABLE_CELLS, tableCells, tooManyTableCells } from "../../src/markdown/tableCells.ts";

/** What markdown-it makes: one th or td per cell. */
const md = markdownIt();
const madeCells = (body: string) => md.parse(body, {}).filter((token) => token.type === "th_open" || token.type === "td_open").length;

const table = (columns: number, rows: number) => `|${"a|".repeat(columns)}\n|${"-|".repeat(columns)}\n${`|${"b|".repeat(columns)}\n`.repeat(rows)}`;

describe("tableCells", () => {
  it("counts the cells of ordinary tables as markdown-it makes them", () => {
    const bodies = [
      "No table here.\n",
      table(3, 4),
      `Intro.\n\n${table(2, 2)}\nAfter.\n\n${table(5, 1)}`,
      "a | b\n--- | :---:\n1 | 2\n3 | 4\n",
      "> | a | b |\n> |---|---|\n> | 1 | 2 |\n",
      "- item\n\n  | a | b |\n  |---|---|\n  | 1 | 2 |\n",
      "Text right above\n| a | b |\n|---|---|\n| 1 | 2 |\n",
      "| a | b |\r\n|---|---|\r\n| 1 | 2 |\r\n",
    ];
    for (const body of bodies) expect(tableCells(body), body).toBe(madeCells(body));
  });

  it("counts the cells markdown-it fills in under a wide header", () => {
    const body = `|${"h|".repeat(1000)}\n|${"-|".repeat(1000)}\n${"|x|\n".repeat(10)}`;
    expect(madeCells(body)).toBe(11_000);
    expect(tableCells(body)).toBe(11_000);
  });

  it("never counts fewer cells than markdown-it makes", () => {
    // Random bodies built from the pieces tables are made of; a count below markdown-it's would let a wide table through.
    let seed = 12345;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const pieces = ["|", "-", ":", " ", "a", "\n", "\n", "> ", "  ", "- ", "1. ", "```\n", "# ", "\\|", "\t", "    ", "|-|-|\n", "a|b\n", "\n\n"];
    for (let n = 0; n < 20_000; n++) {
      let body = "";
      for (let length = Math.floor(random() * 25); length > 0; length--) body += pieces[Math.floor(random() * pieces.length)];
      expect(tableCells(body), JSON.stringify(body)).toBeGreaterThanOrEqual(madeCells(body));
    }
  });

  it("may count more than markdown-it makes, never less: a table in a code block, lines down to a blank one", () => {
    // Two columns times header, row and the closing fence.
    expect(tableCells(`\`\`\`\n${table(2, 1)}\`\`\`\n`)).toBe(6);
  });

  it("reads a long body in one pass", () => {
    expect(tableCells(`${"x\n".repeat(1_000_000)}|`)).toBe(0);
    expect(tableCells(table(5_000, 100))).toBe(505_000);
  });
});

describe("tooManyTableCells", () => {
  it("says nothing up to the limit, and names the count and the limit above it", () => {
    expect(tooManyTableCells(table(100, MAX_TABLE_CELLS / 100 - 1))).toBeUndefined();
    expect(tooManyTableCells(table(100, MAX_TABLE_CELLS / 100))).toBe(
      "has tables of 100,100 cells, more than the 100,000 an article may have (split the table, or link to the data as a file beside the article)",
    );
  });
});
