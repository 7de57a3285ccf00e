/** A date as the firm reads it ("March 4, 2026"), in the firm's time zone. */
export function formatDate(date: Date, timeZone: string): string {
  return new Intl.DateTimeFormat("en-US", { dateStyle: "long", timeZone }).format(date);
}

