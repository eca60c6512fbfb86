// One markdown file → a checked article draft, or the problems that stop it. Pure: the caller reads the bytes.
import matter from "gray-matter";
import * as yaml from "js-yaml";
import { describeValue, frontMatterSchema, KNOWN_FIELDS } from "./frontMatterSchema.ts";
import { parseDate } from "./parseDate.ts";
import type { Problem } from "./problems.ts";
import { byteLength, isSlug, MAX_SLUG_BYTES, shortenSlug, slugify } from "./slugify.ts";
import { cleanTermName } from "./termKey.ts";
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

export interface ParseContext {
  language: string;
  timeZone: string;
}

/** An article as its file states it; tags and category are normalized across the whole site later. */
export interface ParsedArticle {
  sourcePath: string;
  relativePath: string;
  slug: string;
  title: string;
  description: string | undefined;
  date: Date;
  updated: Date | undefined;
  author: string | undefined;
  categoryName: string;
  tagNames: string[];
  lang: string;
  draft: boolean;
  body: string;
}

export interface ParseResult {
  article: ParsedArticle | undefined;
  problems: Problem[];
}

const utf8 = new TextDecoder("utf-8", { fatal: true });

// Plain values stay text as written: dates, so "2023-13-45" is reported instead of rolled over, and numbers,
// so `title: 1984` stays "1984" and `tags: [3.10]` stays "3.10" (a number would read back as "3.1").
// Only null and true/false are read as such.
// Aliases (*name) share one value instead of copying it, and nothing here walks a value it does not read,
// so an alias "billion laughs" costs nothing; nesting is capped by the parser (100 levels).
const FRONT_MATTER_SCHEMA = yaml.FAILSAFE_SCHEMA.withTags(yaml.nullCoreTag, yaml.boolCoreTag);
const yamlEngine = (text: string): object => yaml.load(text, { schema: FRONT_MATTER_SCHEMA }) as object;
const refuseScript = () => {
  throw new Error("front matter must be YAML");
};
// gray-matter would eval `---js` front matter. The opening-line check below never lets it get that far;
// these make sure it could not anyway.
const engines = { yaml: yamlEngine, js: refuseScript, javascript: refuseScript };

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

  let text: string;
  try {
    text = utf8.decode(source.bytes);
  } catch {
    return fail("is not UTF-8 text (save the file with UTF-8 encoding)");
  }
  text = text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  if (text.trim() === "") {
    return fail("is empty (start it with front matter: ---, title: ..., date: ..., --- and then the article)");
  }
  const language = /^---[ \t]*([A-Za-z][\w-]*)[ \t]*\n/.exec(text)?.[1];
  if (language) {
    // "---js" asks gray-matter to run the front matter as JavaScript; only YAML is read.
    return fail(`front matter must be YAML, not ${JSON.stringify(language)} (make the first line just ---)`);
  }
  if (!/^---[ \t]*\n/.test(text)) {
    return fail("has no front matter (start the file with a line ---, then title: and date: lines, then ---)");
  }
  if (!/\n---[ \t]*(?:\n|$)/.test(text)) {
    return fail("front matter is not closed (add a line --- after the last field, before the article)");
  }

  let data: unknown;
  let body: string;
  try {
    // gray-matter gets the front matter only: it looks each input up in a cache keyed by the whole text, which
    // costs as much as the text is long (a quarter of a second at 10k articles, more for a 5 MB article). The
    // body is what gray-matter would return: all after its closing "\n---", less one leading line break.
    const close = text.indexOf("\n---", 3);
    data = matter(text.slice(0, close + 4), { engines }).data;
    body = text.slice(close + 4);
    if (body.startsWith("\r")) body = body.slice(1);
    if (body.startsWith("\n")) body = body.slice(1);
  } catch (error) {
    return fail(`front matter is not valid YAML: ${yamlReason(error)}`);
  }
  if (data === null || typeof data !== "object" || Array.isArray(data)) {
    return fail(`front matter must be fields such as title: and date:, not ${describeValue(data)} (check the lines between the --- markers)`);
  }
  const fields = data as Record<string, unknown>;

  for (const key of Object.keys(fields)) {
    if ((KNOWN_FIELDS as readonly string[]).includes(key)) continue;
    problems.push({ file, field: key, message: unknownFieldMessage(key, fields[key]), severity: "warning" });
  }

  const errors: Problem[] = [];
  const error = (field: string, message: string) => {
    // One line per mistake: `tags: [[a], [b]]` is one problem, not one per entry.
    if (!errors.some((e) => e.field === field && e.message === message)) errors.push({ file, field, message, severity: "error" });
  };

  const checked = frontMatterSchema.safeParse(fields);
  if (!checked.success) {
    for (const issue of checked.error.issues) error(String(issue.path[0] ?? ""), issue.message);
  }
  const front = checked.success ? checked.data : undefined;

  const date = fields.date === undefined || fields.date === null || fields.date === "" ? undefined : parseDate(fields.date, context.timeZone);
  if (date && !date.ok) error("date", date.message);
  const updated = fields.updated === undefined || fields.updated === null ? undefined : parseDate(fields.updated, context.timeZone);
  if (updated && !updated.ok) error("updated", updated.message);

  let slug: string | undefined;
  if (typeof fields.slug === "string" || typeof fields.slug === "number") {
    const wanted = String(fields.slug).trim();
    if (isSlug(wanted) && byteLength(wanted) > MAX_SLUG_BYTES) {
      const shown = wanted.length > 40 ? `${wanted.slice(0, 40)}…` : wanted;
      error("slug", `"${shown}" is too long for an address (use at most ${MAX_SLUG_BYTES} letters, e.g. slug: ${shortenSlug(wanted)})`);
    } else if (isSlug(wanted)) slug = wanted;
    else {
      const suggestion = slugify(wanted);
      error(
        "slug",
        `${JSON.stringify(wanted)} cannot be used in an address (use lower-case letters, digits and hyphens${suggestion ? `, e.g. slug: ${suggestion}` : ""})`,
      );
    }
  } else if (fields.slug === undefined) {
    slug = shortenSlug(slugify(fileStem(source.relativePath)));
    if (!slug) error("slug", `the file name gives no usable address (rename the file, or add a line such as slug: my-article)`);
  }

  let lang = context.language;
  if (front?.lang) {
    try {
      lang = Intl.getCanonicalLocales(front.lang)[0]!;
    } catch {
      error("lang", `${JSON.stringify(front.lang)} is not a language code (use one such as en, de or zh-CN)`);
    }
  }

  let categoryName = front?.category;
  if (!categoryName) {
    const folder = source.relativePath.includes("/") ? source.relativePath.slice(0, source.relativePath.indexOf("/")) : "";
    if (folder) categoryName = categoryFromFolder(folder);
    else if (front) error("category", "is missing (put the file in a category folder such as articles/economy/, or add a line such as category: Economy)");
  }

  const commaParts = typeof fields.tags === "string" ? fields.tags.split(",").map(cleanTermName).filter(Boolean) : [];
  if (commaParts.length > 1) {
    const parts = commaParts;
    problems.push({
      file,
      field: "tags",
      message: `${JSON.stringify(fields.tags)} is one tag with a comma in it (for ${parts.length} tags write tags: [${parts.join(", ")}])`,
      severity: "warning",
    });
  }

  const tagNames: string[] = [];
  for (const raw of front?.tags ?? []) {
    const name = cleanTermName(String(raw));
    if (name === "") {
      problems.push({ file, field: "tags", message: "has an empty tag, which is ignored (remove it from the list)", severity: "warning" });
    } else tagNames.push(name);
  }

  if (date?.ok && updated?.ok && updated.date < date.date) {
    problems.push({
      file,
      field: "updated",
      message: "is before date (updated is when the article last changed; check both dates)",
      severity: "warning",
    });
  }

  if (errors.length > 0 || !front || !date?.ok || !slug || !categoryName) {
    return { article: undefined, problems: [...problems, ...errors] };
  }

  return {
    article: {
      sourcePath: file,
      relativePath: source.relativePath,
      slug,
      title: front.title,
      description: front.description || undefined,
      date: date.date,
      updated: updated?.ok ? updated.date : undefined,
      author: front.author || undefined,
      categoryName,
      tagNames,
      lang,
      draft: front.draft ?? false,
      body,
    },
    problems,
  };
}

function fileStem(relativePath: string): string {
  const name = relativePath.slice(relativePath.lastIndexOf("/") + 1);
  return name.replace(/\.(md|markdown)$/i, "");
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

function yamlFix(reason: string): string {
  if (reason.startsWith("nesting exceeded")) return "front matter holds plain fields and lists, not deeply nested groups";
  if (reason.startsWith("duplicated mapping key")) return "each field may appear once; remove one of the two lines";
  return "check quotes, colons and indentation; text with a colon needs quotes";
}

function yamlReason(error: unknown): string {
  if (error instanceof yaml.YAMLException) {
    const reason = (error as { reason?: string }).reason ?? error.message;
    const mark = (error as { mark?: { line: number } }).mark;
    // The front matter starts right after the opening "---" of line 1, so its line 0 is file line 1.
    const where = mark ? ` on line ${mark.line + 1}` : "";
    return `${reason}${where} (${yamlFix(reason)})`;
  }
  return `${error instanceof Error ? error.message : String(error)} (check the lines between the --- markers)`;
}
