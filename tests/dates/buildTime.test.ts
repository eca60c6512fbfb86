import { describe, expect, it } from "vitest";
import { buildTime } from "../../src/dates/buildTime.ts";
import { SettingError } from "../../src/site.ts";

const FIX = "(set it to whole seconds since 1970-01-01 UTC, e.g. SOURCE_DATE_EPOCH=$(git log -1 --format=%ct), or unset it)";

describe("buildTime", () => {
  it("is SOURCE_DATE_EPOCH when it is set", () => {
    expect(buildTime({ SOURCE_DATE_EPOCH: "1764547200" }).toISOString()).toBe("2025-12-01T00:00:00.000Z");
    expect(buildTime({ SOURCE_DATE_EPOCH: "0" }).toISOString()).toBe("1970-01-01T00:00:00.000Z");
    expect(buildTime({ SOURCE_DATE_EPOCH: "253402300799" }).toISOString()).toBe("9999-12-31T23:59:59.000Z");
  });

  it("is the current time when it is not set", () => {
    const before = Date.now();
    const now = buildTime({}).getTime();
    expect(now).toBeGreaterThanOrEqual(before);
    expect(now).toBeLessThanOrEqual(Date.now());
  });

  it.each(["abc", "-1", "99999999999999", "", " 1764547200", "1764547200.5", "1e9", "253402300800"])(
    "refuses %j, naming the variable and the form it takes",
    (value) => {
      let error: unknown;
      try {
        buildTime({ SOURCE_DATE_EPOCH: value });
      } catch (thrown) {
        error = thrown;
      }
      expect(error).toBeInstanceOf(SettingError);
      expect((error as SettingError).variable).toBe("SOURCE_DATE_EPOCH");
      expect((error as SettingError).message).toBe(`SOURCE_DATE_EPOCH=${JSON.stringify(value)} is not a time ${FIX}`);
    },
  );
});
