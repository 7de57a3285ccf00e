// How the firm reads dates and times: one format each, always in the firm's time zone.
// Formatters are built once per zone and style (building one costs far more than using it).

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(key: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  let made = formatters.get(key);
  if (!made) {
    made = new Intl.DateTimeFormat("en-US", options);
    formatters.set(key, made);
  }
  return made;
}

/** A date as the firm reads it ("March 4, 2026"), in the firm's time zone. */
export function formatDate(date: Date, timeZone: string): string {
  return formatter(`date:${timeZone}`, { dateStyle: "long", timeZone }).format(date);
}

/** A moment as the firm reads it ("Nov 28, 2026, 4:05 PM CST"), in the firm's time zone. */
export function formatDateTime(date: Date, timeZone: string): string {
  return formatter(`datetime:${timeZone}`, {
    month: "short",
    day: "numeric",
    year: "numeric",
    hour: "numeric",
    minute: "2-digit",
    timeZone,
    timeZoneName: "short",
  }).format(date);
}

/** A calendar date given as YYYY-MM-DD ("Dec 1, 2026"), without shifting it through a time zone. */
export function formatCalendarDate(text: string | null | undefined): string {
  if (!text || !/^\d{4}-\d{2}-\d{2}$/.test(text)) return text ?? "";
  return formatter("calendar", { dateStyle: "medium", timeZone: "UTC" }).format(new Date(`${text}T00:00:00Z`));
}

/** The fields of a wall-clock reading of `instant` in `timeZone` (24-hour clock). */
export function wallClockParts(instant: Date, timeZone: string): Record<"year" | "month" | "day" | "hour" | "minute" | "second", number> {
  const parts = formatter(`wall:${timeZone}`, {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(instant);
  const value = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  return { year: value("year"), month: value("month"), day: value("day"), hour: value("hour"), minute: value("minute"), second: value("second") };
}
