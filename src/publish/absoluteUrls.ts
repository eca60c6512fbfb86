// Every address in an article's HTML made absolute, for feeds: feed readers show the content away from the site.
// One forward pass over the tags, rewriting only the values of URL attributes and copying every other byte as
// it is. It builds no tree, so deep or unclosed nesting (thousands of `<span>`) costs nothing more than flat
// markup, and an attribute or tag that never ends stops the rewriting instead of the build.

/** Attributes that hold addresses, by element (the list of @11ty/posthtml-urls, which the feeds used before). */
const URL_ATTRIBUTES: Record<string, readonly string[]> = {
  a: ["href", "ping"],
  area: ["href", "ping"],
  audio: ["src"],
  base: ["href"],
  blockquote: ["cite"],
  button: ["formaction"],
  del: ["cite"],
  embed: ["src"],
  form: ["action"],
  iframe: ["src"],
  img: ["src", "srcset"],
  input: ["formaction", "src"],
  ins: ["cite"],
  link: ["href"],
  meta: ["content"],
  object: ["data"],
  q: ["cite"],
  script: ["src"],
  source: ["src", "srcset"],
  track: ["src"],
  video: ["poster", "src"],
};

/** Elements whose content is text, never tags. */
const RAW_TEXT = new Set(["script", "style", "textarea", "title"]);

interface Attribute {
  name: string;
  /** Where the value starts and ends (inside its quotes); absent for an attribute without a value. */
  value?: { start: number; end: number };
}

/** `html` with the addresses of its URL attributes resolved against `base` (the article's absolute URL). */
export function absoluteUrls(html: string, base: string): string {
  let result = "";
  let copied = 0;
  let at = html.indexOf("<");
  while (at !== -1) {
    if (html.startsWith("<!--", at)) {
      // From the second "-": "<!-->" and "<!--->" are whole comments too.
      const end = html.indexOf("-->", at + 2);
      if (end === -1) break;
      at = html.indexOf("<", end + 3);
      continue;
    }
    const tag = readTag(html, at);
    if (!tag) {
      at = html.indexOf("<", at + 1);
      continue;
    }
    if (tag.end === -1) break;
    const wanted = URL_ATTRIBUTES[tag.name];
    if (wanted) {
      const refresh = tag.name === "meta" && isRefresh(html, tag.attributes);
      for (const attribute of tag.attributes) {
        if (!attribute.value || !wanted.includes(attribute.name) || (attribute.name === "content" && !refresh)) continue;
        const { start, end } = attribute.value;
        result += html.slice(copied, start) + rewrite(attribute.name, html.slice(start, end), base);
        copied = end;
      }
    }
    at = tag.end;
    if (RAW_TEXT.has(tag.name)) {
      const close = endTagOf(html, tag.name, at);
      if (close === -1) break;
      at = close;
    }
    at = html.indexOf("<", at);
  }
  return result + html.slice(copied);
}

/**
 * The start tag at `at`: its lower-case name, its attributes, and the position after its `>` (-1 when the
 * tag or a quoted value never ends). Undefined when `<` does not start a start tag.
 */
function readTag(html: string, at: number): { name: string; attributes: Attribute[]; end: number } | undefined {
  let i = at + 1;
  if (!isAsciiLetter(html.charCodeAt(i))) return undefined;
  while (i < html.length && !isTagSpace(html.charCodeAt(i)) && html[i] !== "/" && html[i] !== ">") i++;
  const name = html.slice(at + 1, i).toLowerCase();
  const attributes: Attribute[] = [];
  for (;;) {
    while (i < html.length && (isTagSpace(html.charCodeAt(i)) || html[i] === "/")) i++;
    if (i >= html.length) return { name, attributes, end: -1 };
    if (html[i] === ">") return { name, attributes, end: i + 1 };
    const nameStart = i;
    i++; // A name may start with "=".
    while (i < html.length && !isTagSpace(html.charCodeAt(i)) && html[i] !== "/" && html[i] !== ">" && html[i] !== "=") i++;
    const attribute: Attribute = { name: html.slice(nameStart, i).toLowerCase() };
    attributes.push(attribute);
    let j = i;
    while (j < html.length && isTagSpace(html.charCodeAt(j))) j++;
    if (html[j] !== "=") continue;
    j++;
    while (j < html.length && isTagSpace(html.charCodeAt(j))) j++;
    const quote = html[j];
    if (quote === '"' || quote === "'") {
      const close = html.indexOf(quote, j + 1);
      if (close === -1) return { name, attributes, end: -1 };
      attribute.value = { start: j + 1, end: close };
      i = close + 1;
    } else {
      let end = j;
      while (end < html.length && !isTagSpace(html.charCodeAt(end)) && html[end] !== ">") end++;
      attribute.value = { start: j, end };
      i = end;
    }
  }
}

