import "server-only";
import { closeDatabase, db } from "@/db/client";
import { applyMigrations } from "@/db/migrate";
import { ensureAccountProfiles, signUnsignedPosts } from "@/db/profiles";
import { fillMissingBodyText } from "@/db/posts";
import { seedDemoContent } from "@/db/seed/demo-content";
import { ensureFirstUser } from "@/lib/accounts/first-user";
import { makeMissingVariants } from "@/lib/media/media-storage";
import { stopOutboxWorker } from "@/lib/mail/outbox-worker";
import { startDailyChores, stopDailyChores } from "./daily-chores";
import { stopVisitWriter } from "@/lib/visits/visit-writer";
import { stopWatchingScheduledPosts, watchScheduledPosts } from "@/lib/publishing/publication-watch";
import { prepareSelfRefresh, requestSelfRefresh } from "@/lib/http/public-pages";
import { fillMissingWritingScores } from "@/lib/writing/post-scores";
import { resumeImports } from "@/lib/import/import-run";

/** Runs once when the server starts: bring the schema up to date, fill an empty site, make sure someone can sign in. */
export async function prepareDatabase(): Promise<void> {
  applyMigrations(db());
  // Posts from before search (or written by hand) get their text, and so enter the search index.
  const filled = fillMissingBodyText();
  if (filled > 0) console.log(`[startup] indexed ${filled} post${filled === 1 ? "" : "s"} for search`);
  if (seedDemoContent()) console.log("[startup] empty database: seeded sample content");
  await ensureFirstUser();
  // Every account has a profile, and every post older than profiles its lawyer (before
  // whenListening() drops the cached pages, so none keeps the old byline).
  ensureAccountProfiles();
  const signed = signUnsignedPosts();
  if (signed > 0) console.log(`[startup] signed ${signed} post${signed === 1 ? "" : "s"} with the firm's lawyer`);
  // The admin's list shows each post's writing scores (lib/writing/post-scores.ts).
  const scored = fillMissingWritingScores();
  if (scored > 0) console.log(`[startup] scored the writing of ${scored} post${scored === 1 ? "" : "s"}`);
  // The clean-up starts with the database it cleans, under every way of starting the app.
  startDailyChores();
}

/**
 * Once the server listens at `origin` (and before it answers anyone else): drop every
 * cached public page, so none shows what the build, or an earlier run on another
 * database, saw; then watch for scheduled posts coming due.
 */
export async function whenListening(origin: string): Promise<void> {
  prepareSelfRefresh(origin);
  await requestSelfRefresh();
  watchScheduledPosts();
  // An import the server was in the middle of carries on from its next post.
  resumeImports();
  // Uploads from before resizing get their sizes in the background; pages offer them once made.
  void makeMissingVariants().then((made) => {
    if (made > 0) {
      console.log(`[startup] resized ${made} earlier upload${made === 1 ? "" : "s"}`);
      void requestSelfRefresh();
    }
  });
}

/** On SIGTERM, once the server has stopped taking requests: stop the timers, let mail in flight finish, close the database. */
export async function stopServices(): Promise<void> {
  stopWatchingScheduledPosts();
  stopDailyChores();
  await stopOutboxWorker();
  stopVisitWriter();
  closeDatabase();
}
