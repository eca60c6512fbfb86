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

  it("asks for a time zone when a time has none", () => {
    expect(message("2025-06-02T08:30:00")).toBe(
      '"2025-06-02T08:30:00" has a time but no time zone (add Z for UTC or an offset such as +08:00)',
    );
  });

  it("finds midnight across a daylight-saving change", () => {
    // Europe/Berlin switches to summer time on 2025-03-30 at 02:00.
    expect(zonedMidnight(2025, 3, 30, "Europe/Berlin").toISOString()).toBe("2025-03-29T23:00:00.000Z");
    expect(zonedMidnight(2025, 3, 31, "Europe/Berlin").toISOString()).toBe("2025-03-30T22:00:00.000Z");
  });
});
