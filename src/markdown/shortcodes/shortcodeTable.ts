// The shortcodes this site understands, and what each one means as data: a callout, a code block, an image,
// a video link, a link to another article. Names are case-sensitive, as in Hugo, Liquid and Nunjucks.
// Anything not here is kept as text, with a warning.
import { CALLOUT_TYPES, type CalloutType } from "../callouts.ts";
import { arg, type ShortcodeArgs } from "./shortcodeArgs.ts";
import type { ShortcodeSyntax } from "./scanShortcodes.ts";

export type EmbedSite = "youtube" | "vimeo" | "x" | "gist" | "instagram";

export type Translation =
  /** Paired: the content inside a callout. */
  | { kind: "callout"; callout: CalloutType; title: string }
  /** Paired: the content as a block quote. */
  | { kind: "quote" }
  /** Paired: the content as it is (layout hints such as `center`). */
  | { kind: "plain" }
  /** Paired: the content is code. */
  | { kind: "code"; language: string }
  /** `caption` is markdown. */
  | { kind: "image"; src: string; alt: string; caption: string; link: string }
  | { kind: "video"; src: string; loop: boolean; muted: boolean }
  /** Media on another site: a link to it, nothing loaded from there. */
  | { kind: "embed"; site: EmbedSite; url: string; title: string }
  /** The address of another article: `hugo` paths are relative to the article or the articles folder, `jekyll` ones name a post. */
  | { kind: "link"; path: string; style: "hugo" | "jekyll" };

/** Why a shortcode is kept as text, and how to fix it. */
export interface Refusal {
  refused: string;
}

export interface ShortcodeDefinition {
  /** Has a closing tag with content between. */
  paired: boolean;
  /** Its content is code: no shortcodes are read in it. */
  verbatim?: boolean;
  read(args: ShortcodeArgs): Translation | Refusal;
}

