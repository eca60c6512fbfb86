// Reads markdown-it style fixture files: each case is a description, then `.`, the markdown, `.`, the
// expected HTML, `.`. Input and output sit side by side, so a fixture reads as documentation.
import fs from "node:fs";

export interface FixtureCase {
  title: string;
  input: string;
  expected: string;
  /** Line of the description in the file, to find a failing case. */
  line: number;
}

export function readFixtures(file: string): FixtureCase[] {
  const lines = fs.readFileSync(file, "utf8").split("\n");
  const cases: FixtureCase[] = [];
  let i = 0;
  while (i < lines.length) {
    const titleLines: string[] = [];
    const line = i + 1;
    while (i < lines.length && lines[i] !== ".") titleLines.push(lines[i++]!);
    if (i >= lines.length) break;
    const input = readUntilDot(lines, ++i);
    const expected = readUntilDot(lines, input.next);
    i = expected.next;
    const title = titleLines.join(" ").trim();
    if (!title) throw new Error(`${file}:${line}: a case needs a description before its first "."`);
    cases.push({ title, input: input.text, expected: expected.text, line });
  }
  if (cases.length === 0) throw new Error(`${file}: no cases (each is a description, ".", markdown, ".", HTML, ".")`);
  return cases;
}

function readUntilDot(lines: readonly string[], from: number): { text: string; next: number } {
  let i = from;
  while (i < lines.length && lines[i] !== ".") i++;
  if (i >= lines.length) throw new Error(`fixture case starting at line ${from} is not closed with a "." line`);
  return { text: lines.slice(from, i).join("\n") + (i > from ? "\n" : ""), next: i + 1 };
}
