// Next calls register() once when the server starts (not during `next build`).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { prepareDatabase } = await import("./lib/startup");
  await prepareDatabase();
  // Sends queued mail (inquiry notifications) and runs the daily retention clean-up.
  const { startOutboxWorker } = await import("./lib/outbox-worker");
  startOutboxWorker();
}
