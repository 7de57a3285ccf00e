// Next calls register() once when the server starts (not during `next build`).
//
// scripts/server.mjs (`npm start`, `npm run dev`) sets __siteStarted before preparing the
// app: register() hands it where to listen and what the request layer needs, or null when
// a setting is wrong (the server then stops). Plain `next start` or `next dev` never set
// it, and would serve without the request gate, the cached pages' policy, the body limits
// and the start-up refresh: register() stops them with a message instead.
import type { IncomingMessage } from "node:http";

type Started = {
  port: number;
  host: string | undefined;
  trustProxy: boolean;
  /** SITE_URL's origin: a POST from any other is refused. */
  siteOrigin: string;
  /** Headers every response gets unless Next sets its own (the cached pages' CSP, HSTS over https). */
  defaultHeaders: Record<string, string>;
  /** The cached pages' policy: the fallback, the exact one from a page's script hashes, and a warning. */
  pagePolicy: { fallback: string; withHashes: (hashes: string[]) => string; onOtherScripts: (path: string, count: number) => void };
  /** Whether a request's cookie holds a live session (asked before a large admin body is read). */
  isSignedIn: (req: IncomingMessage) => Promise<boolean>;
  /** Where an imported site's old address (path and query) leads now, answered 301 before Next. */
  oldAddressTarget: (url: string) => string | undefined;
  /** The visit beacon's status for this body (lib/visits/beacon-answer.ts), answered before Next. */
  answerBeacon: (req: IncomingMessage, body: string) => number;
  /** The Set-Cookie that gives a visitor of a form page its form token, or undefined when the Cookie header holds a good one. */
  formTokenCookie: (cookieHeader: string | undefined, pagePath: string) => string | undefined;
  /** Runs once the server listens at `origin`; requests wait for it. */
  whenListening: (origin: string) => Promise<void>;
  /** Runs on shutdown, after the last request has been answered. */
  stopServices: () => Promise<void>;
};
const started = () => (globalThis as { __siteStarted?: (start: Started | null) => void }).__siteStarted;

export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const start = started();
  if (!start) {
    console.error(
      "This site is served by its own server, which adds the request checks, the security policy of cached pages and the body limits that Next alone would not.\n" +
        "Start it with `npm start` (production) or `npm run dev` (development), not `next start` or `next dev`.",
    );
    process.exit(1);
  }
  try {
    const { env } = await import("./lib/platform/env");
    const settings = env();
    const { prepareDatabase, whenListening, stopServices } = await import("./lib/platform/startup");
    const { cachedPagePolicy, hashedPagePolicy, HSTS } = await import("./lib/http/content-security-policy");
    const { hasLiveSession } = await import("./lib/accounts/auth");
    const { logLine } = await import("./lib/platform/log");
    const { oldAddressTarget } = await import("./lib/import/old-url-redirect");
    const { answerBeacon } = await import("./lib/visits/beacon-answer");
    const { formTokenCookie } = await import("./lib/inquiries/form-token");
    const siteOrigin = new URL(settings.siteUrl).origin;
    const fallback = cachedPagePolicy(process.env.NODE_ENV === "development");
    const defaultHeaders: Record<string, string> = { "Content-Security-Policy": fallback };
    if (siteOrigin.startsWith("https:")) defaultHeaders["Strict-Transport-Security"] = HSTS;
    await prepareDatabase();
    // Sends queued mail (inquiry notifications); the daily chores run beside it.
    const { startOutboxWorker } = await import("./lib/mail/outbox-worker");
    startOutboxWorker();
    start({
      port: settings.port,
      host: settings.host,
      trustProxy: settings.trustProxy,
      siteOrigin,
      defaultHeaders,
      pagePolicy: {
        fallback,
        withHashes: hashedPagePolicy,
        onOtherScripts: (path, count) => logLine("csp", `${path}: ${count} inline script(s) that are not the framework's will not run`, "warn"),
      },
      isSignedIn: (req) => hasLiveSession(req.headers.cookie),
      oldAddressTarget,
      // Next would fill x-forwarded-for with the socket's address; before Next, this does.
      answerBeacon: (req, body) => answerBeacon(body, { ...req.headers, "x-forwarded-for": req.headers["x-forwarded-for"] ?? req.socket.remoteAddress }),
      formTokenCookie,
      whenListening,
      stopServices,
    });
  } catch (error) {
    // A bad setting, an unreadable database, a failed migration: say so and stop.
    console.error(error instanceof Error && error.message.startsWith("The server cannot start") ? error.message : error);
    start(null);
  }
}
