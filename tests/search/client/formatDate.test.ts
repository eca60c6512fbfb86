import { describe, expect, it } from "vitest";
import { formatDate } from "../../../src/client/formatDate.ts";

describe("formatDate", () => {
  it("shows a calendar date as that day in every time zone", () => {
    expect(formatDate("2024-03-05", "en-GB")).toBe("5 Mar 2024");
    expect(formatDate("2024-03-05", "en-US")).toBe("Mar 5, 2024");
  });

  it("formats a full instant and leaves what it cannot parse as it is", () => {
    expect(formatDate("2024-03-05T12:00:00Z", "en-GB")).toBe("5 Mar 2024");
    expect(formatDate("someday", "en")).toBe("someday");
  });

  it("survives an invalid page language", () => {
    expect(formatDate("2024-03-05", "not a locale!")).toMatch(/2024/);
  });
});
