// The standfirst under an article's title: its front-matter description, unless the body opens with the same
// words. A description made from the first paragraph (an article without one) is never a standfirst: on a
// phone the first screen would show the same text twice.

/** Characters of the body compared, beyond the description's own length: room for markdown and links. */
const SLACK = 300;

/** Letters and digits only, lower-cased: markdown, punctuation and spacing do not make two texts differ. */
function comparable(text: string): string {
  return text
    .replace(/\]\([^)]*\)/g, "]") // link targets
    .replace(/<[^>]+>/g, "") // inline HTML
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "");
}

export function standfirstOf(description: string | undefined, body: string): string | undefined {
  if (!description) return undefined;
  const wanted = comparable(description);
  if (wanted === "") return undefined;
  return comparable(body.slice(0, description.length * 2 + SLACK)).startsWith(wanted) ? undefined : description;
}
