// Front-matter dates: YYYY-MM-DD (the start of that day in the site's time zone), or a date and time, with Z or
// an offset (an instant) or without (a wall-clock time in the site's time zone). Written with a T or a space,
// the offset with or without a colon, as Hugo, Jekyll and Hexo write them: "2013-05-06 02:12:52 +0200".
// Wall-clock times follow Temporal's rules: a day starts at its first instant (where daylight saving starts at
// midnight, at 01:00), a time in a gap moves forward by the gap, a repeated time is the earlier instant.

export type ParsedDate = { ok: true; date: Date } | { ok: false; message: string };

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:T|t|\s+)(\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?\s*(Z|z|[+-]\d{2}(?::?\d{2})?)?$/;
const HINT = "use YYYY-MM-DD, or a time with a zone such as 2025-03-14T08:30:00+08:00";
const DAY = 86_400_000;

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
    const fraction = dateTime[7] ? Math.floor(Number(dateTime[7]) * 1000) : 0;
    const wall = Date.UTC(y, m - 1, d, hh, mm, ss, fraction);
    if (!zone) return { ok: true, date: new Date(wallTimeInstant(wall, timeZone)) };
    if (zone === "Z" || zone === "z") return { ok: true, date: new Date(wall) };
    const digits = zone.slice(1).replace(":", "");
    const hours = Number(digits.slice(0, 2));
    const minutes = Number(digits.slice(2) || 0);
    if (hours > 23 || minutes > 59) return { ok: false, message: `${shown} has an impossible offset (${HINT})` };
    const sign = zone.startsWith("-") ? -1 : 1;
    return { ok: true, date: new Date(wall - sign * (hours * 60 + minutes) * 60_000) };
  }
  return { ok: false, message: `${shown} is not a date (${HINT})` };
}

export function isCalendarDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

// Many articles share a day, and each look-up asks Intl for a few offsets.
const midnights = new Map<string, Date>();

/** The first instant of the calendar day y-m-d in `timeZone` (Temporal's startOfDay). */
export function zonedMidnight(y: number, m: number, d: number, timeZone: string): Date {
  const key = `${timeZone}|${y}-${m}-${d}`;
  let date = midnights.get(key);
  if (!date) {
    const wall = Date.UTC(y, m - 1, d);
    const possible = possibleInstants(wall, timeZone);
    // Midnight falls in a gap: the day starts when the clocks jump, the first instant of the day.
    midnights.set(key, (date = new Date(possible[0] ?? transitionInGap(wall, timeZone))));
  }
  return date;
}

/**
 * The instant of a wall-clock time (given as if it were UTC) in `timeZone`, as Temporal's "compatible"
 * disambiguation has it: the earlier of two instants when clocks go back, the time moved forward by the
 * length of the gap when they go forward.
 */
export function wallTimeInstant(wall: number, timeZone: string): number {
  const possible = possibleInstants(wall, timeZone);
  if (possible.length > 0) return possible[0]!;
  const gap = offsetAt(wall + DAY, timeZone) - offsetAt(wall - DAY, timeZone);
  const later = possibleInstants(wall + gap, timeZone);
  return later[later.length - 1] ?? wall + gap - offsetAt(wall + DAY, timeZone);
}

/** Every instant at which clocks in `timeZone` show `wall`: one, two when they go back, none in a gap. */
function possibleInstants(wall: number, timeZone: string): number[] {
  const before = offsetAt(wall - DAY, timeZone);
  const after = offsetAt(wall + DAY, timeZone);
  const instants: number[] = [];
  for (const offset of before === after ? [before] : [before, after]) {
    const instant = wall - offset;
    if (offsetAt(instant, timeZone) === offset) instants.push(instant);
  }
  return instants.sort((a, b) => a - b);
}

/** The instant clocks jump over `wall`: the first with the later offset, found to the second. */
function transitionInGap(wall: number, timeZone: string): number {
  const after = offsetAt(wall + DAY, timeZone);
  let low = wall - after; // still before the jump: the later offset does not apply yet
  let high = wall - offsetAt(wall - DAY, timeZone); // already after it
  while (high - low > 1000) {
    const middle = low + Math.max(1000, Math.floor((high - low) / 2000) * 1000);
    if (offsetAt(middle, timeZone) === after) high = middle;
    else low = middle;
  }
  return high;
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
