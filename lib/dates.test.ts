import { expect, it } from "vitest";
import { formatCalendarDate, formatDate, formatDateTime } from "./dates";

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
