import { describe, expect, it } from "vitest";
import { formatDateTime } from "./format";
import { utcToZonedTime, zonedTimeToUtc } from "./zoned-time";

const CHICAGO = "America/Chicago";

describe("zonedTimeToUtc", () => {
  it("reads winter times as CST (UTC-6) and summer times as CDT (UTC-5)", () => {
    expect(zonedTimeToUtc("2026-01-15T09:30", CHICAGO)?.toISOString()).toBe("2026-01-15T15:30:00.000Z");
    expect(zonedTimeToUtc("2026-07-04T09:30", CHICAGO)?.toISOString()).toBe("2026-07-04T14:30:00.000Z");
    expect(zonedTimeToUtc("2026-07-04T09:30:15", CHICAGO)?.toISOString()).toBe("2026-07-04T14:30:15.000Z");
  });

  it("handles the days the clocks change", () => {
    // 2026-03-08: 2:00 CST becomes 3:00 CDT.
    expect(zonedTimeToUtc("2026-03-08T01:59", CHICAGO)?.toISOString()).toBe("2026-03-08T07:59:00.000Z");
    expect(zonedTimeToUtc("2026-03-08T03:00", CHICAGO)?.toISOString()).toBe("2026-03-08T08:00:00.000Z");
    // 2:30 does not exist that night: it moves forward to 3:30 CDT.
    expect(zonedTimeToUtc("2026-03-08T02:30", CHICAGO)?.toISOString()).toBe("2026-03-08T08:30:00.000Z");
    // 2026-11-01: 1:30 happens twice; the first (CDT) is meant.
    expect(zonedTimeToUtc("2026-11-01T01:30", CHICAGO)?.toISOString()).toBe("2026-11-01T06:30:00.000Z");
    expect(zonedTimeToUtc("2026-11-01T02:30", CHICAGO)?.toISOString()).toBe("2026-11-01T08:30:00.000Z");
  });

  it("works in other zones, including ones without DST and half-hour offsets", () => {
    expect(zonedTimeToUtc("2026-07-01T12:00", "America/Phoenix")?.toISOString()).toBe("2026-07-01T19:00:00.000Z");
    expect(zonedTimeToUtc("2026-07-01T12:00", "Asia/Kolkata")?.toISOString()).toBe("2026-07-01T06:30:00.000Z");
    expect(zonedTimeToUtc("2026-07-01T12:00", "UTC")?.toISOString()).toBe("2026-07-01T12:00:00.000Z");
  });

  it("refuses text that is not a date and time", () => {
    for (const bad of ["", "2026-02-30T10:00", "2026-01-01", "2026-01-01T24:00", "tomorrow", "2026-01-01T10:00Z"]) {
      expect(zonedTimeToUtc(bad, CHICAGO), bad).toBeUndefined();
    }
  });
});

describe("utcToZonedTime", () => {
  it("is the inverse of zonedTimeToUtc across DST", () => {
    for (const local of ["2026-01-15T09:30:00", "2026-03-08T03:00:00", "2026-07-04T23:59:59", "2026-11-01T01:30:00", "2026-12-31T23:00:00"]) {
      expect(utcToZonedTime(zonedTimeToUtc(local, CHICAGO)!, CHICAGO)).toBe(local);
    }
  });

  it("formats a moment with its zone's abbreviation", () => {
    expect(formatDateTime(new Date("2026-07-04T14:30:00Z"), CHICAGO)).toMatch(/Jul 4, 2026.*9:30\sAM CDT/);
  });
});
