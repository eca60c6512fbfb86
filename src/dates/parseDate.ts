// Front-matter dates: YYYY-MM-DD (midnight in the site's time zone), or ISO 8601 with Z or an offset.

export type ParsedDate = { ok: true; date: Date } | { ok: false; message: string };

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?\s*(Z|z|[+-]\d{2}:?\d{2})?$/;
const HINT = "use YYYY-MM-DD, or a time with a zone such as 2025-03-14T08:30:00+08:00";

export function parseDate(value: unknown, timeZone: string): ParsedDate {
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? { ok: false, message: `is not a date (${HINT})` } : { ok: true, date: value };
  }
  if (typeof value !== "string") {
    return { ok: false, message: `${JSON.stringify(value)} is not a date (${HINT})` };
  }
  const text = value.trim();
  const shown = JSON.stringify(value);
  // Date.UTC reads the years 0-99 as 1900-1999, and an article from before 1000 is a typo anyway.
  const year = Number(/^\d{4}/.exec(text)?.[0]);
  if (year < 1000) return { ok: false, message: `${shown} is in the year ${year} (check the year: YYYY-MM-DD)` };
  const dateOnly = DATE_ONLY.exec(text);
  if (dateOnly) {
    const [y, m, d] = dateOnly.slice(1, 4).map(Number) as [number, number, number];
    if (!isCalendarDate(y, m, d)) return { ok: false, message: `${shown} is not a date (use YYYY-MM-DD)` };
    return { ok: true, date: zonedMidnight(y, m, d, timeZone) };
  }
  const dateTime = DATE_TIME.exec(text);
  if (dateTime) {
    const [y, m, d, hh, mm] = dateTime.slice(1, 6).map(Number) as [number, number, number, number, number];
    const ss = Number(dateTime[6] ?? 0);
    const zone = dateTime[8];
    if (!isCalendarDate(y, m, d) || hh > 23 || mm > 59 || ss > 59) {
      return { ok: false, message: `${shown} is not a date (${HINT})` };
    }
    if (!zone) {
      return { ok: false, message: `${shown} has a time but no time zone (add Z for UTC or an offset such as +08:00)` };
    }
    const fraction = dateTime[7] ? Math.floor(Number(dateTime[7]) * 1000) : 0;
    let ms = Date.UTC(y, m - 1, d, hh, mm, ss, fraction);
    if (zone !== "Z" && zone !== "z") {
      const sign = zone.startsWith("-") ? -1 : 1;
      const digits = zone.slice(1).replace(":", "");
      const offsetMinutes = Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2));
      if (Number(digits.slice(0, 2)) > 23 || Number(digits.slice(2)) > 59) {
        return { ok: false, message: `${shown} has an impossible offset (${HINT})` };
      }
      ms -= sign * offsetMinutes * 60_000;
    }
    return { ok: true, date: new Date(ms) };
  }
  return { ok: false, message: `${shown} is not a date (${HINT})` };
}

function isCalendarDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** The instant at which the calendar day y-m-d begins in `timeZone`. */
export function zonedMidnight(y: number, m: number, d: number, timeZone: string): Date {
  const utc = Date.UTC(y, m - 1, d);
  // Two rounds settle the offset even when midnight falls near a daylight-saving change.
  let guess = utc - offsetAt(utc, timeZone);
  guess = utc - offsetAt(guess, timeZone);
  return new Date(guess);
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Milliseconds that `timeZone` is ahead of UTC at instant `ms`. */
function offsetAt(ms: number, timeZone: string): number {
  if (timeZone === "UTC") return 0;
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    formatters.set(timeZone, format);
  }
  const parts: Record<string, number> = {};
  for (const part of format.formatToParts(new Date(ms))) parts[part.type] = Number(part.value);
  const asUtc = Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!);
  return asUtc - Math.floor(ms / 1000) * 1000;
}
