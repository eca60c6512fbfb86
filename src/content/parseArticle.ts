// One markdown file → a checked article draft, or the problems that stop it. Pure: the caller reads the bytes.
// Front matter is YAML between --- lines or TOML between +++ lines (Hugo's default).
import matter from "@11ty/gray-matter";
import { zonedMidnight, isCalendarDate, parseDate } from "../dates/parseDate.ts";
import {
  describeValue,
  FIELDS,
  frontMatterSchema,
  MISSING_DATE,
  OTHER_NAMES,
  type FieldName,
  type FrontMatter,
  type FrontMatterContext,
} from "./frontMatterSchema.ts";
import { resolveImageSource } from "./leadImage.ts";
import type { Problem } from "./problems.ts";
import { readToml, type TomlResult } from "./readToml.ts";
import { readYaml, type YamlResult } from "./readYaml.ts";
import { shortenSlug, slugify } from "./slugify.ts";
import { cleanTermName } from "./termKey.ts";
import type { LeadImage } from "./types.ts";
import { unknownFieldMessage } from "./unknownFieldMessage.ts";

export interface ArticleSource {
  /** Path relative to the project root, shown in messages: "articles/economy/tax.md". */
  sourcePath: string;
  /** Path relative to the articles folder: "economy/tax.md". */
  relativePath: string;
  bytes: Uint8Array;
  /** Set by the reader when the path cannot be used as an article at all (a symbolic link, say): why, and the fix. */
  refused?: string;
}

export interface ParseContext extends FrontMatterContext {
  /** The site's own names for standard fields (src/site.ts, frontMatter.fieldNames). */
  fieldNames?: Readonly<Record<string, FieldName>>;
  /** Fields the site keeps for its layouts as `article.data` (src/site.ts, frontMatter.dataFields). */
  dataFields?: readonly string[];
}

/** Front-matter fields the parser turns into something else, or fills in when the file does not say. */
type Computed =
  | "tags"
  | "category"
  | "categories"
  | "slug"
  | "lang"
  | "draft"
  | "published"
  | "date"
  | "authors"
  | "image"
  | "image_alt"
  | "image_caption"
  | "image_credit";

/**
 * An article as its file states it: every front-matter field as the schema types it, plus what the file
 * gives. Tags, category and authors are normalized across the whole site later (buildCatalog).
 */
export type ParsedArticle = Omit<FrontMatter, Computed> & {
  /** Source file relative to the project root, forward slashes: "articles/economy/tax-reform.md". */
  sourcePath: string;
  /** Source file relative to the articles folder: "economy/tax-reform.md". Relative links in the body start here. */
  relativePath: string;
  /** Last path segment of the article's URL: `slug:`, or from the file name (less a Jekyll date: 2024-03-01-title.md → title). */
  slug: string;
  /**
   * For a slug from a Jekyll file name, the slug with its date ("2024-03-01-title"): the address of posts
   * named alike on different days, as Jekyll's dated addresses kept them apart.
   */
  datedSlug?: string;
  /** Publication instant: `date:`, or the day a Jekyll file name starts with. */
  date: Date;
  categoryName: string;
  tagNames: string[];
  /** As written, cleaned; one person may be spelt several ways across the site. */
  authorNames: string[];
  /** The lead image; `src` is a site path without the path prefix ("/economy/img/port.jpg") or an http(s) address. */
  image?: LeadImage;
  /** BCP 47 language tag ("en", "zh-CN"); the site language unless front matter says otherwise. */
  lang: string;
  draft: boolean;
  /** The fields the site declared as its own (src/site.ts, frontMatter.dataFields), as written. */
  data: Readonly<Record<string, unknown>>;
  /** Markdown source of the body, front matter removed. Never evaluated as a template. */
  body: string;
};

export interface ParseResult {
  article: ParsedArticle | undefined;
  problems: Problem[];
}

const utf8 = new TextDecoder("utf-8", { fatal: true });
const NO_DATA: Readonly<Record<string, unknown>> = Object.freeze({});
const FIELD_SET: ReadonlySet<string> = new Set(FIELDS);
/** Fields by which another generator's listing pages (a blog's index) show they are not articles. */
const LISTING_FIELDS = ["pagination", "eleventyImport", "paginate", "list_layout"];
/** Where a name stands among the names of its field: its own name first, then the site's, then OTHER_NAMES in order. */
const OTHER_RANK = new Map(Object.keys(OTHER_NAMES).map((name, i) => [name, i + 2]));

