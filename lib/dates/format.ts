// How the firm reads dates and times: one format each, always in the firm's time zone.
// Formatters are built once per zone and style (building one costs far more than using it).

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(key: string, options: Intl.DateTimeFormatOptions, locale = "en-US"): Intl.DateTimeFormat {
  let made = formatters.get(`${locale}:${key}`);
  if (!made) {
    made = new Intl.DateTimeFormat(locale, options);
    formatters.set(`${locale}:${key}`, made);
  }
  return made;
}

/** A date as the firm reads it ("March 4, 2026"; in `locale` es-US "4 de marzo de 2026"), in the firm's time zone. */
export function formatDate(date: Date, timeZone: string, locale = "en-US"): string {
  return formatter(`date:${timeZone}`, { dateStyle: "long", timeZone }, locale).format(date);
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

const DAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const two = (n: number) => String(n).padStart(2, "0");

/** A moment as RSS 2.0 writes it (RFC 822, four-digit year), in the firm's time zone: "Wed, 04 Mar 2026 09:30:00 -0600". */
export function rfc822Date(date: Date, timeZone: string): string {
  const wall = wallClockParts(date, timeZone);
  const wallAsUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
  const offsetMinutes = Math.round((wallAsUtc - Math.floor(date.getTime() / 1000) * 1000) / 60_000);
  const sign = offsetMinutes < 0 ? "-" : "+";
  const offset = `${sign}${two(Math.floor(Math.abs(offsetMinutes) / 60))}${two(Math.abs(offsetMinutes) % 60)}`;
  const weekday = DAYS[new Date(wallAsUtc).getUTCDay()];
  return `${weekday}, ${two(wall.day)} ${MONTHS[wall.month - 1]} ${wall.year} ${two(wall.hour)}:${two(wall.minute)}:${two(wall.second)} ${offset}`;
}

/** How long ago something arrived, as a glance at the inbox needs it: "just now", "12 min ago", "3 h ago", "2 days ago". */
export function formatAge(date: Date, now = new Date()): string {
  const minutes = Math.floor((now.getTime() - date.getTime()) / 60_000);
  if (minutes < 1) return "just now";
  if (minutes < 60) return `${minutes} min ago`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return `${hours} h ago`;
  const days = Math.floor(hours / 24);
  return days === 1 ? "1 day ago" : `${days} days ago`;
}

/** A moment as a spreadsheet sorts it, in the firm's time zone: "2026-11-28 16:05" (the inbox's CSV). */
export function formatSortableStamp(instant: Date, timeZone: string): string {
  const { year, month, day, hour, minute } = wallClockParts(instant, timeZone);
  return `${year}-${two(month)}-${two(day)} ${two(hour)}:${two(minute)}`;
}

/** The calendar date (YYYY-MM-DD) of `instant` in `timeZone`. */
export function calendarDateIn(instant: Date, timeZone: string): string {
  const { year, month, day } = wallClockParts(instant, timeZone);
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** Whether `later` falls on a later calendar day than `earlier` in the firm's time zone: what makes a post "Updated". */
export function isLaterDay(later: Date, earlier: Date, timeZone: string): boolean {
  return calendarDateIn(later, timeZone) > calendarDateIn(earlier, timeZone);
}
