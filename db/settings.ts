import "server-only";
import { settings } from "./schema";
import { db } from "./client";

// Bumped by every write in this process, so that readers can keep parsed settings until
// they change (lib/site/settings.ts). On globalThis: route bundles are separate module instances.
const holder = globalThis as unknown as { __settingsVersion?: number };

/** Changes whenever this process writes a setting. */
export function settingsVersion(): number {
  return holder.__settingsVersion ?? 0;
}

/** Every stored setting as key → parsed JSON value. */
export function readSettingValues(): Record<string, unknown> {
  const rows = db().select().from(settings).all();
  return Object.fromEntries(rows.map((row) => [row.key, row.value]));
}

/** Inserts or replaces the given settings in one transaction. */
export function writeSettingValues(values: Record<string, unknown>): void {
  const now = new Date();
  db().transaction((tx) => {
    for (const [key, value] of Object.entries(values)) {
      tx.insert(settings)
        .values({ key, value, updatedAt: now })
        .onConflictDoUpdate({ target: settings.key, set: { value, updatedAt: now } })
        .run();
    }
  });
  holder.__settingsVersion = settingsVersion() + 1;
}
