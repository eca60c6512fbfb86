// A body's shortcodes turned into markdown before markdown-it reads it, as Hugo does with its own: callouts
// become `:::` containers, highlight blocks fences, images markdown images, links addresses. What markdown
// cannot say (a tag kept as text, a video link, an escaped shortcode) leaves a placeholder that the
// shortcodes plugin turns into a token after parsing. Everything written comes from the tags' data, escaped.
import { MARKDOWN_LABELS } from "../labels.ts";
import { resolveLocalUrl } from "../localUrls.ts";
import type { BodyEnv } from "../types.ts";
import { resolveShortcodes, type ResolvedTag } from "./resolveShortcodes.ts";
import type { ShortcodeMark, ShortcodeTag } from "./scanShortcodes.ts";
import { escapeMarkdown, type Translation } from "./shortcodeTable.ts";
import { normalizePath } from "../../urls/normalizePath.ts";

/** What a placeholder stands for. `source` is the text it replaced, put back where markdown shows code. */
export type Stashed =
  | { kind: "kept"; source: string }
  | { kind: "text"; source: string; text: string }
  | { kind: "embed"; source: string; block: string; inline: string };

export const PLACEHOLDER_START = "\uFDD0";
export const PLACEHOLDER_END = "\uFDD1";
export const PLACEHOLDER = /\uFDD0(\d+)\uFDD1/g;

export type LinkEnv = Partial<Pick<BodyEnv, "sourceDir" | "pathPrefix" | "articleUrl">>;

export interface Rewritten {
  source: string;
  stash: Stashed[];
}

export function rewriteShortcodes(src: string, marks: readonly ShortcodeMark[], env: LinkEnv): Rewritten {
  const tags = marks.filter((mark): mark is ShortcodeTag => mark.type === "tag");
  const resolved = new Map(resolveShortcodes(tags).map((entry) => [entry.tag, entry]));
  const stash: Stashed[] = [];
  const hold = (item: Stashed) => `${PLACEHOLDER_START}${stash.push(item) - 1}${PLACEHOLDER_END}`;
  // Placeholders are made of two non-characters; the few texts that hold one lose them.
  const text = (from: number, to: number) => src.slice(from, to).replace(/[\uFDD0\uFDD1]/g, "\uFFFD");
  let out = "";
  let copied = 0;
  for (const mark of marks) {
    out += text(copied, mark.start);
    copied = mark.end;
    if (mark.type === "drop") continue;
    const source = src.slice(mark.start, mark.end);
    if (mark.type === "literal") {
      out += mark.inCode ? mark.text : hold({ kind: "text", source, text: mark.text });
      continue;
    }
    out += writeTag(src, resolved.get(mark)!, source, env, hold);
  }
  return { source: out + text(copied, src.length), stash };
}

function writeTag(src: string, entry: ResolvedTag, source: string, env: LinkEnv, hold: (item: Stashed) => string): string {
  const { tag, translation } = entry;
  const kept = () => hold({ kind: "kept", source });
  if (!translation) return kept();
  const line = lineAround(src, tag);
  const opening = tag.closing ? entry.partner!.tag : tag;
  const openingLine = tag.closing ? lineAround(src, opening) : line;
  switch (translation.kind) {
    case "plain":
      return "";
    case "callout": {
      if (!openingLine.atStart) return "";
      const marker = ":".repeat(3 + (tag.closing ? entry.partner!.nested : entry.nested));
      if (tag.closing) return `${line.atStart ? "" : `\n${openingLine.prefix}`}${marker}${line.restBlank ? "" : `\n${openingLine.prefix}`}`;
      const title = translation.title ? ` ${translation.title}` : "";
      return `${marker} ${translation.callout}${title}${line.restBlank ? "" : `\n${line.prefix}`}`;
    }
    case "quote": {
      if (!openingLine.atStart) return "";
      const blank = `\n${openingLine.prefix}`;
      if (tag.closing) return `${line.atStart ? "" : blank + blank}</blockquote>${blank}`;
      return `<blockquote>${blank}${line.restBlank ? "" : blank}`;
    }
    case "code": {
      if (!openingLine.atStart) return kept();
      const content = tag.closing ? src.slice(entry.partner!.tag.end, tag.start) : src.slice(tag.end, entry.partner!.tag.start);
      const fence = "`".repeat(Math.max(3, longestRun(content, "`") + 1));
      if (tag.closing) return `${line.atStart ? "" : `\n${openingLine.prefix}`}${fence}${line.restBlank ? "" : `\n${openingLine.prefix}`}`;
      return `${fence}${translation.language}${line.restBlank ? "" : `\n${line.prefix}`}`;
    }
    case "image":
      return standalone(line, tag.inHtml ? imageHtml(translation, env) : imageMarkdown(translation));
    case "video":
    case "embed": {
      const html = mediaHtml(translation, env);
      return standalone(line, hold({ kind: "embed", source, ...html }));
    }
    case "link":
      return markdownUrl(articleAddress(translation, env));
  }
}

