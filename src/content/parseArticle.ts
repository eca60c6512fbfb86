// One markdown file → a checked article draft, or the problems that stop it. Pure: the caller reads the bytes.
import matter from "gray-matter";
import * as yaml from "js-yaml";
import { didYouMean } from "./didYouMean.ts";
import { describeValue, frontMatterSchema, KNOWN_FIELDS } from "./frontMatterSchema.ts";
import { parseDate } from "./parseDate.ts";
import type { Problem } from "./problems.ts";
import { isSlug, slugify } from "./slugify.ts";
import { cleanTermName } from "./termKey.ts";

export interface ArticleSource {
  /** Path relative to the project root, shown in messages: "articles/economy/tax.md". */
  sourcePath: string;
  /** Path relative to the articles folder: "economy/tax.md". */
  relativePath: string;
  bytes: Uint8Array;
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

// YAML 1.2 core schema: dates stay text so "2023-13-45" is reported instead of silently rolled over.
const yamlEngine = (text: string): object => yaml.load(text, { schema: yaml.CORE_SCHEMA }) as object;

export function parseArticle(source: ArticleSource, context: ParseContext): ParseResult {
  const file = source.sourcePath;
  const problems: Problem[] = [];
  const fail = (message: string, field?: string): ParseResult => ({
    article: undefined,
    problems: [...problems, { file, field, message, severity: "error" }],
  });

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
  if (!/^---[ \t]*\n/.test(text)) {
    return fail("has no front matter (start the file with a line ---, then title: and date: lines, then ---)");
  }

  let data: unknown;
  let body: string;
  try {
    const parsed = matter(text, { engines: { yaml: yamlEngine } });
    data = parsed.data;
    body = parsed.content;
  } catch (error) {
    return fail(`front matter is not valid YAML: ${yamlReason(error)}`);
  }
  if (data === null || typeof data !== "object" || Array.isArray(data)) {
    return fail(`front matter must be fields such as title: and date:, not ${describeValue(data)} (check the lines between the --- markers)`);
  }
  const fields = data as Record<string, unknown>;

  for (const key of Object.keys(fields)) {
    if ((KNOWN_FIELDS as readonly string[]).includes(key)) continue;
    const guess = didYouMean(key, KNOWN_FIELDS);
    problems.push({
      file,
      field: key,
      message: guess
        ? `is not a known field; did you mean ${guess}? (rename it, or remove it)`
        : `is not a known field and is ignored (known fields: ${KNOWN_FIELDS.join(", ")})`,
      severity: "warning",
    });
  }

  const errors: Problem[] = [];
  const error = (field: string, message: string) => errors.push({ file, field, message, severity: "error" });

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
    if (isSlug(wanted)) slug = wanted;
    else {
      const suggestion = slugify(wanted);
      error(
        "slug",
        `${JSON.stringify(wanted)} cannot be used in an address (use lower-case letters, digits and hyphens${suggestion ? `, e.g. slug: ${suggestion}` : ""})`,
      );
    }
  } else if (fields.slug === undefined) {
    slug = slugify(fileStem(source.relativePath));
    if (!slug) error("slug", `the file name gives no usable address (rename the file, or add a line such as slug: my-article)`);
  }

  let lang = context.language;
  if (typeof fields.lang === "string" && fields.lang.trim()) {
    try {
      lang = Intl.getCanonicalLocales(fields.lang.trim())[0]!;
    } catch {
      error("lang", `${JSON.stringify(fields.lang)} is not a language code (use one such as en, de or zh-CN)`);
    }
  }

  let categoryName = front?.category;
  if (!categoryName) {
    const folder = source.relativePath.includes("/") ? source.relativePath.slice(0, source.relativePath.indexOf("/")) : "";
    if (folder) categoryName = categoryFromFolder(folder);
    else if (front) error("category", "is missing (put the file in a category folder such as articles/economy/, or add a line such as category: Economy)");
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

function yamlReason(error: unknown): string {
  if (error instanceof yaml.YAMLException) {
    const reason = (error as { reason?: string }).reason ?? error.message;
    const mark = (error as { mark?: { line: number } }).mark;
    // The front matter starts right after the opening "---" of line 1, so its line 0 is file line 1.
    const where = mark ? ` on line ${mark.line + 1}` : "";
    return `${reason}${where} (check quotes, colons and indentation; text with a colon needs quotes)`;
  }
  return `${error instanceof Error ? error.message : String(error)} (check the lines between the --- markers)`;
}
