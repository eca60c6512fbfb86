// The front-matter contract, checked with zod: each field, what it accepts and the typed value it becomes.
// The list of known fields, the FrontMatter type and the "did you mean" suggestions all derive from it, and
// nothing reads a raw front-matter value after it. Every message is written for an author and ends with
// the fix. To add a field: a line here, then its line in a layout (the Article type follows from this one).
// Other generators' names for the same fields (Hugo's `lastmod`, Jekyll's `redirect_from`) are in
// OTHER_NAMES below: they are read as the field they stand for.
import { z } from "zod";
import { parseDate } from "../dates/parseDate.ts";
import { checkImageSource } from "./leadImage.ts";
import { slugProblem } from "./slugify.ts";
import { cleanTermName } from "./termKey.ts";
import { redirectPath } from "../urls/redirectPath.ts";

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
/** What an article without a date is told (a Jekyll file name such as 2025-03-14-title.md gives one). */
export const MISSING_DATE = "is missing (add a line such as: date: 2025-03-14)";

/** A date or a date and time: the instant it names (a date alone starts at midnight in the site's time zone). */
function date(context: FrontMatterContext) {
  return z.unknown().transform((value, ctx) => {
    if (value === undefined || value === null || value === "") return undefined;
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

/** Names, cleaned: a list of them or one as text (authors, keywords). `split` also cuts text at commas. */
function names(what: string, example: string, split: boolean) {
  return z.unknown().transform((raw, ctx): string[] => {
    const items = raw === undefined || raw === null ? [] : Array.isArray(raw) ? raw : split && typeof raw === "string" ? raw.split(",") : [raw];
    const out: string[] = [];
    for (const item of items) {
      if (typeof item !== "string" && typeof item !== "number") {
        ctx.addIssue({ code: "custom", message: `each ${what} must be text, not ${describeValue(item)} (${example})` });
        continue;
      }
      const name = cleanTermName(String(item));
      if (name !== "" && !out.includes(name)) out.push(name);
    }
    return out;
  });
}

/** `categories:` as Hugo and Jekyll write it: the first one names the article's category. */
const categories = z.unknown().transform((raw, ctx): string | undefined => {
  const items = raw === undefined || raw === null ? [] : Array.isArray(raw) ? raw : [raw];
  for (const item of items) {
    if (typeof item !== "string" && typeof item !== "number") {
      ctx.addIssue({ code: "custom", message: `each category must be text, not ${describeValue(item)} (write categories: [Economy], or category: Economy)` });
      return z.NEVER;
    }
    const name = cleanTermName(String(item));
    if (name !== "") return name;
  }
  return undefined;
});

/** The lead image as written: its address, and the alt text, caption and credit given with it. */
export interface ImageField {
  src: string;
  alt: string | undefined;
  caption: string | undefined;
  credit: string | undefined;
}

const IMAGE_FIX = "write the image's path beside the article or its https:// address, e.g. image: img/port.jpg";

/** An image's address, or a group with it (PaperMod's `cover: {image, alt, caption}`). */
const image = z.unknown().transform((raw, ctx): ImageField | undefined => {
  if (raw === undefined || raw === null || raw === "") return undefined;
  const group = typeof raw === "object" && !Array.isArray(raw) ? (raw as Record<string, unknown>) : undefined;
  const src = group ? (group.image ?? group.src ?? group.url) : raw;
  if (src === undefined || src === null || src === "") return undefined;
  if (typeof src !== "string") {
    ctx.addIssue({ code: "custom", message: `must be the image's address, not ${describeValue(src)} (${IMAGE_FIX})` });
    return z.NEVER;
  }
  const checked = checkImageSource(src);
  if (!checked.ok) {
    ctx.addIssue({ code: "custom", message: checked.message });
    return z.NEVER;
  }
  const part = (name: string) => {
    const value = group?.[name];
    return typeof value === "string" || typeof value === "number" ? String(value).normalize("NFC").trim() : undefined;
  };
  return { src: checked.src, alt: part("alt"), caption: part("caption"), credit: part("credit") };
});

/** Old addresses of the article (Hugo's aliases, Jekyll's redirect_from), as site paths. */
const aliases = z.unknown().transform((raw, ctx): string[] => {
  const items = raw === undefined || raw === null ? [] : Array.isArray(raw) ? raw : [raw];
  const paths: string[] = [];
  for (const item of items) {
    if (typeof item !== "string") {
      ctx.addIssue({ code: "custom", message: `each old address must be text, not ${describeValue(item)} (write aliases: [/old/path/])` });
      continue;
    }
    if (item.trim() === "") continue;
    const checked = redirectPath(item);
    if (!checked.ok) ctx.addIssue({ code: "custom", message: checked.message });
    else if (!paths.includes(checked.path)) paths.push(checked.path);
  }
  return paths;
});

function schemaFor(context: FrontMatterContext) {
  // Fields not listed here (or in OTHER_NAMES) are warned about by the parser and dropped.
  return z.object({
    // `title:` with nothing after it is an empty title, not a missing one: the line is there.
    title: text('add a line such as: title: "Port traffic doubles"', { required: true, empty: EMPTY_TITLE }).refine((value) => value !== "", {
      message: EMPTY_TITLE,
    }),
    // Required, but a Jekyll file name can give it (2024-03-01-title.md): the parser says when it is missing.
    date: date(context),
    category: text("write the category name, e.g. category: Economy", { required: false }).optional(),
    categories,
    tags,
    description: text('write one or two sentences, e.g. description: "What changed and why"', { required: false }).optional(),
    updated: date(context),
    authors: names("author", 'write a name, or a list: authors: ["Mara Lindqvist", "Tom Berg"]', false),
    draft: z
      .boolean({ error: (issue) => `must be true or false, not ${describeValue(issue.input)} (write draft: true or draft: false)` })
      .optional(),
    // Jekyll's: `published: false` keeps the article out of the site, like draft: true.
    published: z
      .boolean({ error: (issue) => `must be true or false, not ${describeValue(issue.input)} (write published: false, or draft: true)` })
      .optional(),
    slug: slug.optional(),
    lang: lang.optional(),
    image,
    image_alt: text('describe the picture, e.g. image_alt: "Cranes at the container port"', { required: false }).optional(),
    image_caption: text('write the caption, e.g. image_caption: "The port at dawn"', { required: false }).optional(),
    image_credit: text('write who made it, e.g. image_credit: "Photo: Ana Ruiz"', { required: false }).optional(),
    aliases,
    // For search engines only (JSON-LD keywords, beside the tags); Hugo and Hexo sites set it.
    keywords: names("keyword", "write keywords: [trade, ports]", true),
  });
}

/** Checked front matter: every field's typed value. */
export type FrontMatter = z.output<ReturnType<typeof schemaFor>>;

/** A field of the schema. */
export type FieldName = keyof FrontMatter & string;

const schemas = new Map<string, ReturnType<typeof schemaFor>>();

/** The schema for a site's language and time zone, made once. */
export function frontMatterSchema(context: FrontMatterContext): ReturnType<typeof schemaFor> {
  const key = `${context.language}\n${context.timeZone}`;
  let schema = schemas.get(key);
  if (!schema) schemas.set(key, (schema = schemaFor(context)));
  return schema;
}

/** The schema's fields. */
export const FIELDS: readonly FieldName[] = Object.keys(schemaFor({ language: "en", timeZone: "UTC" }).shape) as FieldName[];

/**
 * Other generators' names for the schema's fields, read as the field they stand for. Where a file has both,
 * the field's own name wins, then the first name listed here.
 */
export const OTHER_NAMES: Readonly<Record<string, FieldName>> = {
  summary: "description",
  lastmod: "updated",
  last_modified_at: "updated",
  author: "authors",
  cover: "image",
  hero: "image",
  thumbnail: "image",
  featured_image: "image",
  alt: "image_alt",
  hero_alt: "image_alt",
  redirect_from: "aliases",
};

/** Fields an article may set, under any of their names. Anything else draws a warning (with "did you mean" for near misses). */
export const KNOWN_FIELDS: readonly string[] = [...FIELDS, ...Object.keys(OTHER_NAMES)];
