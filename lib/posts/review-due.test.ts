import { describe, expect, it } from "vitest";
import { reviewDueBefore } from "./review-due";

describe("reviewDueBefore", () => {
  it("is the same moment a year earlier", () => {
    const now = new Date(2026, 4, 15, 9, 30);
    expect(reviewDueBefore(now)).toEqual(new Date(2025, 4, 15, 9, 30));
    expect(now).toEqual(new Date(2026, 4, 15, 9, 30));
  });

  it("counts from the day after a February 29 a year on, as a year earlier by the calendar does", () => {
    const leap = new Date(2024, 1, 29, 12);
    const yearAgo = new Date(leap);
    yearAgo.setFullYear(leap.getFullYear() - 1);
    expect(reviewDueBefore(leap)).toEqual(yearAgo);
  });
});
