// The arguments of a shortcode as data: `"a", 'b' c key="v" key2=v2` (Hugo, Nunjucks and Liquid write them
// alike enough to read with one reader). Nothing in them is evaluated.

export interface ShortcodeArgs {
  positional: string[];
  named: Record<string, string>;
}

/** A named argument, else the positional one at `index`. */
export function arg(args: ShortcodeArgs, name: string, index = -1): string | undefined {
  return Object.hasOwn(args.named, name) ? args.named[name] : index >= 0 ? args.positional[index] : undefined;
}

const isSpace = (c: string) => c === " " || c === "\t" || c === "\n" || c === "\r" || c === ",";
const QUOTES = "\"'`";

export function parseArgs(text: string): ShortcodeArgs {
  const args: ShortcodeArgs = { positional: [], named: Object.create(null) as Record<string, string> };
  let i = 0;
  const n = text.length;
  while (i < n) {
    while (i < n && isSpace(text[i]!)) i++;
    if (i >= n) break;
    let key: string | undefined;
    let value: string;
    [value, i] = readValue(text, i);
    if (text[i] === "=" && /^[\w-]+$/.test(value)) {
      key = value;
      [value, i] = readValue(text, i + 1);
    }
    if (key === undefined) args.positional.push(value);
    else args.named[key] = value;
  }
  return args;
}

/** A quoted string (without its quotes, `\"` read as `"`) or a bare word up to a space, comma or `=`. */
function readValue(text: string, start: number): [string, number] {
  const quote = text[start]!;
  if (QUOTES.includes(quote)) {
    let value = "";
    let i = start + 1;
    while (i < text.length && text[i] !== quote) {
      if (text[i] === "\\" && quote !== "`" && i + 1 < text.length) i++;
      value += text[i++];
    }
    return [value, i + 1];
  }
  let i = start;
  while (i < text.length && !isSpace(text[i]!) && text[i] !== "=") i++;
  // A lone "=" (`a = b`) is read as a word, so the loop always moves on.
  if (i === start) i++;
  return [text.slice(start, i), i];
}
