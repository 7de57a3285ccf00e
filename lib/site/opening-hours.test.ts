import { expect, it } from "vitest";
import { describeOpeningHours, formatTime, openingHoursSchema } from "./opening-hours";

const weekday = (day: "mon" | "tue" | "wed" | "thu" | "fri", opens = "08:30", closes = "17:30") => ({ day, opens, closes });

it("groups following days with the same hours and leaves out closed days", () => {
  const hours = [weekday("mon"), weekday("tue"), weekday("wed"), weekday("thu"), weekday("fri", "08:30", "12:00"), { day: "sat" as const, opens: "09:00", closes: "12:00" }];
  expect(describeOpeningHours(hours)).toEqual(["Monday–Thursday: 8:30 a.m.–5:30 p.m.", "Friday: 8:30 a.m.–noon", "Saturday: 9 a.m.–noon"]);
  expect(describeOpeningHours([])).toEqual([]);
});

it("writes times the way people read them", () => {
  expect(formatTime("00:15")).toBe("12:15 a.m.");
  expect(formatTime("17:00")).toBe("5 p.m.");
});

it("refuses a day that closes before it opens, a time that is not one, and a day twice", () => {
  expect(openingHoursSchema.safeParse([weekday("mon", "17:00", "09:00")]).success).toBe(false);
  expect(openingHoursSchema.safeParse([weekday("mon", "25:00", "26:00")]).success).toBe(false);
  expect(openingHoursSchema.safeParse([weekday("mon"), weekday("mon")]).success).toBe(false);
  expect(openingHoursSchema.safeParse([weekday("mon")]).success).toBe(true);
});

it("names the days and times in Spanish on the Spanish site", () => {
  const hours = [weekday("mon", "08:30", "17:30"), weekday("tue", "08:30", "17:30"), { day: "sat" as const, opens: "09:00", closes: "12:00" }];
  expect(describeOpeningHours(hours, "es")).toEqual(["Lunes–martes: 8:30 a.m.–5:30 p.m.", "Sábado: 9 a.m.–12 p.m."]);
});
