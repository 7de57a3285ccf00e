// Visit counting's queries (lib/visits/ holds the rules): the day's salt, the batched
// page views and searches, the daily roll-up and its pruning, and what the report reads.
import "server-only";
import { and, count, countDistinct, eq, gt, gte, inArray, isNotNull, like, lt, lte, max, ne, notInArray, or, sql, sum } from "drizzle-orm";
import { db } from "./client";
import { inquiries, pageViews, posts, siteSearches, visitSalts, visitTotals } from "./schema";

export type VisitDimension = "all" | "page" | "source" | "device";
export type NewPageView = { day: string; path: string; postId: number | null; source: string; campaign: string | null; device: string; visitorKey: string | null; createdAt: Date };
export type SearchCount = { day: string; term: string; results: number };

/**
 * `day`'s salt (made with `make()` on first use), deleting every earlier day's; undefined
 * when a later day's salt exists (that day is over, and its salt was deleted with it).
 */
export function takeVisitSalt(day: string, make: () => string): string | undefined {
  return db().transaction((tx) => {
    if (tx.select({ day: visitSalts.day }).from(visitSalts).where(gt(visitSalts.day, day)).get()) return undefined;
    tx.delete(visitSalts).where(lt(visitSalts.day, day)).run();
    tx.insert(visitSalts).values({ day, salt: make() }).onConflictDoNothing().run();
    return tx.select({ salt: visitSalts.salt }).from(visitSalts).where(eq(visitSalts.day, day)).get()?.salt;
  });
}

/** The days whose salt is still kept (today's at most): for the tests of the key's rules. */
export function listVisitSaltDays(): string[] {
  return db().select({ day: visitSalts.day }).from(visitSalts).all().map((row) => row.day);
}

/** One transaction for a batch of page views and searches (lib/visits/visit-writer.ts). */
export function insertVisitBatch(views: NewPageView[], searches: SearchCount[]): void {
  if (views.length === 0 && searches.length === 0) return;
  db().transaction((tx) => {
    for (let at = 0; at < views.length; at += 500) tx.insert(pageViews).values(views.slice(at, at + 500)).run();
    for (const search of searches) {
      tx.insert(siteSearches)
        .values({ day: search.day, term: search.term, searches: 1, results: search.results })
        .onConflictDoUpdate({ target: [siteSearches.day, siteSearches.term], set: { searches: sql`${siteSearches.searches} + 1`, results: search.results } })
        .run();
    }
  });
}

const rolledDays = () => db().select({ day: visitTotals.day }).from(visitTotals).where(eq(visitTotals.dimension, "all"));

type FigureRow = { day: string; value: string; postId: number | null; views: number; visitors: number };

/** Page views not rolled up yet, as totals of `dimension` per day (`days` limits them). */
function rawFigures(dimension: VisitDimension, where: ReturnType<typeof and>): FigureRow[] {
  const value = dimension === "page" ? pageViews.path : dimension === "source" ? pageViews.source : dimension === "device" ? pageViews.device : sql<string>`''`;
  return db()
    .select({ day: pageViews.day, value: sql<string>`${value}`, postId: dimension === "page" ? max(pageViews.postId) : sql<null>`null`, views: count(), visitors: countDistinct(pageViews.visitorKey) })
    .from(pageViews)
    .where(and(where, notInArray(pageViews.day, rolledDays())))
    .groupBy(pageViews.day, value)
    .all() as FigureRow[];
}

/** Daily totals of `dimension` from `fromDay` to `toDay` (inclusive): rolled-up days and the ones still raw. */
export function listVisitFigures(dimension: VisitDimension, fromDay: string, toDay: string): FigureRow[] {
  const rolled = db()
    .select({ day: visitTotals.day, value: visitTotals.value, postId: visitTotals.postId, views: visitTotals.views, visitors: visitTotals.visitors })
    .from(visitTotals)
    .where(and(eq(visitTotals.dimension, dimension), gte(visitTotals.day, fromDay), lte(visitTotals.day, toDay)))
    .all();
  return [...rolled, ...rawFigures(dimension, and(gte(pageViews.day, fromDay), lte(pageViews.day, toDay)))];
}

/** Writes the totals of every day before `today` that has page views and no totals yet; the number of days. */
export function rollUpVisitDays(today: string): number {
  return db().transaction((tx) => {
    const days = tx
      .selectDistinct({ day: pageViews.day })
      .from(pageViews)
      .where(and(lt(pageViews.day, today), notInArray(pageViews.day, rolledDays())))
      .all()
      .map((row) => row.day);
    if (days.length === 0) return 0;
    // Every dimension read before any is written: a day with totals no longer counts as raw.
    const rows = (["all", "page", "source", "device"] as const).flatMap((dimension) => rawFigures(dimension, inArray(pageViews.day, days)).map((row) => ({ ...row, dimension })));
    for (let at = 0; at < rows.length; at += 500) tx.insert(visitTotals).values(rows.slice(at, at + 500)).run();
    return days.length;
  });
}

/** Deletes page views recorded before `before` (their days' totals stay). */
export function prunePageViews(before: Date): number {
  return db().delete(pageViews).where(lt(pageViews.createdAt, before)).run().changes;
}

/** Inquiries per post they came from (the last post read), sent from `from` up to `to`. */
export function countInquiriesByPost(from: Date, to: Date): Map<number, number> {
  const rows = db()
    .select({ postId: inquiries.visitPostId, n: count() })
    .from(inquiries)
    .where(and(isNotNull(inquiries.visitPostId), gte(inquiries.createdAt, from), lt(inquiries.createdAt, to), ne(inquiries.status, "spam")))
    .groupBy(inquiries.visitPostId)
    .all();
  return new Map(rows.map((row) => [row.postId as number, row.n]));
}

