// A run from start to end: read the source into items, plan each (the dry run, shown to
// the owner), then import the items one by one in the background. Every step's state is
// in the database: a reload shows the same progress, a restart resumes the run where it
// stopped, and "Cancel" is a status the worker reads before each post.
import "server-only";
import { inTransaction, profileSlugsByName, upsertProfileByName, findImportRun, findRunAttachment, failReadingImports, listRunLinks, listRunningImports, runItemPages, moveImportRun, nextPendingItem, finishImportItem, savePlan, updateImportRun, createImportRun, type ImportRun } from "@/db/imports";
import { setOldUrl } from "@/db/old-urls";
import { writeSettingValues } from "@/db/settings";
import { publicPath } from "@/lib/posts/post-paths";
import { slugify } from "@/lib/posts/slug";
import { requestSelfRefresh } from "@/lib/http/public-pages";
import { workInsideRequest } from "@/lib/http/request-activity.mjs";
import { logLine } from "@/lib/platform/log";
import { scheduleChanged } from "@/lib/publishing/publication-watch";
import { applyItem } from "./apply-item";
import { bylineProblem, noDefaultLawyer } from "./import-byline";
import type { SourceAttachment, SourceInfo, SourceItem } from "./import-item";
import { giveWayToVisitors } from "./import-pace";
import { oldPathKey } from "./old-paths";
import { planItem } from "./plan-item";
import { readSource, type SourceInput } from "./read-source";
import { ImportInputError } from "./wxr-reader";
import { fetchProblem } from "./safe-fetch";

export type RunOptions = {
  allowLoopback?: boolean;
  /** Where the old site was, when the source does not say (a Ghost export). */
  siteUrl?: string;
};

/** A run's attachments by source key, or by WordPress id (a body's `wp-image-ID`). */
function attachmentLookup(runId: number, siteUrl: string): (keyOrId: string) => SourceAttachment | undefined {
  const cache = new Map<string, SourceAttachment | undefined>();
  return (keyOrId) => {
    const key = /^\d+$/.test(keyOrId) ? `wxr:${siteUrl}:${keyOrId}` : keyOrId;
    if (!cache.has(key)) cache.set(key, findRunAttachment(runId, key)?.data as SourceAttachment | undefined);
    return cache.get(key);
  };
}

/** The message a person reads for an error while reading or importing. */
function describeImportError(error: unknown): string {
  if (error instanceof ImportInputError) return error.message;
  const problem = fetchProblem(error);
  if (problem) return problem;
  return `The import stopped on an error: ${error instanceof Error ? error.message : String(error)}`.slice(0, 500);
}

/** Reads the source and plans every item: the dry run. The run ends "planned", "failed" (or "cancelled" meanwhile). */
async function readAndPlan(runId: number, input: SourceInput, options: RunOptions): Promise<void> {
  try {
    await readSource(runId, input, options);
    await planRun(runId);
    moveImportRun(runId, ["reading"], "planned");
  } catch (error) {
    if (moveImportRun(runId, ["reading"], "failed")) updateImportRun(runId, { error: describeImportError(error) });
  }
}

// The source's kind is known for an address at once; a file's is settled once its first bytes are read.
const newRun = (input: SourceInput, label: string, userId: number) => createImportRun({ source: "url" in input ? "sitemap" : "wxr", label: label.slice(0, 300), createdBy: userId });

/** The dry run of a file (or of an address, from a terminal): answers once it is read and planned. */
export async function prepareRun(input: SourceInput, label: string, userId: number, options: RunOptions = {}): Promise<ImportRun> {
  const run = newRun(input, label, userId);
  // The upload's request waits for this: it is no visitor for the dry run to give way to.
  const ended = workInsideRequest();
  try {
    await readAndPlan(run.id, input, options);
  } finally {
    ended();
  }
  return findImportRun(run.id)!;
}

/**
 * The dry run of a site by its address, from the Import screen: every page is fetched, which
 * takes minutes for a big site, so it answers at once with the run, "reading" until planned
 * (its page shows how many pages are read so far).
 */
export function startPreparingRun(input: SourceInput, label: string, userId: number, options: RunOptions = {}): ImportRun {
  const run = newRun(input, label, userId);
  void readAndPlan(run.id, input, options);
  return run;
}

/** Plans every staged item, a page at a time, giving way to visitors between items (a long body takes a while to check). */
export async function planRun(runId: number): Promise<void> {
  const run = findImportRun(runId);
  const attachment = attachmentLookup(runId, run?.siteUrl ?? "");
  const taken = new Set<string>();
  const options = { noDefaultLawyer: noDefaultLawyer(run?.createdBy ?? null) };
  for (const rows of runItemPages(runId, 25)) {
    const planned = [];
    for (const row of rows) {
      await giveWayToVisitors();
      planned.push({ id: row.id, ...planItem(row.data as SourceItem, taken, attachment, options) });
    }
    savePlan(planned);
  }
}

