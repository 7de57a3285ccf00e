// The office's opening hours as values (day, opens, closes), so that they can be shown in
// words and handed to structured data (schema.org openingHoursSpecification). The browser
// imports this too.
import { z } from "zod";
import { LOCALES, type Lang } from "@/lib/i18n/languages";

export const WEEK_DAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;
export type WeekDay = (typeof WEEK_DAYS)[number];

export const DAY_NAMES: Record<WeekDay, string> = {
  mon: "Monday",
  tue: "Tuesday",
  wed: "Wednesday",
  thu: "Thursday",
  fri: "Friday",
  sat: "Saturday",
  sun: "Sunday",
};

/** schema.org's names for the days (https://schema.org/DayOfWeek). */
export const SCHEMA_DAY_NAMES = DAY_NAMES;

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

export const openingHoursSchema = z
  .array(
    z
      .object({
        day: z.enum(WEEK_DAYS),
        opens: z.string().regex(TIME, "Enter a time like 08:30."),
        closes: z.string().regex(TIME, "Enter a time like 17:30."),
      })
      .refine((d) => d.opens < d.closes, { message: "The closing time must come after the opening time.", path: ["closes"] }),
  )
  .max(7)
  .refine((days) => new Set(days.map((d) => d.day)).size === days.length, "Each day once.");

export type OpeningHours = z.infer<typeof openingHoursSchema>;

/** "08:30" → "8:30 a.m.", "17:00" → "5 p.m.", "12:00" → "noon". */
export function formatTime(time: string): string {
  const [h, m] = time.split(":").map(Number) as [number, number];
  if (h === 12 && m === 0) return "noon";
  const hour = h % 12 === 0 ? 12 : h % 12;
  return `${hour}${m ? `:${String(m).padStart(2, "0")}` : ""} ${h < 12 ? "a.m." : "p.m."}`;
}

// 1970-01-05 was a Monday: the days of that week, at noon UTC, name each weekday through Intl.
const dayIndex = (day: WeekDay) => WEEK_DAYS.indexOf(day);
const localDayName = (day: WeekDay, lang: Lang) => new Intl.DateTimeFormat(LOCALES[lang], { weekday: "long", timeZone: "UTC" }).format(Date.UTC(1970, 0, 5 + dayIndex(day), 12));
const localTime = (time: string, lang: Lang) => {
  const [h, m] = time.split(":").map(Number) as [number, number];
  return new Intl.DateTimeFormat(LOCALES[lang], { hour: "numeric", minute: m ? "2-digit" : undefined, timeZone: "UTC" }).format(Date.UTC(1970, 0, 5, h, m));
};

/**
 * The hours in words, days with the same hours grouped when they follow each other:
 * ["Monday–Friday: 8:30 a.m.–5:30 p.m.", "Saturday: 9 a.m.–noon"]. Closed days are left out.
 * In another language the days and times are Intl's in its locale ("Lunes–viernes: 8:30 a.m.–5:30 p.m.").
 */
export function describeOpeningHours(hours: OpeningHours, lang: Lang = "en"): string[] {
  const dayName = (day: WeekDay) => (lang === "en" ? DAY_NAMES[day] : localDayName(day, lang));
  const timeText = (time: string) => (lang === "en" ? formatTime(time) : localTime(time, lang));
  const byDay = new Map(hours.map((h) => [h.day, h]));
  const lines: string[] = [];
  let i = 0;
  while (i < WEEK_DAYS.length) {
    const first = byDay.get(WEEK_DAYS[i]!);
    if (!first) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < WEEK_DAYS.length) {
      const next = byDay.get(WEEK_DAYS[j + 1]!);
      if (!next || next.opens !== first.opens || next.closes !== first.closes) break;
      j++;
    }
    const days = j === i ? dayName(WEEK_DAYS[i]!) : `${dayName(WEEK_DAYS[i]!)}–${dayName(WEEK_DAYS[j]!)}`;
    lines.push(`${days.charAt(0).toUpperCase()}${days.slice(1)}: ${timeText(first.opens)}–${timeText(first.closes)}`);
    i = j + 1;
  }
  return lines;
}
