// Next calls register() once when the server starts (not during `next build`).
//
// scripts/server.mjs sets __siteStarted before preparing the app: register() hands it
// where to listen and what to do once listening, or null when a setting is wrong (the
// server then stops). Under `next dev` it is unset.
type Started = {
  port: number;
  host: string | undefined;
  trustProxy: boolean;
  /** Runs once the server listens at `origin`; requests wait for it. */
  whenListening: (origin: string) => Promise<void>;
};
const started = () => (globalThis as { __siteStarted?: (start: Started | null) => void }).__siteStarted;

export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { env } = await import("./lib/env");
  let settings;
  try {
    settings = env();
  } catch (error) {
    console.error((error as Error).message);
    started()?.(null);
    return;
  }
  const { prepareDatabase } = await import("./lib/startup");
  await prepareDatabase();
  // Sends queued mail (inquiry notifications) and runs the daily retention clean-up.
  const { startOutboxWorker } = await import("./lib/outbox-worker");
  startOutboxWorker();
  const { whenListening } = await import("./lib/startup");
  started()?.({ port: settings.port, host: settings.host, trustProxy: settings.trustProxy, whenListening });
}