function rewrite(name: string, value: string, base: string): string {
  switch (name) {
    case "ping": {
      const urls = value.split(",").map((url) => url.trim()).filter(Boolean);
      return urls.length > 0 ? urls.map((url) => absolute(url, base)).join(", ") : value;
    }
    case "srcset": {
      const candidates = srcsetCandidates(value);
      return candidates.length > 0 ? candidates.map(({ url, descriptors }) => [absolute(url, base), ...descriptors].join(" ")).join(", ") : value;
    }
    case "content": {
      const refresh = /^\s*(\d+)\s*(?:[;,]\s*(?:url\s*=\s*)?(.*))?$/is.exec(value);
      if (!refresh) return value;
      const url = (refresh[2] ?? "").trim().replace(/^(["'])(.*)\1$/s, "$2");
      return `${refresh[1]}; url=${absolute(url, base)}`;
    }
    default:
      return absolute(value.trim(), base);
  }
}

function absolute(url: string, base: string): string {
  try {
    return new URL(url, base).toString();
  } catch {
    return url;
  }
}

/** The image candidates of a srcset, as the HTML standard splits them: an address, then descriptors up to a comma. */
function srcsetCandidates(value: string): { url: string; descriptors: string[] }[] {
  const candidates: { url: string; descriptors: string[] }[] = [];
  let i = 0;
  while (i < value.length) {
    while (i < value.length && (value[i] === "," || isTagSpace(value.charCodeAt(i)))) i++;
    if (i >= value.length) break;
    const start = i;
    while (i < value.length && !isTagSpace(value.charCodeAt(i))) i++;
    let url = value.slice(start, i);
    const descriptors: string[] = [];
    if (url.endsWith(",")) {
      let end = url.length;
      while (end > 0 && url[end - 1] === ",") end--;
      url = url.slice(0, end);
    } else {
      let descriptor = "";
      let inParens = false;
      for (; i < value.length; i++) {
        const char = value[i]!;
        if (inParens) {
          descriptor += char;
          if (char === ")") inParens = false;
        } else if (char === ",") {
          i++;
          break;
        } else if (isTagSpace(char.charCodeAt(0))) {
          if (descriptor) descriptors.push(descriptor);
          descriptor = "";
        } else {
          descriptor += char;
          if (char === "(") inParens = true;
        }
      }
      if (descriptor) descriptors.push(descriptor);
    }
    candidates.push({ url, descriptors });
  }
  return candidates;
}

function isRefresh(html: string, attributes: readonly Attribute[]): boolean {
  const equiv = attributes.find((attribute) => attribute.name === "http-equiv")?.value;
  return equiv !== undefined && html.slice(equiv.start, equiv.end).toLowerCase() === "refresh";
}

const END_TAGS = new Map([...RAW_TEXT].map((name) => [name, new RegExp(`</${name}`, "gi")]));

/** Where the end tag of the raw-text element `name` starts, from `from` on; -1 when it never ends. */
function endTagOf(html: string, name: string, from: number): number {
  const pattern = END_TAGS.get(name)!;
  pattern.lastIndex = from;
  return pattern.exec(html)?.index ?? -1;
}

const isAsciiLetter = (code: number) => (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
/** HTML's ASCII whitespace. */
const isTagSpace = (code: number) => code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0c || code === 0x0d;