// The readers' results come back through gray-matter as the front matter's data. No engine runs code: the
// opening-line check below refuses "---js" before gray-matter sees it, and these make sure it could not.
interface Read {
  read: YamlResult | TomlResult;
}
const refuseScript = () => {
  throw new Error("front matter must be YAML or TOML");
};
// The front matter starts right after the opening line, so the readers' first line is the file's line 1.
const yamlEngine = (text: string): Read => ({ read: readYaml(text, 1) });
const tomlEngine = (text: string): Read => ({ read: readToml(text, 0) });
const YAML_OPTIONS = { engines: { yaml: yamlEngine, js: refuseScript, javascript: refuseScript } };
const TOML_OPTIONS = { language: "toml", delimiters: "+++", engines: { toml: tomlEngine, js: refuseScript, javascript: refuseScript } };

/** A file's text as an article is read from: UTF-8 without a byte order mark, lines ending in "\n"; undefined when it is not UTF-8. */
export function articleText(bytes: Uint8Array): string | undefined {
  try {
    return utf8.decode(bytes).replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  } catch {
    return undefined;
  }
}

export function parseArticle(source: ArticleSource, context: ParseContext): ParseResult {
  const file = source.sourcePath;
  const problems: Problem[] = [];
  const fail = (message: string, field?: string): ParseResult => ({
    article: undefined,
    problems: [...problems, { file, field, message, severity: "error" }],
  });

  if (source.refused) return fail(source.refused);

  const [first, second] = source.bytes;
  const utf16 = (first === 0xff && second === 0xfe) || (first === 0xfe && second === 0xff);
  if (utf16) return fail("is saved as UTF-16 text (save the file with UTF-8 encoding)");

  const text = articleText(source.bytes);
  if (text === undefined) return fail("is not UTF-8 text (save the file with UTF-8 encoding)");
  if (text.trim() === "") {
    return fail("is empty (start it with front matter: ---, title: ..., date: ..., --- and then the article)");
  }
  const language = /^---[ \t]*([A-Za-z][\w-]*)[ \t]*\n/.exec(text)?.[1];
  if (language) {
    // "---js" asks gray-matter to run the front matter as JavaScript; only YAML is read.
    return fail(`front matter must be YAML, not ${JSON.stringify(language)} (make the first line just ---)`);
  }
  const marker = /^(---|\+\+\+)[ \t]*\n/.exec(text)?.[1];
  if (!marker) {
    // A folder copied from another site's repository often keeps its README: documentation, not an article.
    if (/(^|\/)readme\.(md|markdown)$/i.test(source.relativePath)) {
      return { article: undefined, problems: [{ file, message: "is a README without front matter, not an article, and is left out (move it out of the articles folder)", severity: "warning" }] };
    }
    return fail("has no front matter (start the file with a line ---, then title: and date: lines, then ---)");
  }
  const close = marker === "---" ? /\n---[ \t]*(?:\n|$)/.exec(text) : /\n\+\+\+[ \t]*(?:\n|$)/.exec(text);
  if (!close) {
    return fail(`front matter is not closed (add a line ${marker} after the last field, before the article)`);
  }

  // gray-matter gets the front matter only: it would look a whole text up in a cache that costs as much as
  // the text is long. The body is what gray-matter would return: all after its closing "\n---", less one
  // leading line break.
  const end = text.indexOf(`\n${marker}`, 3);
  const read = (matter(text.slice(0, end + 4), marker === "---" ? YAML_OPTIONS : TOML_OPTIONS).data as Partial<Read>).read;
  let body = text.slice(end + 4);
  if (body.startsWith("\n")) body = body.slice(1);
  const format = marker === "---" ? "YAML" : "TOML";
  if (read && !read.ok) return fail(`front matter is not valid ${format}: ${read.message}`);
  const data = read?.data ?? {};
  if (data === null || typeof data !== "object" || Array.isArray(data)) {
    return fail(`front matter must be fields such as title: and date:, not ${describeValue(data)} (check the lines between the ${marker} markers)`);
  }
  const duplicate = read && "duplicate" in read ? read.duplicate : undefined;
  if (duplicate) {
    problems.push({
      file,
      field: duplicate.key,
      message: `is given twice; the later one (line ${duplicate.line}) is used (remove one of the two lines)`,
      severity: "warning",
    });
  }

  const fields = data as Record<string, unknown>;
  const { input, writtenAs, siteData, unknown } = sortFields(fields, context);
  const shownName = (field: string) => writtenAs.get(field) ?? field;
  const dateMissing = input.date === undefined || input.date === null || input.date === "";
  if (dateMissing && input.title === undefined) {
    const listing = LISTING_FIELDS.find((key) => Object.hasOwn(fields, key));
    if (listing) {
      // Left out rather than refused: a migrated folder builds, and the author hears why the file has no page.
      const message = `is a listing page of the old site, not an article, and is left out: it has no title or date and sets ${listing}: (remove the file: this site makes its own lists)`;
      return { article: undefined, problems: [...problems, { file, message, severity: "warning" }] };
    }
  }
  for (const key of unknown) {
    const { message, summary } = unknownFieldMessage(key, fields[key]);
    problems.push({ file, field: key, message, severity: "warning", summary });
  }

  const errors: Problem[] = [];
  const error = (field: string, message: string, summary?: string) => {
    // One line per mistake: `tags: [[a], [b]]` is one problem, not one per entry.
    if (!errors.some((e) => e.field === field && e.message === message)) errors.push({ file, field, message, severity: "error", summary });
  };

  const named = fileName(source.relativePath, context.timeZone);
  if (!dateMissing && named.date) {
    // Jekyll takes the file name's date when date: is not one: so do we, and say so.
    const written = parseDate(input.date, context.timeZone);
    if (!written.ok) {
      const day = named.name.slice(0, 10);
      problems.push({ file, field: shownName("date"), message: `${written.message.replace(/ \(.*\)$/, "")}; the date in the file name, ${day}, is used (write it as ${day}, or as a time with a zone such as ${day}T08:30:00+08:00)`, severity: "warning" });
      delete input.date;
    }
  }
  const checked = frontMatterSchema(context).safeParse(input);
  if (dateMissing && !named.date) {
    const hint = mappingHint("date", unknown, fields, (value) => parseDate(value, context.timeZone).ok);
    error("date", hint ? `${MISSING_DATE.slice(0, -1)}; ${hint.text})` : MISSING_DATE, hint?.summary);
  }
  if (!checked.success) {
    for (const issue of checked.error.issues) {
      const field = String(issue.path[0] ?? "");
      if (field === "title" && input.title === undefined) {
        const hint = mappingHint("title", unknown, fields, (value) => typeof value === "string" && value.trim() !== "");
        if (hint) {
          error("title", `is missing (${hint.text})`, hint.summary);
          continue;
        }
      }
      error(shownName(field), issue.message);
    }
    // Schema errors first, in field order, then a missing date.
    errors.sort((a, b) => (a.field === "date" ? 1 : 0) - (b.field === "date" ? 1 : 0));
    return { article: undefined, problems: [...problems, ...errors] };
  }
  const {
    tags,
    category,
    categories,
    slug: wantedSlug,
    lang,
    draft,
    published,
    date: writtenDate,
    authors,
    image: imageField,
    image_alt: imageAlt,
    image_caption: imageCaption,
    image_credit: imageCredit,
    ...stated
  } = checked.data;
  const date = writtenDate ?? named.date;

  const slug = wantedSlug ?? shortenSlug(slugify(named.stem));
  const datedSlug = wantedSlug === undefined && named.date ? shortenSlug(slugify(named.name)) : undefined;
  if (!slug) error("slug", `the file name gives no usable address (rename the file, or add a line such as slug: my-article)`);

  let categoryName = category || categories;
  if (!categoryName) {
    const folder = source.relativePath.includes("/") ? source.relativePath.slice(0, source.relativePath.indexOf("/")) : "";
    if (folder) categoryName = categoryFromFolder(folder);
    else error("category", "is missing (put the file in a category folder such as articles/economy/, or add a line such as category: Economy)");
  }

  let image: LeadImage | undefined;
  if (imageField) {
    const folder = source.relativePath.includes("/") ? source.relativePath.slice(0, source.relativePath.lastIndexOf("/")) : "";
    const src = resolveImageSource(imageField.src, folder);
    if (src === undefined) {
      error(shownName("image"), `${JSON.stringify(imageField.src)} climbs out of the site (keep the image beside the article, e.g. img/picture.jpg)`);
    } else {
      image = { src, alt: imageAlt ?? imageField.alt, caption: imageCaption ?? imageField.caption, credit: imageCredit ?? imageField.credit };
      if (image.alt === undefined) {
        const field = shownName("image");
        const message = `has no alt text (add image_alt: "what the picture shows", or image_alt: "" for a decorative one)`;
        problems.push({ file, field, message, severity: "warning", summary: `${field}: ${message}` });
      }
    }
  }

  for (const message of tags.warnings) problems.push({ file, field: "tags", message, severity: "warning" });
  if (stated.updated && date && stated.updated < date) {
    problems.push({
      file,
      field: shownName("updated"),
      message: "is before date (updated is when the article last changed; check both dates)",
      severity: "warning",
    });
  }

  if (!imageField) {
    for (const [field, value] of [["image_alt", imageAlt], ["image_caption", imageCaption], ["image_credit", imageCredit]] as const) {
      if (value !== undefined) problems.push({ file, field, message: "is set but there is no image: (add image: with the image's path, or remove the line)", severity: "warning" });
    }
  }

  if (errors.length > 0 || !date || !slug || !categoryName) {
    return { article: undefined, problems: [...problems, ...errors] };
  }

  return {
    article: {
      ...stated,
      description: stated.description || undefined,
      sourcePath: file,
      relativePath: source.relativePath,
      slug,
      ...(datedSlug ? { datedSlug } : {}),
      date,
      categoryName,
      tagNames: tags.names,
      authorNames: authors,
      ...(image ? { image } : {}),
      lang: lang ?? context.language,
      draft: draft ?? published === false,
      data: siteData,
      body,
    },
    problems,
  };
}

