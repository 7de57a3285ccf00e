// Next calls register() once when the server starts (not during `next build`).
//
// scripts/server.mjs sets __siteStarted before preparing the app: register() hands it
// where to listen and what to do once listening, or null when a setting is wrong (the
// server then stops). Under `next dev` it is unset.
type Started = {
  port: number;
  host: string | undefined;
  trustProxy: boolean;
  /** SITE_URL's origin: a POST from any other is refused. */
  siteOrigin: string;
  /** Headers every response gets unless Next sets its own (the cached pages' CSP, HSTS over https). */
  defaultHeaders: Record<string, string>;
  /** A cached page's policy, from the hashes of its inline scripts. */
  hashedPagePolicy: (hashes: string[]) => string;
  /** Runs once the server listens at `origin`; requests wait for it. */
  whenListening: (origin: string) => Promise<void>;
  /** Runs on shutdown, after the last request has been answered. */
  stopServices: () => Promise<void>;
  /** An old site's address (WordPress, Ghost) → its new path, answered 301 before Next (lib/import/old-url-redirect.ts). */
  oldAddressRedirect: (url: string | undefined) => string | undefined;
};
const started = () => (globalThis as { __siteStarted?: (start: Started | null) => void }).__siteStarted;

export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  try {
    const { env } = await import("./lib/platform/env");
    const settings = env();
    const { prepareDatabase, whenListening, stopServices } = await import("./lib/platform/startup");
    const { cachedPagePolicy, hashedPagePolicy, HSTS } = await import("./lib/http/content-security-policy");
    const { oldAddressRedirect } = await import("./lib/import/old-url-redirect");
    const siteOrigin = new URL(settings.siteUrl).origin;
    const defaultHeaders: Record<string, string> = { "Content-Security-Policy": cachedPagePolicy() };
    if (siteOrigin.startsWith("https:")) defaultHeaders["Strict-Transport-Security"] = HSTS;
    await prepareDatabase();
    // Sends queued mail (inquiry notifications) and runs the daily retention clean-up.
    const { startOutboxWorker } = await import("./lib/mail/outbox-worker");
    startOutboxWorker();
    started()?.({ port: settings.port, host: settings.host, trustProxy: settings.trustProxy, siteOrigin, defaultHeaders, hashedPagePolicy, whenListening, stopServices, oldAddressRedirect });
  } catch (error) {
    // A bad setting, an unreadable database, a failed migration: say so and stop.
    console.error(error instanceof Error && error.message.startsWith("The server cannot start") ? error.message : error);
    started()?.(null);
  }
}
