// A flood from one address is dropped, not slowed: counted in memory per minute (no query,
// no wait), so a script hammering the beacon costs a map lookup per request and the site
// keeps its speed. A person reads far fewer pages than this in a minute.
export const VIEWS_PER_MINUTE = 60;

type Window = { minute: number; counts: Map<string, number> };
// On globalThis: route bundles are separate module instances.
const holder = globalThis as unknown as { __visitFlood?: Window };

/** Takes one of the address's views for this minute; false once they are used up. */
export function allowViewFrom(addressKey: string, now = Date.now(), perMinute = VIEWS_PER_MINUTE): boolean {
  const minute = Math.floor(now / 60_000);
  let window = holder.__visitFlood;
  if (!window || window.minute !== minute) window = holder.__visitFlood = { minute, counts: new Map() };
  const used = window.counts.get(addressKey) ?? 0;
  if (used >= perMinute) return false;
  window.counts.set(addressKey, used + 1);
  return true;
}
