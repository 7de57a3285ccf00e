import { expect, it } from "vitest";
import { formatCalendarDate, formatDate, formatDateTime, rfc822Date } from "./dates";

const CHICAGO = "America/Chicago";

it("shows dates and moments in the firm's time zone, one format each", () => {
  // 03:30 UTC on Nov 29 is still Nov 28 in Chicago.
  const late = new Date("2026-11-29T03:30:00Z");
  expect(formatDate(late, CHICAGO)).toBe("November 28, 2026");
  expect(formatDateTime(late, CHICAGO)).toMatch(/^Nov 28, 2026, 9:30\sPM CST$/);
  expect(formatDateTime(late, "America/New_York")).toMatch(/^Nov 28, 2026, 10:30\sPM EST$/);
});

it("shows a calendar date as given, whatever the zone", () => {
  expect(formatCalendarDate("2026-12-01")).toBe("Dec 1, 2026");
  expect(formatCalendarDate("not a date")).toBe("not a date");
  expect(formatCalendarDate(null)).toBe("");
});

it("writes RSS dates (RFC 822) in the firm's zone, with its offset, across daylight saving", () => {
  // 03:30 UTC on Nov 29 is 9:30 PM on Saturday Nov 28 in Chicago (CST, -0600).
  expect(rfc822Date(new Date("2026-11-29T03:30:00Z"), CHICAGO)).toBe("Sat, 28 Nov 2026 21:30:00 -0600");
  // In July Chicago is on CDT (-0500).
  expect(rfc822Date(new Date("2026-07-04T15:05:09Z"), CHICAGO)).toBe("Sat, 04 Jul 2026 10:05:09 -0500");
  expect(rfc822Date(new Date("2026-01-01T00:00:00Z"), "UTC")).toBe("Thu, 01 Jan 2026 00:00:00 +0000");
  expect(rfc822Date(new Date("2026-01-01T00:00:00Z"), "Asia/Kolkata")).toBe("Thu, 01 Jan 2026 05:30:00 +0530");
});