interface LineAround {
  /** Only spaces, tabs and `>` before the tag on its line. */
  atStart: boolean;
  /** Nothing but spaces after the tag on its line. */
  restBlank: boolean;
  /** What starts the tag's line (indentation, `>`): repeated on lines written after it. */
  prefix: string;
  previousBlank: boolean;
  nextBlank: boolean;
}

function lineAround(src: string, tag: ShortcodeTag): LineAround {
  const lineStart = src.lastIndexOf("\n", tag.start - 1) + 1;
  let lineEnd = src.indexOf("\n", tag.end);
  if (lineEnd === -1) lineEnd = src.length;
  const before = src.slice(lineStart, tag.start);
  const atStart = /^[ \t>]*$/.test(before);
  const previousStart = src.lastIndexOf("\n", lineStart - 2) + 1;
  const nextEnd = src.indexOf("\n", lineEnd + 1);
  return {
    atStart,
    restBlank: /^[ \t]*$/.test(src.slice(tag.end, lineEnd)),
    prefix: atStart ? before.replace(/[^ \t>]/g, "") : (/^[ \t>]*/.exec(before)?.[0] ?? ""),
    previousBlank: lineStart === 0 || /^[ \t>]*$/.test(src.slice(previousStart, lineStart - 1)),
    nextBlank: lineEnd >= src.length || /^[ \t>]*$/.test(src.slice(lineEnd + 1, nextEnd === -1 ? src.length : nextEnd)),
  };
}

/** A block-level tag alone on its line becomes a paragraph of its own. */
function standalone(line: LineAround, written: string): string {
  if (!line.atStart || !line.restBlank) return written;
  return `${line.previousBlank ? "" : `\n${line.prefix}`}${written}${line.nextBlank ? "" : `\n${line.prefix}`}`;
}

function imageMarkdown(image: Extract<Translation, { kind: "image" }>): string {
  const caption = image.caption.replace(/\s+/g, " ").trim();
  const title = caption ? ` "${caption.replace(/[\\"]/g, "\\$&")}"` : "";
  const markdown = `![${escapeMarkdown(image.alt)}](${markdownUrl(image.src)}${title})`;
  return image.link ? `[${markdown}](${markdownUrl(image.link)})` : markdown;
}

/** In raw HTML markdown is not read: the image as HTML, its caption as plain text. */
function imageHtml(image: Extract<Translation, { kind: "image" }>, env: LinkEnv): string {
  const src = safeUrl(image.src, env);
  if (src === undefined) return "";
  const img = `<img src="${escapeHtml(src)}" alt="${escapeHtml(image.alt)}">`;
  const link = image.link ? safeUrl(image.link, env) : undefined;
  const linked = link === undefined ? img : `<a href="${escapeHtml(link)}">${img}</a>`;
  return image.caption ? `<figure>${linked}<figcaption>${escapeHtml(image.caption)}</figcaption></figure>` : linked;
}

