// How busy the public site is right now: the requests scripts/server.mjs is answering, and
// when the last one ended. Work the site does on its own (an import, lib/import/import-pace.ts)
// reads it to give way to visitors. Kept on globalThis: the server (plain Node) and the app
// (Next's bundle) each load their own copy of this module, and must share one count.
const KEY = Symbol.for("firm-site.request-activity");
const activity = (globalThis[KEY] ??= { inFlight: 0, lastEnded: 0 });

/** Counts a request from its start until its response is done or its connection closes. */
export function trackRequest(res) {
  activity.inFlight++;
  res.once("close", () => {
    activity.inFlight--;
    activity.lastEnded = performance.now();
  });
}

/** True while a request is being answered, or one ended less than `quietMs` ago. */
export function siteBusy(quietMs) {
  return activity.inFlight > 0 || performance.now() - activity.lastEnded < quietMs;
}
