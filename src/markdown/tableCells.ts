// The table cells of a body, counted on its source before it is parsed. markdown-it makes several objects per
// cell, and fills short rows up to the header's width, so a table 5,000 columns wide takes gigabytes whatever
// its rows hold. Articles above the limit are refused before anything renders them.

/** The most table cells an article may have: a table of 20 columns and 5,000 rows. */
export const MAX_TABLE_CELLS = 100_000;

/** Why the tables of `body` are too large to render (with the fix), or undefined when they are not. */
export function tooManyTableCells(body: string): string | undefined {
  const cells = tableCells(body);
  if (cells <= MAX_TABLE_CELLS) return undefined;
  return (
    `has tables of ${cells.toLocaleString("en")} cells, more than the ${MAX_TABLE_CELLS.toLocaleString("en")} an article may have ` +
    "(split the table, or link to the data as a file beside the article)"
  );
}

/**
 * At least the number of cells markdown-it would make for the tables of `body`, in one pass over its lines.
 * Each line that can be a table's delimiter row (`|---|:--:|`, after any `>` and indentation) under a line
 * with a `|` counts as a table: its columns times its lines up to the next blank line (a table ends there at
 * the latest). For real tables that is their size; it can only be more than markdown-it makes.
 */
export function tableCells(body: string): number {
  // A table's header row has a "|".
  if (!body.includes("|")) return 0;
  let cells = 0;
  // Tables of the current block of lines: their columns, and their columns times their first line.
  let columns = 0;
  let columnsTimesStart = 0;
  let previousHasPipe = false;
  let nextPipe = body.indexOf("|");
  let line = 0;
  for (let start = 0; start <= body.length; line++) {
    let end = body.indexOf("\n", start);
    if (end === -1) end = body.length;
    let i = start;
    while (i < end && isPrefix(body.charCodeAt(i))) i++;
    if (i === end || (i === end - 1 && body.charCodeAt(i) === 0x0d)) {
      // A blank line ends every table above it: each has its header and the lines down to here.
      cells += columns * line - columnsTimesStart;
      columns = columnsTimesStart = 0;
      previousHasPipe = false;
    } else {
      const delimiterColumns = previousHasPipe ? delimiterRowColumns(body, i, end) : 0;
      if (delimiterColumns > 0) {
        columns += delimiterColumns;
        columnsTimesStart += delimiterColumns * line;
      }
      if (nextPipe !== -1 && nextPipe < i) nextPipe = body.indexOf("|", i);
      previousHasPipe = nextPipe !== -1 && nextPipe < end;
    }
    start = end + 1;
  }
  return cells + columns * line - columnsTimesStart;
}

/** Indentation and blockquote markers. */
const isPrefix = (code: number) => code === 0x20 || code === 0x09 || code === 0x3e;

/** The columns of a delimiter row (`|---|:--:|`) in body[from, end), or 0 when it is not one. */
function delimiterRowColumns(body: string, from: number, end: number): number {
  let columns = 0;
  let inColumn = false;
  let dashes = false;
  for (let i = from; i < end; i++) {
    const code = body.charCodeAt(i);
    if (code === 0x7c /* | */) inColumn = false;
    else if (code === 0x2d /* - */ || code === 0x3a /* : */) {
      if (!inColumn) columns++;
      inColumn = true;
      dashes ||= code === 0x2d;
    } else if (code !== 0x20 && code !== 0x09 && code !== 0x0d) return 0;
  }
  return dashes ? columns : 0;
}
