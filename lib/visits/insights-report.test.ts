import { afterEach, beforeEach, expect, it } from "vitest";
import { createInquiry } from "@/db/inquiries/inquiries";
import { inquiryValues } from "@/db/inquiries/inquiry-fixtures";
import { insertPost } from "@/db/posts";
import { useTempDatabase } from "@/db/temp-database";
import { createUser } from "@/db/users";
import { insertVisitBatch, rollUpVisitDays, type NewPageView } from "@/db/visits";
import { newInquiryReference } from "@/lib/inquiries/inquiry-reference";
import { buildInsightsReport } from "./insights-report";

let temp: ReturnType<typeof useTempDatabase>;
beforeEach(() => (temp = useTempDatabase()));
afterEach(() => temp.remove());

const now = new Date("2026-06-30T18:00:00Z");
const view = (day: string, path: string, postId: number | null, source: string, key: string | null): NewPageView => ({ day, path, postId, source, campaign: null, device: "phone", visitorKey: key, createdAt: new Date(`${day}T18:00:00Z`) });

it("ranks posts by visits and by the inquiries they led to, lists sources and searches, and fills every day", () => {
  const authorId = createUser({ name: "A", email: "a@firm.test", passwordHash: "x", role: "owner" }).id;
  const post = (slug: string, title: string, reviewed?: Date) => insertPost({ slug, title, bodyHtml: "<p>x</p>", status: "published", publishedAt: new Date("2026-01-01"), createdBy: authorId, updatedAt: now, lastReviewedAt: reviewed ?? null }).id;
  const bond = post("how-does-bond-work", "How does bond work?");
  const drop = post("can-a-victim-drop-the-charges", "Can a victim drop the charges?", new Date("2026-06-10T12:00:00Z"));
  insertVisitBatch(
    [
      view("2026-06-28", "/blog/how-does-bond-work", bond, "Google search", "a"),
      view("2026-06-28", "/blog/how-does-bond-work", bond, "Internal", "a"),
      view("2026-06-29", "/blog/how-does-bond-work", bond, "Facebook", "b"),
      view("2026-06-29", "/blog/can-a-victim-drop-the-charges", drop, "Google search", null),
      // Before its review this post had 30 visits in a month; since, one.
      ...Array.from({ length: 30 }, (_, i) => view(`2026-05-${String(11 + (i % 20)).padStart(2, "0")}`, "/blog/can-a-victim-drop-the-charges", drop, "Direct", `k${i}`)),
    ],
    [
      { day: "2026-06-29", term: "dui second offense", results: 3 },
      { day: "2026-06-29", term: "boating under the influence", results: 0 },
      { day: "2026-06-30", term: "boating under the influence", results: 0 },
    ],
  );
  rollUpVisitDays("2026-06-29"); // the 28th into totals; the 29th stays raw
  createInquiry({ ...inquiryValues({ name: "Pat" }), visitPostId: drop, visitSource: "Google search" }, () => [], newInquiryReference, new Date("2026-06-29T20:00:00Z"));

  const report = buildInsightsReport("7d", "America/Chicago", now);
  expect(report.daily.map((d) => d.day)).toEqual(["2026-06-24", "2026-06-25", "2026-06-26", "2026-06-27", "2026-06-28", "2026-06-29", "2026-06-30"]);
  expect(report.daily.find((d) => d.day === "2026-06-28")).toEqual({ day: "2026-06-28", views: 2, visitors: 1 });
  expect(report.daily.find((d) => d.day === "2026-06-29")).toEqual({ day: "2026-06-29", views: 2, visitors: 1 });
  expect(report.byVisits.map((p) => [p.title, p.views, p.inquiries])).toEqual([
    ["How does bond work?", 3, 0],
    ["Can a victim drop the charges?", 1, 1],
  ]);
  expect(report.byInquiries).toEqual([{ postId: drop, title: "Can a victim drop the charges?", href: "/blog/can-a-victim-drop-the-charges", views: 1, spanishViews: 0, inquiries: 1, rate: 1 }]);
  expect(report.sources).toEqual([
    { source: "Google search", views: 2 },
    { source: "Facebook", views: 1 },
  ]);
  expect(report.searches).toEqual([
    { term: "boating under the influence", searches: 2, results: 0 },
    { term: "dui second offense", searches: 1, results: 3 },
  ]);
  expect(report.notFound).toEqual([{ term: "boating under the influence", searches: 2 }]);
  expect(report.fallen.map((f) => [f.title, f.reviewedDay, f.beforePerDay, Number(f.sincePerDay.toFixed(3))])).toEqual([["Can a victim drop the charges?", "2026-06-10", 1, Number((1 / 20).toFixed(3))]]);
});
