/** A date as the firm reads it ("March 4, 2026"), in the firm's time zone. */
export function formatDate(date: Date, timeZone: string): string {
  return new Intl.DateTimeFormat("en-US", { dateStyle: "long", timeZone }).format(date);
}

/** A moment as the firm reads it ("Nov 28, 2026, 4:05 PM"), in the firm's time zone. */
export function formatDateTime(date: Date, timeZone: string): string {
  return new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeStyle: "short", timeZone }).format(date);
}

/** A calendar date given as YYYY-MM-DD ("Dec 1, 2026"), without shifting it through a time zone. */
export function formatCalendarDate(text: string | null | undefined): string {
  if (!text || !/^\d{4}-\d{2}-\d{2}$/.test(text)) return text ?? "";
  return new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeZone: "UTC" }).format(new Date(`${text}T00:00:00Z`));
}