export type VisitPost = { id: number; title: string; slug: string; kind: "post" | "page" | "practice_area"; lastReviewedAt: Date | null };

/** The posts the report names, by id. */
export function findVisitPosts(ids: number[]): Map<number, VisitPost> {
  if (ids.length === 0) return new Map();
  const rows = db().select({ id: posts.id, title: posts.title, slug: posts.slug, kind: posts.kind, lastReviewedAt: posts.lastReviewedAt }).from(posts).where(inArray(posts.id, ids)).all();
  return new Map(rows.map((row) => [row.id, row]));
}

/** What visitors searched for from `fromDay` to `toDay`: each term with its count and the most posts it found. */
export function listSiteSearches(fromDay: string, toDay: string): { term: string; searches: number; results: number }[] {
  return db()
    .select({ term: siteSearches.term, searches: sql<number>`${sum(siteSearches.searches)}`.mapWith(Number), results: sql<number>`${max(siteSearches.results)}`.mapWith(Number) })
    .from(siteSearches)
    .where(and(gte(siteSearches.day, fromDay), lte(siteSearches.day, toDay)))
    .groupBy(siteSearches.term)
    .orderBy(sql`2 desc`, siteSearches.term)
    .all();
}

/** Deletes search terms of days before `beforeDay`. */
export function pruneSiteSearches(beforeDay: string): number {
  return db().delete(siteSearches).where(lt(siteSearches.day, beforeDay)).run().changes;
}

/** The days from `fromDay` to `toDay` that still have raw page views and no totals (usually today alone). */
export function listUnrolledDays(fromDay: string, toDay: string): string[] {
  return db()
    .selectDistinct({ day: pageViews.day })
    .from(pageViews)
    .where(and(gte(pageViews.day, fromDay), lte(pageViews.day, toDay), notInArray(pageViews.day, rolledDays())))
    .all()
    .map((row) => row.day);
}

/**
 * Views per post from `fromDay` to `toDay`, summed in SQL (the 12-month report must not read
 * a row per page and day): the totals, plus the raw views of `unrolled` days.
 */
export function sumViewsByPost(fromDay: string, toDay: string, unrolled: string[], postId?: number): Map<number, number> {
  const totals = new Map<number, number>();
  const rolled = db()
    .select({ postId: visitTotals.postId, views: sql<number>`${sum(visitTotals.views)}`.mapWith(Number) })
    .from(visitTotals)
    .where(and(postId === undefined ? isNotNull(visitTotals.postId) : eq(visitTotals.postId, postId), eq(visitTotals.dimension, "page"), gte(visitTotals.day, fromDay), lte(visitTotals.day, toDay)))
    .groupBy(visitTotals.postId)
    .all();
  const days = unrolled.filter((day) => day >= fromDay && day <= toDay);
  const raw = days.length
    ? db()
        .select({ postId: pageViews.postId, views: count() })
        .from(pageViews)
        .where(and(inArray(pageViews.day, days), postId === undefined ? isNotNull(pageViews.postId) : eq(pageViews.postId, postId)))
        .groupBy(pageViews.postId)
        .all()
    : [];
  for (const row of [...rolled, ...raw]) totals.set(row.postId as number, (totals.get(row.postId as number) ?? 0) + row.views);
  return totals;
}

// A page of the Spanish site (app/es): its path is /es or under /es/.
const spanishPath = (path: typeof pageViews.path | typeof visitTotals.value) => or(eq(path, "/es"), like(path, "/es/%"));

/**
 * The views of Spanish pages from `fromDay` to `toDay`, in all and per post (a translation's
 * views are its English original's): summed in SQL, as sumViewsByPost().
 */
export function sumSpanishViews(fromDay: string, toDay: string, unrolled: string[]): { total: number; byPost: Map<number, number> } {
  const rolled = db()
    .select({ postId: visitTotals.postId, views: sql<number>`${sum(visitTotals.views)}`.mapWith(Number) })
    .from(visitTotals)
    .where(and(eq(visitTotals.dimension, "page"), spanishPath(visitTotals.value), gte(visitTotals.day, fromDay), lte(visitTotals.day, toDay)))
    .groupBy(visitTotals.postId)
    .all();
  const days = unrolled.filter((day) => day >= fromDay && day <= toDay);
  const raw = days.length
    ? db().select({ postId: pageViews.postId, views: count() }).from(pageViews).where(and(inArray(pageViews.day, days), spanishPath(pageViews.path))).groupBy(pageViews.postId).all()
    : [];
  const byPost = new Map<number, number>();
  let total = 0;
  for (const row of [...rolled, ...raw]) {
    total += row.views;
    if (row.postId !== null) byPost.set(row.postId, (byPost.get(row.postId) ?? 0) + row.views);
  }
  return { total, byPost };
}

/** Public posts a lawyer has reviewed, with when: the report's "fell since their last review". */
export function listReviewedPosts(): VisitPost[] {
  return db()
    .select({ id: posts.id, title: posts.title, slug: posts.slug, kind: posts.kind, lastReviewedAt: posts.lastReviewedAt })
    .from(posts)
    .where(and(isNotNull(posts.lastReviewedAt), eq(posts.status, "published"), sql`${posts.deletedAt} is null`))
    .all();
}
