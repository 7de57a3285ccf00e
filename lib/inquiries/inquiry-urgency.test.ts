import { afterEach, beforeEach, expect, it } from "vitest";
import { createInquiry, getInquiry } from "@/db/inquiries/inquiries";
import { inquiryValues } from "@/db/inquiries/inquiry-fixtures";
import { useTempDatabase } from "@/db/temp-database";
import { isUrgent, urgencyWindow } from "./inquiry-urgency";

let temp: ReturnType<typeof useTempDatabase>;
beforeEach(() => (temp = useTempDatabase()));
afterEach(() => temp.remove());

it("the window is today and the next 3 days in the firm's time zone", () => {
  // 9 p.m. on Nov 28 in Chicago is already Nov 29 in UTC.
  expect(urgencyWindow("America/Chicago", new Date("2026-11-29T03:00:00Z"))).toEqual({ today: "2026-11-28", urgentUntil: "2026-12-01" });
});

it("says urgent exactly when the inbox's SQL does, for a new inquiry", () => {
  const window = { today: "2026-11-28", urgentUntil: "2026-12-01" };
  const cases = [
    { custodyStatus: "in_custody", courtDate: null },
    { custodyStatus: "in_custody", courtDate: "2027-01-10" },
    { custodyStatus: "not_arrested", courtDate: "2026-11-28" },
    { custodyStatus: "released_on_bond", courtDate: "2026-12-01" },
    { custodyStatus: "released_on_bond", courtDate: "2026-12-02" },
    { custodyStatus: "not_arrested", courtDate: "2026-11-27" },
    { custodyStatus: "not_arrested", courtDate: null },
  ];
  let n = 0;
  for (const values of cases) {
    const { id } = createInquiry(inquiryValues(values), () => [], () => `REF-${++n}`);
    expect(getInquiry(id, window)!.urgent, JSON.stringify(values)).toBe(isUrgent(values, window));
  }
  expect(cases.map((c) => isUrgent(c, window))).toEqual([true, true, true, true, false, false, false]);
});
