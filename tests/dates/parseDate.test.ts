import { describe, expect, it } from "vitest";
import { parseDate, zonedMidnight } from "../../src/dates/parseDate.ts";

const ok = (value: unknown, timeZone = "UTC") => {
  const result = parseDate(value, timeZone);
  if (!result.ok) throw new Error(`expected a date, got: ${result.message}`);
  return result.date.toISOString();
};
const message = (value: unknown) => {
  const result = parseDate(value, "UTC");
  if (result.ok) throw new Error(`expected an error for ${String(value)}`);
  return result.message;
};

describe("parseDate", () => {
  it("reads a calendar date as midnight in the site's time zone", () => {
    expect(ok("2025-03-14")).toBe("2025-03-14T00:00:00.000Z");
    expect(ok("2025-03-14", "Asia/Shanghai")).toBe("2025-03-13T16:00:00.000Z");
    expect(ok("2025-07-01", "America/New_York")).toBe("2025-07-01T04:00:00.000Z");
    expect(ok("2025-01-01", "America/New_York")).toBe("2025-01-01T05:00:00.000Z");
  });

  it("reads ISO 8601 with Z or an offset", () => {
    expect(ok("2025-06-02T08:30:00Z")).toBe("2025-06-02T08:30:00.000Z");
    expect(ok("2025-06-02T08:30:00+08:00")).toBe("2025-06-02T00:30:00.000Z");
    expect(ok("2025-06-02T08:30-0230")).toBe("2025-06-02T11:00:00.000Z");
    expect(ok("2025-06-02 08:30:15.250Z")).toBe("2025-06-02T08:30:15.250Z");
  });

  it("rejects impossible dates with the fix", () => {
    expect(message("2023-13-45")).toBe('"2023-13-45" is not a date (use YYYY-MM-DD)');
    expect(message("2023-02-29")).toBe('"2023-02-29" is not a date (use YYYY-MM-DD)');
    expect(ok("2024-02-29")).toBe("2024-02-29T00:00:00.000Z");
    expect(message("2025-06-02T25:00:00Z")).toContain("is not a date");
    expect(message("14/03/2025")).toContain("use YYYY-MM-DD");
    expect(message(2025)).toContain("2025 is not a date");
  });

  it("reads dates as Jekyll and Hexo write them: a space, an offset without a colon or without minutes", () => {
    expect(ok("2013-05-06 02:12:52 +0200")).toBe("2013-05-06T00:12:52.000Z");
    expect(ok("2013-05-06 02:12:52 -0800")).toBe("2013-05-06T10:12:52.000Z");
    expect(ok("2013-05-06T02:12+08")).toBe("2013-05-05T18:12:00.000Z");
    expect(message("2023-01-29 18:30:22 2023 -0800")).toContain("is not a date");
  });

  it("reads a time without a zone as a time in the site's time zone", () => {
    expect(ok("2019-01-01 10:00:00")).toBe("2019-01-01T10:00:00.000Z");
    expect(ok("2019-01-11 22:13", "Asia/Shanghai")).toBe("2019-01-11T14:13:00.000Z");
    expect(ok("2025-07-01T09:00:00", "America/New_York")).toBe("2025-07-01T13:00:00.000Z");
    expect(ok("2025-01-01T09:00:00", "America/New_York")).toBe("2025-01-01T14:00:00.000Z");
  });

  it("starts a day whose midnight does not exist at its first instant (Temporal's startOfDay)", () => {
    // Chile: on 2022-09-11 clocks went from 00:00 (-04) straight to 01:00 (-03).
    expect(ok("2022-09-11", "America/Santiago")).toBe("2022-09-11T04:00:00.000Z");
    expect(ok("2022-09-10", "America/Santiago")).toBe("2022-09-10T04:00:00.000Z");
    expect(ok("2022-09-12", "America/Santiago")).toBe("2022-09-12T03:00:00.000Z");
    // Cuba: on 2023-03-12 clocks went from 00:00 (-05) straight to 01:00 (-04).
    expect(ok("2023-03-12", "America/Havana")).toBe("2023-03-12T05:00:00.000Z");
    // The day is the day written, seen in that zone: not the evening before, as a midnight taken at the old
    // offset would show it.
    const shown = new Intl.DateTimeFormat("en-CA", { timeZone: "America/Santiago", dateStyle: "short", timeStyle: "short", hourCycle: "h23" });
    expect(shown.format(new Date(ok("2022-09-11", "America/Santiago")))).toBe("2022-09-11, 01:00");
  });

  it("takes the first of two midnights when clocks go back at 01:00", () => {
    // Cuba: on 2023-11-05 clocks went back from 01:00 (-04) to 00:00 (-05), so midnight came twice.
    expect(ok("2023-11-05", "America/Havana")).toBe("2023-11-05T04:00:00.000Z");
  });

  it("moves a wall-clock time in a gap forward by the gap, and takes the earlier of a repeated time", () => {
    expect(ok("2022-09-11 00:30", "America/Santiago")).toBe("2022-09-11T04:30:00.000Z");
    expect(ok("2025-03-30 02:30", "Europe/Berlin")).toBe("2025-03-30T01:30:00.000Z");
    expect(ok("2025-10-26 02:30", "Europe/Berlin")).toBe("2025-10-26T00:30:00.000Z");
    expect(ok("2025-10-26 03:30", "Europe/Berlin")).toBe("2025-10-26T02:30:00.000Z");
  });

  it("finds midnight across a daylight-saving change", () => {
    // Europe/Berlin switches to summer time on 2025-03-30 at 02:00.
    expect(zonedMidnight(2025, 3, 30, "Europe/Berlin").toISOString()).toBe("2025-03-29T23:00:00.000Z");
    expect(zonedMidnight(2025, 3, 31, "Europe/Berlin").toISOString()).toBe("2025-03-30T22:00:00.000Z");
  });
});
