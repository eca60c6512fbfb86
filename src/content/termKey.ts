// Tags and categories are compared by key: "Service Mesh", "service mesh " and "Service\u00a0mesh" are one term.

/** The display form of a raw term: NFKC (a non-breaking space becomes a space), trimmed, inner whitespace collapsed. */
export function cleanTermName(raw: string): string {
  return raw.normalize("NFKC").trim().replace(/\s+/gu, " ");
}

/** The comparison key of a raw term: its clean name, lower-cased. */
export function termKey(raw: string): string {
  return cleanTermName(raw).toLowerCase();
}
