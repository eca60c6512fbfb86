// One markdown file → a checked article draft, or the problems that stop it. Pure: the caller reads the bytes.
import matter from "gray-matter";
import * as yaml from "js-yaml";
import { describeValue, frontMatterSchema, KNOWN_FIELDS, type FrontMatter, type FrontMatterContext } from "./frontMatterSchema.ts";
import type { Problem } from "./problems.ts";
import { shortenSlug, slugify } from "./slugify.ts";
import { cleanTermName } from "./termKey.ts";
import { unknownFieldMessage } from "./unknownFieldMessage.ts";
import { resolveImageSource, type LeadImage } from "../images/leadImage.ts";

export interface ArticleSource {
  /** Path relative to the project root, shown in messages: "articles/economy/tax.md". */
  sourcePath: string;
  /** Path relative to the articles folder: "economy/tax.md". */
  relativePath: string;
  bytes: Uint8Array;
  /** Set by the reader when the path cannot be used as an article at all (a symbolic link, say): why, and the fix. */
  refused?: string;
}

export type ParseContext = FrontMatterContext;

/** Front-matter fields the parser turns into something else, or fills in when the file does not say. */
type Computed = "tags" | "category" | "slug" | "lang" | "draft" | "date" | "image" | "image_alt" | "image_caption" | "image_credit";

/**
 * An article as its file states it: every front-matter field as the schema types it, plus what the file
 * gives. Tags and category are normalized across the whole site later (buildCatalog).
 */
export type ParsedArticle = Omit<FrontMatter, Computed> & {
  /** Source file relative to the project root, forward slashes: "articles/economy/tax-reform.md". */
  sourcePath: string;
  /** Source file relative to the articles folder: "economy/tax-reform.md". Relative links in the body start here. */
  relativePath: string;
  /** Last path segment of the article's URL: `slug:`, or from the file name. */
  slug: string;
  /** Publication instant. */
  date: Date;
  categoryName: string;
  tagNames: string[];
  /** BCP 47 language tag ("en", "zh-CN"); the site language unless front matter says otherwise. */
  lang: string;
  draft: boolean;
  /** The lead image (`image`, `image_alt`, `image_caption`, `image_credit`), its path resolved. */
  image?: LeadImage;
  /** Markdown source of the body, front matter removed. Never evaluated as a template. */
  body: string;
};

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
    // costs as much as the text is long (noticeable on a large site, more for a long article). The
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
    if (KNOWN_FIELDS.includes(key)) continue;
    problems.push({ file, field: key, message: unknownFieldMessage(key, fields[key]), severity: "warning" });
  }

  const errors: Problem[] = [];
  const error = (field: string, message: string) => {
    // One line per mistake: `tags: [[a], [b]]` is one problem, not one per entry.
    if (!errors.some((e) => e.field === field && e.message === message)) errors.push({ file, field, message, severity: "error" });
  };

  const checked = frontMatterSchema(context).safeParse(fields);
  if (!checked.success) {
    for (const issue of checked.error.issues) error(String(issue.path[0] ?? ""), issue.message);
    return { article: undefined, problems: [...problems, ...errors] };
  }
  const { tags, category, slug: wantedSlug, lang, draft, date, image: imagePath, image_alt, image_caption, image_credit, ...stated } = checked.data;

  const slug = wantedSlug ?? shortenSlug(slugify(fileStem(source.relativePath)));
  if (!slug) error("slug", `the file name gives no usable address (rename the file, or add a line such as slug: my-article)`);

  let categoryName = category;
  if (!categoryName) {
    const folder = source.relativePath.includes("/") ? source.relativePath.slice(0, source.relativePath.indexOf("/")) : "";
    if (folder) categoryName = categoryFromFolder(folder);
    else error("category", "is missing (put the file in a category folder such as articles/economy/, or add a line such as category: Economy)");
  }

  for (const message of tags.warnings) problems.push({ file, field: "tags", message, severity: "warning" });
  if (stated.updated && date && stated.updated < date) {
    problems.push({
      file,
      field: "updated",
      message: "is before date (updated is when the article last changed; check both dates)",
      severity: "warning",
    });
  }

  let image: LeadImage | undefined;
  if (imagePath) {
    const slash = source.relativePath.lastIndexOf("/");
    const resolved = resolveImageSource(imagePath, slash === -1 ? "" : source.relativePath.slice(0, slash));
    if ("problem" in resolved) error("image", resolved.problem);
    else image = { src: resolved.src, alt: image_alt, caption: image_caption || undefined, credit: image_credit || undefined };
    if (image_alt === undefined) {
      problems.push({
        file,
        field: "image_alt",
        message: `is missing for the lead image ${imagePath} (describe it for readers who cannot see it, e.g. image_alt: "Cranes at the container terminal"; image_alt: "" marks it as decoration)`,
        severity: "warning",
      });
    }
  } else {
    for (const [field, value] of [["image_alt", image_alt], ["image_caption", image_caption], ["image_credit", image_credit]] as const) {
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
      author: stated.author || undefined,
      sourcePath: file,
      relativePath: source.relativePath,
      slug,
      date,
      categoryName,
      tagNames: tags.names,
      lang: lang ?? context.language,
      draft: draft ?? false,
      ...(image ? { image } : {}),
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
