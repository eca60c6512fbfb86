// The links and ids of an HTML page, found with one regular expression instead of a full parser: a link
// check of a large site reads hundreds of MB of HTML, which a full tokenizer spent seconds on.
// Comments and the contents of script, style, textarea and template elements are skipped, as a browser
// does not read links there; a script's own src still counts.
import { decodeHTMLAttribute } from "entities";

export interface PageScan {
  /** URLs of href/src/action/poster attributes that lead somewhere, in document order. */
  links: string[];
  /** id attributes, and name attributes of <a>: the targets of #fragments. */
  ids: Set<string>;
}

const LINK_ATTRIBUTES: Record<string, readonly string[]> = {
  a: ["href"],
  area: ["href"],
  link: ["href"],
  img: ["src"],
  script: ["src"],
  source: ["src"],
  video: ["src", "poster"],
  audio: ["src"],
  iframe: ["src"],
  form: ["action"],
};

// One pass: a comment, or a raw-text element with everything up to its end tag, or any other tag. Only tags
// with attributes are of interest.
const TOKEN = /<!--[\s\S]*?(?:-->|$)|<(script|style|textarea|template)\b([^>]*)>[\s\S]*?(?:<\/\1\s*>|$)|<([a-zA-Z][a-zA-Z0-9-]*)(\s[^>]*)>/gi;
const MAY_HAVE_ID = /\b(?:id|name)\s*=/i;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

export function scanHtml(html: string): PageScan {
  const links: string[] = [];
  const ids = new Set<string>();
  for (const token of html.matchAll(TOKEN)) {
    const name = (token[1] ?? token[3])?.toLowerCase();
    const attributes = token[2] ?? token[4];
    if (!name || !attributes) continue;
    const wanted = LINK_ATTRIBUTES[name];
    // Most tags carry only classes: skip them without taking their attributes apart.
    if (!wanted && !MAY_HAVE_ID.test(attributes)) continue;
    for (const attribute of attributes.matchAll(ATTRIBUTE)) {
      const raw = attribute[2] ?? attribute[3] ?? attribute[4];
      if (raw === undefined) continue;
      const key = attribute[1]!.toLowerCase();
      if (key === "id" || (key === "name" && name === "a")) ids.add(decode(raw));
      else if (wanted?.includes(key)) links.push(decode(raw).trim());
    }
  }
  return { links, ids };
}

const decode = (value: string) => (value.includes("&") ? decodeHTMLAttribute(value) : value);
