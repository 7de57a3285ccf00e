// What the owner's report shows (app/admin/(panel)/insights): daily visits and visitors,
// posts by visits and by the inquiries they led to, sources, search terms, and posts whose
// visits fell since a lawyer last reviewed them. Built from the daily totals (and today's raw
// views), a few queries whatever the range.
import "server-only";
import { countInquiriesByPost, findVisitPosts, listReviewedPosts, listSiteSearches, listUnrolledDays, listVisitFigures, sumSpanishViews, sumViewsByPost, type VisitPost } from "@/db/visits";
import { calendarDateIn } from "@/lib/dates/format";
import { publicPath } from "@/lib/posts/post-paths";
import { addDays, dayDistance, daysBetween, INSIGHT_RANGES, type InsightRange } from "./insights-range";
import { INTERNAL_SOURCE } from "./visit-source";

export type DailyFigure = { day: string; views: number; visitors: number };
/** `spanishViews`: how many of `views` were of its Spanish version (/es/…). */
export type PostFigure = { postId: number; title: string; href: string; views: number; spanishViews: number; inquiries: number; rate: number };
export type FallenPost = { postId: number; title: string; href: string; reviewedDay: string; beforePerDay: number; sincePerDay: number; change: number };
export type InsightsReport = {
  range: InsightRange;
  from: string;
  to: string;
  daily: DailyFigure[];
  totals: { views: number; spanishViews: number; visitors: number; inquiries: number };
  byVisits: PostFigure[];
  byInquiries: PostFigure[];
  sources: { source: string; views: number }[];
  searches: { term: string; searches: number; results: number }[];
  notFound: { term: string; searches: number }[];
  fallen: FallenPost[];
};

const LIST = 20;
// Before a review, the days compared with the days since.
const BEFORE_REVIEW_DAYS = 30;
// A review this recent has too few days after it to say anything.
const MIN_DAYS_SINCE_REVIEW = 7;

function sumBy<T>(rows: T[], key: (row: T) => string | number | null, value: (row: T) => number): Map<string | number, number> {
  const totals = new Map<string | number, number>();
  for (const row of rows) {
    const k = key(row);
    if (k === null) continue;
    totals.set(k, (totals.get(k) ?? 0) + value(row));
  }
  return totals;
}

const postHref = (post: VisitPost) => publicPath(post.kind, post.slug);

/** The posts whose daily visits since their last review fell most against the 30 days before it. */
function fallenPosts(today: string, timeZone: string): FallenPost[] {
  const unrolled = listUnrolledDays(addDays(today, -40), today);
  const fallen: FallenPost[] = [];
  for (const post of listReviewedPosts()) {
    const reviewedDay = calendarDateIn(post.lastReviewedAt!, timeZone);
    const daysSince = dayDistance(reviewedDay, today);
    if (daysSince < MIN_DAYS_SINCE_REVIEW) continue;
    // Two sums each, in SQL, by the totals' (post, day) index.
    const before = sumViewsByPost(addDays(reviewedDay, -BEFORE_REVIEW_DAYS), addDays(reviewedDay, -1), unrolled, post.id).get(post.id) ?? 0;
    if (before === 0) continue;
    const after = sumViewsByPost(reviewedDay, today, unrolled, post.id).get(post.id) ?? 0;
    const beforePerDay = before / BEFORE_REVIEW_DAYS;
    const sincePerDay = after / daysSince;
    if (sincePerDay >= beforePerDay) continue;
    fallen.push({ postId: post.id, title: post.title, href: postHref(post), reviewedDay, beforePerDay, sincePerDay, change: (sincePerDay - beforePerDay) / beforePerDay });
  }
  return fallen.sort((a, b) => a.change - b.change).slice(0, 10);
}

export function buildInsightsReport(range: InsightRange, timeZone: string, now = new Date()): InsightsReport {
  const to = calendarDateIn(now, timeZone);
  const from = addDays(to, -(INSIGHT_RANGES[range].days - 1));

  const allRows = listVisitFigures("all", from, to);
  const all = sumBy(allRows, (row) => row.day, (row) => row.views);
  const visitors = sumBy(allRows, (row) => row.day, (row) => row.visitors);
  const daily = daysBetween(from, to).map((day) => ({ day, views: all.get(day) ?? 0, visitors: visitors.get(day) ?? 0 }));

  const unrolled = listUnrolledDays(from, to);
  const viewsByPost = sumViewsByPost(from, to, unrolled);
  const spanish = sumSpanishViews(from, to, unrolled);
  // The range's first day starts at most a day before `now - days`: inquiries are counted over the same span.
  const inquiries = countInquiriesByPost(new Date(now.getTime() - INSIGHT_RANGES[range].days * 86_400_000), now);
  const posts = findVisitPosts([...new Set([...viewsByPost.keys(), ...inquiries.keys()].map(Number))]);
  const figures: PostFigure[] = [...posts.values()].map((post) => {
    const views = viewsByPost.get(post.id) ?? 0;
    const led = inquiries.get(post.id) ?? 0;
    return { postId: post.id, title: post.title, href: postHref(post), views, spanishViews: spanish.byPost.get(post.id) ?? 0, inquiries: led, rate: views > 0 ? led / views : 0 };
  });

  const sourceRows = listVisitFigures("source", from, to).filter((row) => row.value !== INTERNAL_SOURCE);
  const sources = [...sumBy(sourceRows, (row) => row.value, (row) => row.views)].map(([source, views]) => ({ source: String(source), views })).sort((a, b) => b.views - a.views || a.source.localeCompare(b.source));

  const searches = listSiteSearches(from, to);
  return {
    range,
    from,
    to,
    daily,
    totals: { views: daily.reduce((n, d) => n + d.views, 0), spanishViews: spanish.total, visitors: daily.reduce((n, d) => n + d.visitors, 0), inquiries: [...inquiries.values()].reduce((n, v) => n + v, 0) },
    byVisits: figures.filter((f) => f.views > 0).sort((a, b) => b.views - a.views || a.title.localeCompare(b.title)).slice(0, LIST),
    byInquiries: figures.filter((f) => f.inquiries > 0).sort((a, b) => b.inquiries - a.inquiries || b.rate - a.rate).slice(0, LIST),
    sources: sources.slice(0, LIST),
    searches: searches.slice(0, LIST),
    notFound: searches.filter((s) => s.results === 0).slice(0, LIST).map(({ term, searches: n }) => ({ term, searches: n })),
    fallen: fallenPosts(to, timeZone),
  };
}

/** The daily figures as CSV rows (the report's download). */
export function dailyCsvRows(report: InsightsReport): (string | number)[][] {
  return report.daily.map((d) => [d.day, d.views, d.visitors]);
}
