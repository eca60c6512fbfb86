// The links and ids of an HTML page, found with regular expressions instead of a full parser: a link check
// of a 10k-article site reads ~300 MB of HTML, and a tokenizer spent four seconds on it.
// Comments and the contents of script, style, textarea and template elements are skipped, as a browser
// does not read links there.
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

const RAW_TEXT = /<!--[\s\S]*?(?:-->|$)|<(script|style|textarea|template)\b([^>]*)>[\s\S]*?(?:<\/\1\s*>|$)/gi;
const TAG = /<([a-zA-Z][a-zA-Z0-9-]*)(\s[^>]*)?>/g;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

export function scanHtml(html: string): PageScan {
  const links: string[] = [];
  const ids = new Set<string>();
  // Keep the opening tag of raw-text elements (a <script src> is a link), drop what is inside.
  const visible = html.replace(RAW_TEXT, (_all, name: string | undefined, attributes: string | undefined) =>
    name ? `<${name}${attributes ?? ""}>` : "",
  );
  for (const tag of visible.matchAll(TAG)) {
    const attributes = tag[2];
    if (!attributes) continue;
    const name = tag[1]!.toLowerCase();
    const wanted = LINK_ATTRIBUTES[name];
    for (const attribute of attributes.matchAll(ATTRIBUTE)) {
      const key = attribute[1]!.toLowerCase();
      const raw = attribute[2] ?? attribute[3] ?? attribute[4];
      if (raw === undefined) continue;
      if (key === "id" || (key === "name" && name === "a")) ids.add(decode(raw));
      else if (wanted?.includes(key)) links.push(decode(raw).trim());
    }
  }
  return { links, ids };
}

const decode = (value: string) => (value.includes("&") ? decodeHTMLAttribute(value) : value);
