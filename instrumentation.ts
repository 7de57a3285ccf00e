// Next calls register() once when the server starts (not during `next build`).
type Listen = { port: number; host: string | undefined; trustProxy: boolean };
// Set by scripts/server.mjs: told where to listen once the database is ready, or null
// when a setting is wrong (the server then stops). Unset under `next dev`.
const started = () => (globalThis as { __siteStarted?: (listen: Listen | null) => void }).__siteStarted;

export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { env } = await import("./lib/env");
  let listen: Listen;
  try {
    const { port, host, trustProxy } = env();
    listen = { port, host, trustProxy };
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
  started()?.(listen);
}
