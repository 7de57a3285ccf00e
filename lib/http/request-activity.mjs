// How busy the public site is right now: the requests scripts/server.mjs is answering, and
// when the last one ended. Work the site does on its own (an import, lib/import/import-pace.ts)
// reads it to give way to visitors. Kept on globalThis: the server (plain Node) and the app
// (Next's bundle) each load their own copy of this module, and must share one count.
const KEY = Symbol.for("firm-site.request-activity");
const activity = (globalThis[KEY] ??= { inFlight: 0, lastEnded: 0, ownRequests: 0 });

/** Counts a request from its start until its response is done or its connection closes. */
export function trackRequest(res) {
  activity.inFlight++;
  res.once("close", () => {
    activity.inFlight--;
    activity.lastEnded = performance.now();
  });
}

/**
 * For work done inside the request that asked for it (the dry run of an upload, answered once
 * it is planned): that request is not a visitor to give way to. Returns the function that
 * ends it.
 */
export function workInsideRequest() {
  activity.ownRequests++;
  let ended = false;
  return () => {
    if (!ended) activity.ownRequests--;
    ended = true;
  };
}

/** True while a visitor's request is being answered, or one ended less than `quietMs` ago. */
export function siteBusy(quietMs) {
  return activity.inFlight > activity.ownRequests || performance.now() - activity.lastEnded < quietMs;
}
