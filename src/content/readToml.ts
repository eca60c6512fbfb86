// TOML front matter (between +++ lines, Hugo's default), read with smol-toml. TOML has dates of its own; they
// become the text they were written as ("2017-03-03T14:15:59-06:00", "2014-04-02"), so the schema reads them
// with the same rules and messages as YAML's.
import { parse, TomlDate, TomlError } from "smol-toml";

export type TomlResult = { ok: true; data: Record<string, unknown> } | { ok: false; message: string };

/** Reads `text`; `lineOffset` is added to the reader's 1-based line numbers to name the line in the file. */
export function readToml(text: string, lineOffset: number): TomlResult {
  try {
    const data = parse(text, { maxDepth: 100, unsafeKeyBehaviour: "drop" });
    return { ok: true, data: datesAsText(data) as Record<string, unknown> };
  } catch (error) {
    if (error instanceof TomlError) {
      const reason = error.message.split("\n")[0]!.replace(/^Invalid TOML document: /, "");
      return { ok: false, message: `${reason} on line ${error.line + lineOffset} (${fix(reason)})` };
    }
    return { ok: false, message: `${error instanceof Error ? error.message : String(error)} (check the lines between the +++ markers)` };
  }
}

function fix(reason: string): string {
  if (reason.includes("redefine")) return "each field may appear once; remove one of the two lines";
  return 'check quotes and = signs; text needs quotes in TOML, e.g. title = "Port traffic doubles"';
}

function datesAsText(value: unknown): unknown {
  if (value instanceof TomlDate) return value.toISOString();
  if (Array.isArray(value)) return value.map(datesAsText);
  if (value !== null && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) out[key] = datesAsText(item);
    return out;
  }
  return value;
}