/** A video file, or a link to media on another site: nothing loads before the reader asks. */
function mediaHtml(media: Extract<Translation, { kind: "video" | "embed" }>, env: LinkEnv): { block: string; inline: string } {
  if (media.kind === "video") {
    const src = safeUrl(media.src, env);
    if (src === undefined) return { block: "", inline: "" };
    const flags = `${media.loop ? " loop" : ""}${media.muted ? " muted" : ""}`;
    const html = `<video class="video" src="${escapeHtml(src)}" controls preload="none" playsinline${flags}><a href="${escapeHtml(src)}">${escapeHtml(MARKDOWN_LABELS.video)}</a></video>`;
    return { block: `<p>${html}</p>\n`, inline: html };
  }
  const label = escapeHtml(MARKDOWN_LABELS[media.site]);
  const url = escapeHtml(media.url);
  const title = media.title ? `<span class="embed__title">${escapeHtml(media.title)}</span>` : "";
  const play = media.site === "youtube" || media.site === "vimeo" ? '<span class="embed__play" aria-hidden="true"></span>' : "";
  const block =
    `<p class="embed embed--${media.site}"><a class="embed__link" href="${url}">` +
    `${play}${title}<span class="embed__label">${label}</span></a></p>\n`;
  return { block, inline: `<a class="embed-link" href="${url}">${label}</a>` };
}

/** The address of the article a `ref`/`relref`/`link`/`post_url` names, with the path prefix. */
function articleAddress(link: Extract<Translation, { kind: "link" }>, env: LinkEnv): string {
  const cut = link.path.search(/[?#]/);
  const path = (cut === -1 ? link.path : link.path.slice(0, cut)).trim();
  const rest = cut === -1 ? "" : link.path.slice(cut);
  const dir = env.sourceDir ?? "";
  const name = path.slice(path.lastIndexOf("/") + 1);
  const bases =
    link.style === "hugo"
      ? path.startsWith("/")
        ? [path.slice(1)]
        : [join(dir, path), path]
      : path.startsWith("_posts/")
        ? [join(dir, name), path.slice("_posts/".length)]
        : [path.replace(/^\//, ""), join(dir, path)];
  if (env.articleUrl && env.pathPrefix !== undefined) {
    for (const base of bases) {
      for (const candidate of candidates(base)) {
        const url = env.articleUrl(normalizePath(candidate));
        if (url !== undefined) return encodeURI(env.pathPrefix.replace(/\/$/, "") + url) + rest;
      }
    }
  }
  // Not an article: an address in the site all the same, for the link check to report.
  if (env.pathPrefix === undefined) return link.path;
  return encodeURI(`${env.pathPrefix.replace(/\/$/, "")}/${normalizePath(bases[0]!)}`) + rest;
}

const join = (dir: string, path: string) => (dir ? `${dir}/${path}` : path);

/** The files a path may name: as written, with the other markdown extension (a migrated site may have renamed them), or a folder's index. */
function candidates(base: string): string[] {
  const stem = /\.(md|markdown)$/.exec(base) ? base.replace(/\.(md|markdown)$/, "") : undefined;
  if (stem !== undefined) return [base, base.endsWith(".md") ? `${stem}.markdown` : `${stem}.md`];
  return [`${base}.md`, `${base}.markdown`, `${base}/index.md`, `${base}/_index.md`];
}

/** An address written by an author, if it is one a page may use: relative, site-absolute or http(s). */
function safeUrl(url: string, env: LinkEnv): string | undefined {
  const trimmed = url.trim();
  if (/^[a-z][a-z0-9+.-]*:/i.test(trimmed) && !/^https?:/i.test(trimmed)) return undefined;
  return env.sourceDir !== undefined && env.pathPrefix !== undefined ? resolveLocalUrl(trimmed, env as BodyEnv) : trimmed;
}

/** An address inside markdown's `(…)`: characters that would end it are encoded. */
function markdownUrl(url: string): string {
  return url.trim().replace(/[\s()<>\\]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`);
}

function longestRun(text: string, char: string): number {
  let longest = 0;
  let run = 0;
  for (const c of text) {
    run = c === char ? run + 1 : 0;
    if (run > longest) longest = run;
  }
  return longest;
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&${{ "&": "amp", "<": "lt", ">": "gt", '"': "quot", "'": "#39" }[c]};`);
}
