// A result's date as the reader reads dates.

/** "2024-03-05" (shown as that calendar day everywhere) or a full ISO instant, in `locale`; unparsable text as is. */
export function formatDate(iso: string, locale: string | undefined): string {
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(iso);
  const date = new Date(dateOnly ? `${iso}T00:00:00Z` : iso);
  if (Number.isNaN(date.getTime())) return iso;
  try {
    return new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: dateOnly ? "UTC" : undefined }).format(date);
  } catch {
    return new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeZone: dateOnly ? "UTC" : undefined }).format(date);
  }
}
