// The site's one YAML reader, for front matter and the author records: js-yaml 4, the reader inside Eleventy,
// so what an Eleventy site reads is read here too (a quoted value may go on at column 0 of the next line).
import yaml from "js-yaml";

// Plain values stay text as written: dates, so "2023-13-45" is reported instead of rolled over, and numbers,
// so `title: 1984` stays "1984" and `tags: [3.10]` stays "3.10" (a number would read back as "3.1").
// Only null and true/false are read as such. No tag that makes code or objects (!!js/function, !!binary, a
// custom !tag) is known, so such a value is an error.
// Aliases (*name) share one value instead of copying it, and nothing here walks a value it does not read,
// so an alias "billion laughs" costs nothing; nesting is capped by the reader (100 levels).
// (js-yaml exports its types as `types`; @types/js-yaml does not declare it.)
const { types } = yaml as unknown as { types: { null: yaml.Type; bool: yaml.Type } };
const SCHEMA = yaml.FAILSAFE_SCHEMA.extend({ implicit: [types.null, types.bool] });

export type YamlResult =
  | {
      ok: true;
      data: unknown;
      /** A key given twice in one mapping: the later value is used, as Hugo does (js-yaml and Eleventy refuse it). */
      duplicate: { key: string; line: number } | undefined;
    }
  | { ok: false; message: string };

/**
 * Reads `text`; `lineOffset` is added to the reader's 0-based line numbers to name the line in the file.
 * A failure's message is for an author: what is wrong, on which line, and the fix.
 */
export function readYaml(text: string, lineOffset: number): YamlResult {
  try {
    return { ok: true, data: yaml.load(text, { schema: SCHEMA }), duplicate: undefined };
  } catch (error) {
    const failure = describe(error, lineOffset, text);
    if (failure.reason !== "duplicated mapping key") return { ok: false, message: failure.message };
    // Read again with the later value winning (js-yaml's JSON mode changes nothing else).
    try {
      const data = yaml.load(text, { schema: SCHEMA, json: true });
      const key = /^\s*(?:-\s+)?["']?([^"':]+)/.exec(text.split("\n")[failure.line ?? 0] ?? "")?.[1]?.trim() ?? "";
      return { ok: true, data, duplicate: { key, line: (failure.line ?? 0) + lineOffset } };
    } catch (again) {
      return { ok: false, message: describe(again, lineOffset, text).message };
    }
  }
}

function describe(error: unknown, lineOffset: number, text = ""): { reason: string; line: number | undefined; message: string } {
  if (error instanceof yaml.YAMLException) {
    const reason = error.reason ?? error.message;
    const line = (error as { mark?: { line: number } }).mark?.line;
    const opened = reason.startsWith("unexpected end of the stream within a") ? openingQuoteLine(text, line) : undefined;
    if (opened !== undefined) return { reason, line, message: `a quote opened on line ${opened + lineOffset} is not closed (end the value with the same quote it starts with)` };
    const where = line === undefined ? "" : ` on line ${line + lineOffset}`;
    return { reason, line, message: `${reason}${where} (${fix(reason)})` };
  }
  const reason = error instanceof Error ? error.message : String(error);
  return { reason, line: undefined, message: `${reason} (check the lines between the --- markers)` };
}

/** The reader reports an unclosed quote where the text ends: the line of the value that opens it is more use. */
function openingQuoteLine(text: string, end: number | undefined): number | undefined {
  const lines = text.split("\n").slice(0, end === undefined ? undefined : end + 1);
  for (let i = lines.length - 1; i >= 0; i--) {
    const quote = /^\s*(?:-\s+|[^\s#:][^:]*:\s+)(["'])/.exec(lines[i]!)?.[1];
    if (quote && lines[i]!.split(quote).length % 2 === 0) return i;
  }
  return undefined;
}

function fix(reason: string): string {
  if (reason.startsWith("nesting exceeded")) return "front matter holds plain fields and lists, not deeply nested groups";
  if (reason.startsWith("unknown tag")) return "remove the !tag before the value: only plain text, lists and groups are read";
  if (reason.includes("double quoted scalar") || reason.includes("single quoted scalar")) return "a quote is not closed: end the value with the same quote it starts with";
  return "check quotes, colons and indentation; text with a colon needs quotes";
}
