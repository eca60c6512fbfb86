// The front-matter contract, checked with zod. Every message is written for an author and ends with the fix.
import { z } from "zod";

/** Fields an article may set. Anything else draws a warning (with "did you mean" for near misses). */
export const KNOWN_FIELDS = [
  "title",
  "date",
  "category",
  "tags",
  "description",
  "updated",
  "author",
  "draft",
  "slug",
  "lang",
] as const;

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

const tagItem = z.union([z.string(), z.number()], {
  error: (issue) => `each tag must be text, not ${describeValue(issue.input)} (write tags as a list: tags: [economy, trade])`,
});

export const frontMatterSchema = z.looseObject({
  // `title:` with nothing after it is an empty title, not a missing one: the line is there.
  title: text('add a line such as: title: "Port traffic doubles"', { required: true, empty: EMPTY_TITLE }).refine((value) => value !== "", {
    message: EMPTY_TITLE,
  }),
  // Dates stay strings here (YAML timestamps are switched off) and are checked by parseDate.
  date: z.unknown().refine((value) => value !== undefined && value !== null && value !== "", {
    message: "is missing (add a line such as: date: 2025-03-14)",
  }),
  updated: z.unknown().optional(),
  category: text("write the category name, e.g. category: Economy", { required: false }).optional(),
  tags: z.preprocess(
    (value) => (value === undefined || value === null ? [] : Array.isArray(value) ? value : [value]),
    z.array(tagItem),
  ),
  description: text('write one or two sentences, e.g. description: "What changed and why"', { required: false }).optional(),
  author: text('write the author\'s name, e.g. author: "Mara Lindqvist"', { required: false }).optional(),
  draft: z
    .boolean({ error: (issue) => `must be true or false, not ${describeValue(issue.input)} (write draft: true or draft: false)` })
    .optional(),
  slug: text("write the last part of the address, e.g. slug: tax-reform", { required: false }).optional(),
  lang: text("write a language code such as en or zh-CN", { required: false }).optional(),
});

export type FrontMatter = z.infer<typeof frontMatterSchema>;
