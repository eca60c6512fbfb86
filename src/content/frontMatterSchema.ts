// The front-matter contract, checked with zod: each field, what it accepts and the typed value it becomes.
// The list of known fields, the FrontMatter type and the "did you mean" suggestions all derive from it, and
// nothing reads a raw front-matter value after it. Every message is written for an author and ends with
// the fix. To add a field: a line here, then its line in a layout (the Article type follows from this one).
import { z } from "zod";
import { parseDate } from "../dates/parseDate.ts";
import { slugProblem } from "./slugify.ts";
import { cleanTermName } from "./termKey.ts";

export interface FrontMatterContext {
  /** Site language: an article without `lang` is in it. */
  language: string;
  /** Time zone in which a date without a time starts. */
  timeZone: string;
}

export function describeValue(value: unknown): string {
  if (value === null || value === undefined) return "empty";
  if (Array.isArray(value)) return "a list";
  if (value instanceof Date) return "a date";
  if (typeof value === "object") return "a group of fields";
  if (typeof value === "string") return JSON.stringify(value);
  return `${typeof value} ${String(value)}`;
}

/**
 * Text. Numbers arrive as text already (the YAML reader keeps `title: 1984` and `3.10` as written); `true`
 * and `false` are taken as the words.
 */
function text(fix: string, options: { required: boolean; empty?: string }) {
  return z
    .union([z.string(), z.number(), z.boolean()], {
      error: (issue) =>
        issue.input === undefined
          ? options.required
            ? `is missing (${fix})`
            : `is empty (${fix}, or remove the line)`
          : issue.input === null
            ? (options.empty ?? `is empty (${fix}, or remove the line)`)
            : `must be text, not ${describeValue(issue.input)} (${fix})`,
    })
    .transform((value) => String(value).normalize("NFC").trim());
}

const EMPTY_TITLE = 'is empty (write the headline after title:, e.g. title: "Port traffic doubles")';
const MISSING_DATE = "is missing (add a line such as: date: 2025-03-14)";

/** A date or a date and time: the instant it names (a date alone starts at midnight in the site's time zone). */
function date(context: FrontMatterContext, required: boolean) {
  return z.unknown().transform((value, ctx) => {
    if (value === undefined || value === null || value === "") {
      if (required) ctx.addIssue({ code: "custom", message: MISSING_DATE });
      return undefined;
    }
    const parsed = parseDate(value, context.timeZone);
    if (parsed.ok) return parsed.date;
    ctx.addIssue({ code: "custom", message: parsed.message });
    return z.NEVER;
  });
}

/** Tags as written, cleaned, and what the author should hear about them (nothing here stops the build). */
export interface TagList {
  names: string[];
  warnings: string[];
}

const TAG_ITEM_FIX = "(write tags as a list: tags: [economy, trade])";

/** A list of tags, or one tag as text. */
const tags = z.unknown().transform((raw, ctx): TagList => {
  const items = raw === undefined || raw === null ? [] : Array.isArray(raw) ? raw : [raw];
  const warnings: string[] = [];
  const names: string[] = [];
  for (const item of items) {
    if (typeof item !== "string" && typeof item !== "number") {
      ctx.addIssue({ code: "custom", message: `each tag must be text, not ${describeValue(item)} ${TAG_ITEM_FIX}` });
      continue;
    }
    const name = cleanTermName(String(item));
    if (name === "") warnings.push("has an empty tag, which is ignored (remove it from the list)");
    else names.push(name);
  }
  if (typeof raw === "string") {
    const parts = raw.split(",").map(cleanTermName).filter(Boolean);
    if (parts.length > 1) warnings.unshift(`${JSON.stringify(raw)} is one tag with a comma in it (for ${parts.length} tags write tags: [${parts.join(", ")}])`);
  }
  return { names, warnings: [...new Set(warnings)] };
});

/** The last part of the article's address, when the author chooses it. */
const slug = z.union([z.string(), z.number()], { error: () => "write the last part of the address, e.g. slug: tax-reform" }).transform((value, ctx) => {
  const wanted = String(value).trim();
  const problem = slugProblem(wanted);
  if (problem) {
    ctx.addIssue({ code: "custom", message: problem });
    return z.NEVER;
  }
  return wanted;
});

/** A BCP 47 language tag, in its canonical spelling ("zh-cn" → "zh-CN"). */
const lang = text("write a language code such as en or zh-CN", { required: false }).transform((value, ctx) => {
  try {
    return Intl.getCanonicalLocales(value)[0]!;
  } catch {
    ctx.addIssue({ code: "custom", message: `${JSON.stringify(value)} is not a language code (use one such as en, de or zh-CN)` });
    return z.NEVER;
  }
});

function schemaFor(context: FrontMatterContext) {
  // Fields not listed here are warned about by the parser and dropped.
  return z.object({
    // `title:` with nothing after it is an empty title, not a missing one: the line is there.
    title: text('add a line such as: title: "Port traffic doubles"', { required: true, empty: EMPTY_TITLE }).refine((value) => value !== "", {
      message: EMPTY_TITLE,
    }),
    date: date(context, true),
    category: text("write the category name, e.g. category: Economy", { required: false }).optional(),
    tags,
    description: text('write one or two sentences, e.g. description: "What changed and why"', { required: false }).optional(),
    updated: date(context, false),
    author: text('write the author\'s name, e.g. author: "Mara Lindqvist"', { required: false }).optional(),
    draft: z
      .boolean({ error: (issue) => `must be true or false, not ${describeValue(issue.input)} (write draft: true or draft: false)` })
      .optional(),
    slug: slug.optional(),
    lang: lang.optional(),
    // Lead image: a path relative to the article's file, a site path, or an http(s) URL (used as it is).
    image: text("write the image's path, e.g. image: img/harbour.jpg", { required: false }).optional(),
    image_alt: text('describe the image, e.g. image_alt: "Cranes at the container terminal"', { required: false }).optional(),
    image_caption: text("write a caption, or remove the line", { required: false }).optional(),
    image_credit: text("write who made the image, or remove the line", { required: false }).optional(),
  });
}

/** Checked front matter: every field's typed value. */
export type FrontMatter = z.output<ReturnType<typeof schemaFor>>;

const schemas = new Map<string, ReturnType<typeof schemaFor>>();

/** The schema for a site's language and time zone, made once. */
export function frontMatterSchema(context: FrontMatterContext): ReturnType<typeof schemaFor> {
  const key = `${context.language}\n${context.timeZone}`;
  let schema = schemas.get(key);
  if (!schema) schemas.set(key, (schema = schemaFor(context)));
  return schema;
}

/** Fields an article may set. Anything else draws a warning (with "did you mean" for near misses). */
export const KNOWN_FIELDS: readonly string[] = Object.keys(schemaFor({ language: "en", timeZone: "UTC" }).shape);