/** Old address → new path for every post of the run (links inside bodies point there). */
function linkMap(runId: number, siteUrl: string): Map<string, string> {
  const links = new Map<string, string>();
  for (const row of listRunLinks(runId)) {
    for (const old of row.oldUrls) {
      const key = oldPathKey(old, siteUrl);
      if (key) links.set(key, publicPath(row.kind, row.plannedSlug));
    }
  }
  return links;
}

/** Category, tag, author and feed addresses, once the posts are in. */
function redirectArchives(run: ImportRun): void {
  const info = run.sourceInfo as SourceInfo;
  const profileSlugs = profileSlugsByName();
  const targets: [string, string][] = [];
  for (const term of info.terms ?? []) {
    const slug = slugify(term.name);
    if (slug) for (const old of term.oldUrls) targets.push([old, `/blog/tag/${slug}`]);
  }
  for (const feed of info.feedUrls ?? []) targets.push([feed, "/feed.xml"]);
  for (const author of info.authorUrls ?? []) {
    const slug = profileSlugs.get(author.name.trim().toLowerCase());
    if (slug) for (const old of author.oldUrls) targets.push([old, `/attorneys/${slug}`]);
  }
  inTransaction((tx) => {
    for (const [old, target] of targets) {
      const key = oldPathKey(old, run.siteUrl);
      if (key && key !== target) setOldUrl(tx, key, { targetPath: target });
    }
  });
}

/** From this site's own export: the lawyers' profiles (matched by name) and the firm's settings. */
function applyExportedSiteDetails(info: SourceInfo): void {
  for (const profile of info.profiles ?? []) upsertProfileByName(profile);
  if (info.settings && Object.keys(info.settings).length) writeSettingValues(info.settings);
}

// The import carries on after the request that started it has been answered (or starts
// with the server, resuming): the public pages are refreshed by the server asking itself,
// there being no request of its own to refresh them in, and imported scheduled posts wake
// the publication watch. Both do nothing outside the server (npm run import, the tests).
function publicSiteChanged(): void {
  scheduleChanged();
  void requestSelfRefresh().catch((error: unknown) => logLine("import", `refreshing pages: ${String(error)}`, "warn"));
}

const active = (globalThis as unknown as { __importsRunning?: Set<number> }).__importsRunning ?? new Set<number>();
(globalThis as unknown as { __importsRunning?: Set<number> }).__importsRunning = active;

/** Imports a planned (or interrupted) run's pending items, one post at a time. */
export async function runImport(runId: number, userId: number, options: RunOptions = {}): Promise<ImportRun | undefined> {
  if (active.has(runId)) return findImportRun(runId);
  // Public posts with no author wait for the owner's choice of lawyer (lib/import/import-byline.ts).
  const planned = findImportRun(runId);
  if (planned?.status === "planned" && bylineProblem(planned, userId)) return planned;
  if (!moveImportRun(runId, ["planned", "running"], "running")) return findImportRun(runId);
  active.add(runId);
  let changed = 0;
  try {
    const run = findImportRun(runId)!;
    const ctx = { run, userId, links: linkMap(runId, run.siteUrl), attachment: attachmentLookup(runId, run.siteUrl), allowLoopback: options.allowLoopback, localMediaDir: (run.sourceInfo as SourceInfo).localMediaDir };
    for (;;) {
      if (findImportRun(runId)?.status !== "running") break;
      await giveWayToVisitors();
      const item = nextPendingItem(runId);
      if (!item) break;
      try {
        await applyItem(item, ctx);
        changed++;
      } catch (error) {
        finishImportItem(item.id, { status: "failed", message: describeImportError(error) });
      }
      // Refresh the public pages now and then, so a long import shows up as it goes.
      if (changed % 50 === 0) publicSiteChanged();
    }
    if (findImportRun(runId)?.status === "running") {
      const finished = findImportRun(runId)!;
      applyExportedSiteDetails(finished.sourceInfo as SourceInfo);
      redirectArchives(finished);
      moveImportRun(runId, ["running"], "done");
    }
  } catch (error) {
    updateImportRun(runId, { status: "failed", error: describeImportError(error), finishedAt: new Date() });
    logLine("import", `run ${runId} failed: ${error instanceof Error ? error.message : String(error)}`, "warn");
  } finally {
    active.delete(runId);
    if (changed) publicSiteChanged();
  }
  return findImportRun(runId);
}

/** Stops a run before its next post (the post in progress finishes: nothing is left half-written). */
export function cancelImport(runId: number): boolean {
  return moveImportRun(runId, ["planned", "running", "reading"], "cancelled");
}

/**
 * On start-up: runs the server was in the middle of carry on from their next pending post; a
 * dry run it was reading cannot (what it had fetched is not a whole plan) and says so.
 */
export function resumeImports(options: RunOptions = {}): void {
  failReadingImports("The server restarted while this was being read: nothing was written. Start it again from the Import page.");
  for (const run of listRunningImports()) {
    if (!run.createdBy) {
      updateImportRun(run.id, { status: "failed", error: "The account that started this import no longer exists.", finishedAt: new Date() });
      continue;
    }
    logLine("import", `resuming run ${run.id}`, "info");
    void runImport(run.id, run.createdBy, options);
  }
}