/**
 * The file's fields by what they are: a schema field under the name that wins (its own, the site's, another
 * generator's), the site's own data, and unknown fields.
 */
function sortFields(fields: Record<string, unknown>, context: ParseContext) {
  const input: Record<string, unknown> = {};
  const writtenAs = new Map<string, string>();
  const ranks = new Map<string, number>();
  let siteData = NO_DATA;
  const unknown: string[] = [];
  for (const key of Object.keys(fields)) {
    // Own properties only: a field named "constructor" is not Object's.
    const siteName = context.fieldNames && Object.hasOwn(context.fieldNames, key) ? context.fieldNames[key] : undefined;
    const field = siteName ?? (FIELD_SET.has(key) ? key : Object.hasOwn(OTHER_NAMES, key) ? OTHER_NAMES[key] : undefined);
    if (field !== undefined) {
      const rank = FIELD_SET.has(key) && !siteName ? 0 : siteName ? 1 : OTHER_RANK.get(key)!;
      if (rank < (ranks.get(field) ?? Infinity)) {
        input[field] = fields[key];
        writtenAs.set(field, key);
        ranks.set(field, rank);
      }
    } else if (context.dataFields?.includes(key)) {
      if (siteData === NO_DATA) siteData = {};
      (siteData as Record<string, unknown>)[key] = fields[key];
    } else unknown.push(key);
  }
  return { input, writtenAs, siteData, unknown };
}

