// The report's ranges and the calendar days they cover. Plain module: the page's links and
// the CSV route read the same names.

export const INSIGHT_RANGES = {
  "7d": { label: "7 days", days: 7 },
  "30d": { label: "30 days", days: 30 },
  "90d": { label: "90 days", days: 90 },
  "12m": { label: "12 months", days: 365 },
} as const;
export type InsightRange = keyof typeof INSIGHT_RANGES;

export function parseInsightRange(value: unknown): InsightRange {
  return typeof value === "string" && Object.hasOwn(INSIGHT_RANGES, value) ? (value as InsightRange) : "30d";
}

/** `day` (YYYY-MM-DD) moved by `delta` calendar days. */
export function addDays(day: string, delta: number): string {
  const date = new Date(`${day}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + delta);
  return date.toISOString().slice(0, 10);
}

/** Every day from `from` to `to`, inclusive. */
export function daysBetween(from: string, to: string): string[] {
  const days: string[] = [];
  for (let day = from; day <= to && days.length < 1000; day = addDays(day, 1)) days.push(day);
  return days;
}

/** Whole days from `from` to `to` (0 when they are the same day). */
export function dayDistance(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T12:00:00Z`) - Date.parse(`${from}T12:00:00Z`)) / 86_400_000);
}
