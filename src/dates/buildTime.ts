// "Now" for scheduling: SOURCE_DATE_EPOCH when set, so a build can be repeated exactly.

import { SettingError } from "../site.ts";

/** The last second a date can show with a four-digit year: 9999-12-31T23:59:59Z. */
const LAST_SECOND = 253_402_300_799;

/** SOURCE_DATE_EPOCH as an instant, or the current time when it is not set. Throws a SettingError when it is not a time. */
export function buildTime(env: NodeJS.ProcessEnv = process.env): Date {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch === undefined) return new Date();
  if (!/^\d{1,12}$/.test(epoch) || Number(epoch) > LAST_SECOND) {
    throw new SettingError(
      "SOURCE_DATE_EPOCH",
      `SOURCE_DATE_EPOCH=${JSON.stringify(epoch)} is not a time (set it to whole seconds since 1970-01-01 UTC, ` +
        "e.g. SOURCE_DATE_EPOCH=$(git log -1 --format=%ct), or unset it)",
    );
  }
  return new Date(Number(epoch) * 1000);
}
