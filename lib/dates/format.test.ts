import { expect, it } from "vitest";
import { calendarDateIn, formatSortableStamp, formatCalendarDate, formatDate, formatDateTime, rfc822Date, formatAge, isLaterDay } from "./format";

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

it("says how long ago an inquiry arrived", () => {
  const now = new Date("2026-11-29T05:00:00Z");
  const ago = (ms: number) => formatAge(new Date(now.getTime() - ms), now);
  expect([ago(20_000), ago(12 * 60_000), ago(3 * 3600_000 + 59 * 60_000), ago(26 * 3600_000), ago(50 * 3600_000)]).toEqual(["just now", "12 min ago", "3 h ago", "1 day ago", "2 days ago"]);
});

it("counts a later day in the firm's time zone, not in UTC", () => {
  // 10 p.m. and 11:30 p.m. on Nov 28 in Chicago: the second is already Nov 29 in UTC, still Nov 28 there.
  expect(isLaterDay(new Date("2026-11-29T05:30:00Z"), new Date("2026-11-29T04:00:00Z"), CHICAGO)).toBe(false);
  expect(isLaterDay(new Date("2026-11-29T06:01:00Z"), new Date("2026-11-29T04:00:00Z"), CHICAGO)).toBe(true);
  expect(isLaterDay(new Date("2026-11-29T04:00:00Z"), new Date("2026-11-29T04:00:00Z"), CHICAGO)).toBe(false);
});

it("knows the calendar date in the firm's time zone: the form's and the inbox's today", () => {
  const lateEvening = new Date("2026-11-29T03:00:00Z"); // 9 p.m. on the 28th in Chicago
  expect(calendarDateIn(lateEvening, CHICAGO)).toBe("2026-11-28");
  expect(calendarDateIn(lateEvening, "UTC")).toBe("2026-11-29");
});

it("writes a received time as a spreadsheet sorts it, in the firm's zone, on a 24-hour clock", () => {
  expect(formatSortableStamp(new Date("2026-11-28T22:05:00Z"), CHICAGO)).toBe("2026-11-28 16:05");
  expect(formatSortableStamp(new Date("2026-11-29T05:59:00Z"), CHICAGO)).toBe("2026-11-28 23:59");
  expect(formatSortableStamp(new Date("2026-11-29T06:00:00Z"), CHICAGO)).toBe("2026-11-29 00:00");
});
