import { describe, expect, it } from "vitest";
import { calendarDate, isoDate, readableDate } from "../../src/dates/formatDate.ts";

describe("readableDate", () => {
  it("formats in the site's time zone and the page's language", () => {
    const date = new Date("2025-03-14T23:30:00Z");
    expect(readableDate(date, "en", "UTC")).toBe("March 14, 2025");
    expect(readableDate(date, "en", "Asia/Shanghai")).toBe("March 15, 2025");
    expect(readableDate(date, "zh-CN", "Asia/Shanghai")).toBe("2025年3月15日");
    // Remembered per Date object, language and zone: asking again gives the same answers.
    expect(readableDate(date, "en", "UTC")).toBe("March 14, 2025");
    expect(readableDate(date, "zh-CN", "Asia/Shanghai")).toBe("2025年3月15日");
  });

  it("gives different dates different texts, also for equal instants in new Date objects", () => {
    expect(readableDate(new Date("2024-01-02T12:00:00Z"), "en", "UTC")).toBe("January 2, 2024");
    expect(readableDate(new Date("2024-01-03T12:00:00Z"), "en", "UTC")).toBe("January 3, 2024");
    expect(readableDate(new Date("2024-01-03T12:00:00Z"), "en", "UTC")).toBe("January 3, 2024");
  });
});

describe("isoDate and calendarDate", () => {
  it("give the instant and the calendar day in the site's zone", () => {
    const date = new Date("2025-03-14T23:30:00Z");
    expect(isoDate(date)).toBe("2025-03-14T23:30:00.000Z");
    expect(isoDate(date)).toBe(date.toISOString());
    expect(calendarDate(date, "Asia/Shanghai")).toBe("2025-03-15");
    expect(calendarDate(date, "UTC")).toBe("2025-03-14");
  });
});