const paired = (read: (args: ShortcodeArgs) => Translation | Refusal): ShortcodeDefinition => ({ paired: true, read });
const single = (read: (args: ShortcodeArgs) => Translation | Refusal): ShortcodeDefinition => ({ paired: false, read });
const code = (language: (args: ShortcodeArgs) => string | undefined): ShortcodeDefinition => ({
  paired: true,
  verbatim: true,
  read: (args) => ({ kind: "code", language: (language(args) ?? "").replace(/[^\w+#.-]/g, "") }),
});

const callout = (type: (args: ShortcodeArgs) => string | undefined, title: (args: ShortcodeArgs) => string | undefined = () => undefined) =>
  paired((args) => ({ kind: "callout", callout: calloutType(type(args)), title: (title(args) ?? "").replace(/\s+/g, " ").trim() }));
const plain = paired(() => ({ kind: "plain" }));

const YOUTUBE_ID = /^[\w-]{6,20}$/;
const DIGITS = /^\d{1,20}$/;
const NAME = /^[\w.-]{1,40}$/;

function youtube(id: string | undefined, title: string | undefined, start: string | undefined): Translation | Refusal {
  if (!id || !YOUTUBE_ID.test(id)) return { refused: 'needs the video\'s id (write it as id="dQw4w9WgXcQ")' };
  const seconds = start && DIGITS.test(start) ? `&t=${start}s` : "";
  return { kind: "embed", site: "youtube", url: `https://www.youtube.com/watch?v=${id}${seconds}`, title: title ?? "" };
}

function vimeo(id: string | undefined, title: string | undefined): Translation | Refusal {
  if (!id || !DIGITS.test(id)) return { refused: 'needs the video\'s number (write it as id="152985022")' };
  return { kind: "embed", site: "vimeo", url: `https://vimeo.com/${id}`, title: title ?? "" };
}

function post(user: string | undefined, id: string | undefined): Translation | Refusal {
  if (!id || !DIGITS.test(id) || (user !== undefined && !NAME.test(user))) return { refused: 'needs the post\'s id (write it as user="name" id="1724414854348357922")' };
  return { kind: "embed", site: "x", url: `https://x.com/${user ?? "i"}/status/${id}`, title: "" };
}

function gist(user: string | undefined, id: string | undefined): Translation | Refusal {
  if (!id || !/^[\w]{1,64}$/.test(id) || (user !== undefined && !NAME.test(user))) return { refused: "needs the gist's user and id (write it as user id)" };
  return { kind: "embed", site: "gist", url: user ? `https://gist.github.com/${user}/${id}` : `https://gist.github.com/${id}`, title: "" };
}

/** An address a page may use: relative, site-absolute or http(s); never `javascript:` and the like. */
const isSafeUrl = (url: string) => !/^\s*[a-z][a-z0-9+.-]*:/i.test(url) || /^\s*https?:/i.test(url);

function image(src: string | undefined, alt: string | undefined, caption = "", link = ""): Translation | Refusal {
  if (!src) return { refused: 'needs the image\'s address (write it as src="img/photo.jpg")' };
  if (!isSafeUrl(src) || !isSafeUrl(link)) return { refused: "has an address that is not a web address (use a relative path or http(s)://)" };
  return { kind: "image", src, alt: alt ?? "", caption, link };
}

function video(args: ShortcodeArgs): Translation | Refusal {
  const src = arg(args, "src", 0);
  if (!src) return { refused: 'needs the video file\'s address (write it as src="media/clip.mp4")' };
  if (!isSafeUrl(src)) return { refused: "has an address that is not a web address (use a relative path or http(s)://)" };
  return { kind: "video", src, loop: arg(args, "loop") === "true", muted: arg(args, "muted") === "true" };
}

function link(path: string | undefined, style: "hugo" | "jekyll"): Translation | Refusal {
  if (!path) return { refused: 'needs the article\'s file (write it as "other-article.md")' };
  return { kind: "link", path, style };
}

/** Hugo's figure: the caption (markdown), an optional title above it and a credit line after it. */
function figure(args: ShortcodeArgs): Translation | Refusal {
  const title = arg(args, "title");
  const credit = arg(args, "attr");
  const creditLink = arg(args, "attrlink");
  const caption = [
    title ? `**${escapeMarkdown(title)}**` : "",
    arg(args, "caption") ?? "",
    credit ? (creditLink ? `[${credit}](${creditLink})` : credit) : "",
  ]
    .filter(Boolean)
    .join(" ");
  // A linked image needs a text for its link: the title or the caption when there is no alt.
  const link = arg(args, "link");
  const alt = arg(args, "alt") ?? (link ? (title ?? arg(args, "caption")) : undefined);
  return image(arg(args, "src"), alt, caption, link);
}

const HUGO: Record<string, ShortcodeDefinition> = {
  figure: single(figure),
  youtube: single((args) => youtube(arg(args, "id", 0), arg(args, "title"), arg(args, "start"))),
  vimeo: single((args) => vimeo(arg(args, "id", 0), arg(args, "title"))),
  x: single((args) => post(arg(args, "user"), arg(args, "id", 0))),
  tweet: single((args) => post(arg(args, "user"), arg(args, "id", 0))),
  twitter: single((args) => post(arg(args, "user"), arg(args, "id", 0))),
  gist: single((args) => gist(arg(args, "user", 0), arg(args, "id", 1))),
  instagram: single((args) => {
    const id = arg(args, "id", 0);
    if (!id || !/^[\w-]{4,40}$/.test(id)) return { refused: 'needs the post\'s id (write it as id="CxOWiQNP2MO")' };
    return { kind: "embed", site: "instagram", url: `https://www.instagram.com/p/${id}/`, title: "" };
  }),
  ref: single((args) => link(arg(args, "path", 0), "hugo")),
  relref: single((args) => link(arg(args, "path", 0), "hugo")),
  highlight: code((args) => args.positional[0]),
  admonition: callout((args) => arg(args, "type", 0), (args) => arg(args, "title", 1)),
  notice: callout((args) => arg(args, "type", 0), (args) => arg(args, "title", 1)),
  hint: callout((args) => arg(args, "type", 0), (args) => arg(args, "title")),
  alert: callout((args) => arg(args, "color") ?? arg(args, "type", 0), (args) => arg(args, "title")),
  callout: callout((args) => arg(args, "type", 0), (args) => arg(args, "title")),
  note: callout((args) => args.positional[0]),
  quote: paired(() => ({ kind: "quote" })),
  center: plain,
  left: plain,
  right: plain,
};

const LIQUID: Record<string, ShortcodeDefinition> = {
  // Liquid's own: matched pairs never get this far (scanShortcodes reads them); these are for unmatched ones.
  raw: plain,
  comment: plain,
  Aside: callout((args) => arg(args, "type", 0)),
  callout: callout((args) => arg(args, "type", 0), (args) => arg(args, "title", 2)),
  note: callout((args) => args.positional[0]),
  Img: single((args) => image(arg(args, "src", 0), arg(args, "alt", 1))),
  img: single((args) => image(arg(args, "src", 0), arg(args, "alt", 1))),
  YouTube: single((args) => youtube(arg(args, "id", 0), arg(args, "title"), arg(args, "startTime") ?? arg(args, "start"))),
  youtube: single((args) => youtube(arg(args, "id", 0), arg(args, "title"), arg(args, "start"))),
  youtubeEmbed: single((args) => youtube(arg(args, "id", 0), arg(args, "title"), arg(args, "start", 1))),
  vimeo: single((args) => vimeo(arg(args, "id", 0), arg(args, "title"))),
  Video: single(video),
  video: single(video),
  gist: single((args) => {
    const [first, second] = (args.positional[0] ?? "").split("/");
    return second === undefined ? gist(undefined, first) : gist(first, second);
  }),
  highlight: code((args) => args.positional[0]),
  codeblock: code((args) => args.positional.find((word) => word.startsWith("lang:"))?.slice(5)),
  code: code((args) => args.positional.find((word) => word.startsWith("lang:"))?.slice(5)),
  link: single((args) => link(args.positional[0], "jekyll")),
  post_url: single((args) => link(args.positional[0], "jekyll")),
};

export function shortcodeDefinition(syntax: ShortcodeSyntax, name: string): ShortcodeDefinition | undefined {
  const table = syntax === "liquid" ? LIQUID : HUGO;
  return Object.hasOwn(table, name) ? table[name] : undefined;
}

export function isVerbatimPair(syntax: ShortcodeSyntax, name: string): boolean {
  return shortcodeDefinition(syntax, name)?.verbatim === true;
}

/** The callout for a type word of Hugo themes, Docsy, MkDocs-style admonitions, Hexo and web.dev asides. */
export function calloutType(word: string | undefined): CalloutType {
  const type = (word ?? "").toLowerCase();
  if ((CALLOUT_TYPES as readonly string[]).includes(type)) return type as CalloutType;
  return CALLOUT_ALIASES[type] ?? "note";
}

const CALLOUT_ALIASES: Record<string, CalloutType> = {
  warn: "warning",
  attention: "warning",
  important: "warning",
  gotchas: "warning",
  error: "danger",
  failure: "danger",
  fail: "danger",
  missing: "danger",
  bug: "danger",
  success: "tip",
  check: "tip",
  done: "tip",
  hint: "tip",
  celebration: "tip",
  question: "info",
  help: "info",
  faq: "info",
  primary: "info",
  objective: "info",
  "key-term": "info",
  codelab: "info",
};

/** Text that markdown shows as it is. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[!-/:-@[-`{-~]/g, "\\$&");
}
