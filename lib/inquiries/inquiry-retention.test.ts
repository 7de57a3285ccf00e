import { afterEach, beforeEach, expect, it } from "vitest";
import { changeInquiryStatus, createInquiry, getInquiry } from "@/db/inquiries/inquiries";
import { inquiryValues } from "@/db/inquiries/inquiry-fixtures";
import { useTempDatabase } from "@/db/temp-database";
import { applyInquiryRetention, monthsBefore } from "./inquiry-retention";

let temp: ReturnType<typeof useTempDatabase>;
beforeEach(() => (temp = useTempDatabase()));
afterEach(() => temp.remove());

const window = { today: "2027-01-01", urgentUntil: "2027-01-04" };
let n = 0;
function inquiry(status: Parameters<typeof changeInquiryStatus>[1], receivedAt: string) {
  const { id } = createInquiry(inquiryValues(), () => [], () => `RET-${++n}`, new Date(receivedAt));
  changeInquiryStatus(id, status, null);
  return id;
}

it("deletes closed, declined and spam inquiries older than N months, and nothing else", () => {
  const now = new Date("2027-01-15T12:00:00Z");
  const oldClosed = inquiry("closed", "2026-07-01T00:00:00Z");
  const oldDeclined = inquiry("declined", "2026-06-01T00:00:00Z");
  const oldSpam = inquiry("spam", "2026-01-01T00:00:00Z");
  const oldRetained = inquiry("retained", "2026-01-01T00:00:00Z");
  const oldNew = inquiry("new", "2026-01-01T00:00:00Z");
  const recentClosed = inquiry("closed", "2026-07-16T00:00:00Z");

  expect(applyInquiryRetention(0, now), "0 keeps everything").toBe(0);
  expect(applyInquiryRetention(6, now)).toBe(3);
  for (const id of [oldClosed, oldDeclined, oldSpam]) expect(getInquiry(id, window)).toBeUndefined();
  for (const id of [oldRetained, oldNew, recentClosed]) expect(getInquiry(id, window)).toBeDefined();
  expect(applyInquiryRetention(6, now)).toBe(0);
});

it("counts months on the calendar", () => {
  expect(monthsBefore(new Date("2027-01-15T12:00:00Z"), 6).toISOString()).toBe("2026-07-15T12:00:00.000Z");
  expect(monthsBefore(new Date("2027-01-15T12:00:00Z"), 24).toISOString()).toBe("2025-01-15T12:00:00.000Z");
});
