// Ids for headings: readable in every script ("城市规划" stays as it is), safe in a URL fragment.

export function headingId(text: string): string {
  return (
    text
      .normalize("NFKC")
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\p{M}\s_-]+/gu, "")
      .trim()
      .replace(/[\s_-]+/gu, "-") || "section"
  );
}

/** Ids the page layouts use themselves; a heading that would take one gets a suffix instead. */
export const LAYOUT_IDS = ["main", "top", "site-header", "site-footer", "q", "toc", "toc-heading", "related", "related-heading"] as const;
