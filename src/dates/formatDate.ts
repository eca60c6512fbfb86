// Dates as readers see them, in the site's time zone and the page's language.

const formats = new Map<string, Intl.DateTimeFormat>();

// A page shows a dozen dates (lists, related links), mostly of articles shown on other pages too: each
// article's date is formatted once per language and time zone, and found again by the Date object itself
// (many look-ups on a large site, where a string key built per look-up was a measurable cost).
const formatted = new Map<string, WeakMap<Date, string>>();

export function readableDate(date: Date, language: string, timeZone: string): string {
  const key = language + "|" + timeZone;
  let byDate = formatted.get(key);
  if (!byDate) formatted.set(key, (byDate = new WeakMap()));
  let text = byDate.get(date);
  if (text === undefined) {
    let format = formats.get(key);
    if (!format) {
      format = new Intl.DateTimeFormat(language, { dateStyle: "long", timeZone });
      formats.set(key, format);
    }
    byDate.set(date, (text = format.format(date)));
  }
  return text;
}

const isoDates = new WeakMap<Date, string>();

/** date.toISOString(), once per Date object. */
export function isoDate(date: Date): string {
  let text = isoDates.get(date);
  if (text === undefined) isoDates.set(date, (text = date.toISOString()));
  return text;
}

/** The calendar date in the site's time zone, for <time datetime> and feeds: "2025-03-14". */
export function calendarDate(date: Date, timeZone: string): string {
  let format = formats.get(`calendar|${timeZone}`);
  if (!format) {
    format = new Intl.DateTimeFormat("en-CA", { year: "numeric", month: "2-digit", day: "2-digit", timeZone });
    formats.set(`calendar|${timeZone}`, format);
  }
  return format.format(date);
}
