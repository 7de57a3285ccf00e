// Wall-clock times in the firm's time zone ↔ UTC instants, DST included, with Intl only.
import { wallClockParts } from "./format";

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;
const HOUR = 60 * 60 * 1000;

/** How far `timeZone` is ahead of UTC at `instant`, in milliseconds (-5 h → -18000000). */
function offsetAt(instant: number, timeZone: string): number {
  const w = wallClockParts(new Date(instant), timeZone);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return asUtc - Math.floor(instant / 1000) * 1000;
}

/**
 * "2026-03-08T09:30" read as a wall-clock time in `timeZone` → the UTC instant, or
 * undefined when the text is not such a time. Like Temporal's "compatible": a time
 * the clocks skip (spring forward) moves forward by the gap; a time that happens
 * twice (fall back) is the earlier one.
 */
export function zonedTimeToUtc(local: string, timeZone: string): Date | undefined {
  const m = LOCAL.exec(local);
  if (!m) return undefined;
  const [year, month, day, hour, minute, second] = m.slice(1).map((v) => Number(v ?? 0)) as [number, number, number, number, number, number];
  const wall = Date.UTC(year, month - 1, day, hour, minute, second);
  const check = new Date(wall);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day || hour > 23 || minute > 59 || second > 59) {
    return undefined;
  }
  const before = offsetAt(wall - 24 * HOUR, timeZone);
  const after = offsetAt(wall + 24 * HOUR, timeZone);
  const candidates = [...new Set([before, after])]
    .map((offset) => wall - offset)
    .filter((instant) => offsetAt(instant, timeZone) === wall - instant)
    .sort((a, b) => a - b);
  // No candidate: the clocks skipped this time; keep the offset from before the jump.
  return new Date(candidates[0] ?? wall - before);
}

/** The instant as "YYYY-MM-DDTHH:mm:ss" on the wall clock of `timeZone` (for a datetime-local field). */
export function utcToZonedTime(instant: Date, timeZone: string): string {
  const w = wallClockParts(instant, timeZone);
  const pad = (n: number, size = 2) => String(n).padStart(size, "0");
  return `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}:${pad(w.second)}`;
}
