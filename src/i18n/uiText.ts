// The interface table for a language, and the few helpers layouts use to fill its phrases. To add a
// language: a file like en.ts named after its tag (de.ts, pt-BR.ts), and its line in TABLES below.
import type { Counted, UiText } from "./types.ts";
import en from "./en.ts";
import zhCN from "./zh-CN.ts";

export type { Counted, UiText };

const TABLES: readonly UiText[] = [en, zhCN];

/** The table for `language`: the same tag, else the same base language ("zh-Hans-CN" → zh-CN, "en-GB" → en), else English. */
export function uiTextFor(language: string): UiText {
  const lower = language.toLowerCase();
  const base = lower.split("-")[0];
  return (
    TABLES.find((table) => table.language.toLowerCase() === lower) ??
    TABLES.find((table) => table.language.toLowerCase().split("-")[0] === base) ??
    en
  );
}

/** Every built-in table (the tests check that each has every phrase). */
export const builtInTables = TABLES;

/** `{name}` in a phrase → the value given for it; values are text (the layout escapes the result). */
export function fill(phrase: string, values: Record<string, string | number>): string {
  return phrase.replace(/\{(\w+)\}/g, (all, key: string) => (key in values ? String(values[key]) : all));
}

const HTML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };

/**
 * A phrase as HTML with markup in its places: `{date}` → `<time …>…</time>`. The phrase's own words are
 * escaped; the values are markup the layout made (and escaped) itself, never text from elsewhere.
 */
export function fillHtml(phrase: string, markup: Record<string, string>): string {
  const parts = phrase.split(/\{(\w+)\}/);
  return parts
    .map((part, i) => (i % 2 === 1 ? (part in markup ? markup[part]! : `{${part}}`) : part.replace(/[&<>"]/g, (c) => HTML_ESCAPES[c]!)))
    .join("");
}

const pluralRules = new Map<string, Intl.PluralRules>();
const numberFormats = new Map<string, Intl.NumberFormat>();

/** A number as the language writes it: 12,345 or 12.345. */
export function formatNumber(value: number, language: string): string {
  let format = numberFormats.get(language);
  if (!format) numberFormats.set(language, (format = new Intl.NumberFormat(language)));
  return format.format(value);
}

/** The form of a counted phrase for `count`, with {count} (formatted for the language) and the other values filled in. */
export function counted(phrase: Counted, count: number, language: string, values: Record<string, string | number> = {}): string {
  let rules = pluralRules.get(language);
  if (!rules) pluralRules.set(language, (rules = new Intl.PluralRules(language)));
  const form = phrase[rules.select(count)] ?? phrase.other;
  return fill(form, { ...values, count: formatNumber(count, language) });
}

/** Names joined as the language joins a list ("A, B and C"; "甲、乙和丙"). */
export function joinNames(names: readonly string[], language: string): string {
  return new Intl.ListFormat(language, { style: "long", type: "conjunction" }).format(names);
}

/** Linked names joined as the language joins a list ("<a>A</a>, <a>B</a> and <a>C</a>"), as HTML with the text escaped. */
export function linkedNames(items: readonly { name: string; href: string }[], language: string, rel = "author"): string {
  const escape = (text: string) => text.replace(/[&<>"]/g, (c) => HTML_ESCAPES[c]!);
  const parts = new Intl.ListFormat(language, { style: "long", type: "conjunction" }).formatToParts(items.map((item) => item.name));
  let next = 0;
  return parts
    .map((part) => {
      if (part.type !== "element") return escape(part.value);
      const item = items[next++]!;
      return `<a href="${escape(item.href)}" rel="${rel}">${escape(item.name)}</a>`;
    })
    .join("");
}