/**
 * When a required field is missing but the file has an unknown field that looks like it (newstitle: for the
 * title, createTime: for the date), how to map it, as text and as the summary shared by every such file.
 */
function mappingHint(
  field: "title" | "date",
  unknown: readonly string[],
  fields: Record<string, unknown>,
  fits: (value: unknown) => boolean,
): { text: string; summary: string } | undefined {
  const looksLike = field === "title" ? /title|headline|heading/i : /date|time|created|published/i;
  const key = unknown.find((name) => looksLike.test(name) && fits(fields[name]));
  if (!key) return undefined;
  const text = `this site writes it as ${key}: — read that as the ${field} with fieldNames: { ${key}: "${field}" } under frontMatter in src/site.ts`;
  return { text, summary: `${field}: is missing (${text})` };
}

/** What a file name says: its stem, and a Jekyll file name's date (2024-03-01-title.md: the stem is "title"). */
function fileName(relativePath: string, timeZone: string): { name: string; stem: string; date: Date | undefined } {
  const name = relativePath.slice(relativePath.lastIndexOf("/") + 1).replace(/\.(md|markdown)$/i, "");
  const jekyll = /^(\d{4})-(\d{2})-(\d{2})-(.*[^-].*)$/.exec(name);
  if (!jekyll) return { name, stem: name, date: undefined };
  const [y, m, d] = jekyll.slice(1, 4).map(Number) as [number, number, number];
  if (y < 1000 || !isCalendarDate(y, m, d)) return { name, stem: name, date: undefined };
  return { name, stem: jekyll[4]!, date: zonedMidnight(y, m, d, timeZone) };
}

/** "world-news" → "World News"; a folder already named like a title keeps its spelling. */
export function categoryFromFolder(folder: string): string {
  const name = cleanTermName(folder);
  if (!/^[a-z0-9]+(?:[-_][a-z0-9]+)*$/.test(name)) return name;
  return name
    .split(/[-_]/)
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join(" ");
}
