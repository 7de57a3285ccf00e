// An import runs in the server that answers the public site, on the same event loop and
// CPU: between its steps (a post, an image, a page of the dry run) it gives way while
// visitors are being answered, so a post page during an import is answered about as fast
// as without one. On a quiet site it does not wait; on a site busy without a pause, it
// waits at most `maxMs` per step, so the import still moves on.
import "server-only";
import { setImmediate as nextTurn, setTimeout as sleep } from "node:timers/promises";
import { siteBusy } from "@/lib/http/request-activity.mjs";

/** How long the site must have had no request in progress to count as quiet. */
const QUIET_MS = 25;

export async function giveWayToVisitors(maxMs = 1000): Promise<void> {
  // Requests already waiting for this turn start first.
  await nextTurn();
  const until = performance.now() + maxMs;
  while (siteBusy(QUIET_MS) && performance.now() < until) await sleep(10);
}
