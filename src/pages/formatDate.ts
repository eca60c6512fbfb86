// Dates as readers see them, in the site's time zone and the page's language.

const formats = new Map<string, Intl.DateTimeFormat>();

// A page shows a dozen dates (lists, related links), mostly of articles shown on other pages too.
const formatted = new Map<string, string>();

export function readableDate(date: Date, language: string, timeZone: string): string {
  const key = `${language}|${timeZone}`;
  const known = formatted.get(`${key}|${date.getTime()}`);
  if (known !== undefined) return known;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(language, { dateStyle: "long", timeZone });
    formats.set(key, format);
  }
  const text = format.format(date);
  formatted.set(`${key}|${date.getTime()}`, text);
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
