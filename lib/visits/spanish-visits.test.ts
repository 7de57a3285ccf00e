import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { findPublicPostBySlug } from "@/db/posts";
import { seedDemoContent } from "@/db/seed/demo-content";
import { useTempDatabase } from "@/db/temp-database";
import { buildInsightsReport } from "./insights-report";
import { recordVisit } from "./record-visit";
import { nextVisitPath } from "./visit-path";
import { forgetCountedPaths } from "./visit-paths";
import { flushVisits } from "./visit-writer";

let temp: ReturnType<typeof useTempDatabase>;
beforeEach(() => {
  temp = useTempDatabase();
  seedDemoContent(new Date());
  forgetCountedPaths();
  (globalThis as { __visitFlood?: unknown; __visitQueue?: unknown }).__visitFlood = undefined;
  (globalThis as { __visitQueue?: unknown }).__visitQueue = undefined;
});
afterEach(() => temp.remove());

const SITE = "https://firm.example";
const beacon = (p: string, address = "203.0.113.7") =>
  recordVisit({ body: JSON.stringify({ p, r: "" }), headers: new Headers({ "user-agent": "Mozilla/5.0 (X11; Linux x86_64) Firefox/140.0" }), address, site: SITE, sessionCookie: "next-auth.session-token" });
const views = () => temp.db.$client.prepare("select path, post_id as postId from page_views order by id").all() as { path: string; postId: number | null }[];

describe("visits to the Spanish site", () => {
  it("counts a Spanish post's views for its English original, and the Spanish pages that exist", () => {
    const bond = findPublicPostBySlug("how-does-bond-work")!.id;
    for (const path of ["/es", "/es/blog", "/es/blog/como-funciona-la-fianza", "/es/blog/tag/bond", "/es/attorneys/jordan-avery", "/es/contact", "/es/privacidad", "/blog/how-does-bond-work"]) {
      expect(beacon(path), path).toBe("counted");
    }
    // A Spanish address nothing lives at, a tag with no Spanish post, an English slug under /es.
    for (const path of ["/es/blog/no-existe", "/es/blog/tag/dui", "/es/blog/how-does-bond-work", "/es/attorneys/nadie"]) expect(beacon(path), path).toBe("unknown-page");
    flushVisits();
    expect(views().filter((view) => view.postId === bond).map((view) => view.path)).toEqual(["/es/blog/como-funciona-la-fianza", "/blog/how-does-bond-work"]);

    const report = buildInsightsReport("30d", "America/Chicago");
    expect(report.totals).toMatchObject({ views: 8, spanishViews: 7 });
    expect(report.byVisits.find((post) => post.postId === bond)).toMatchObject({ views: 2, spanishViews: 1 });
  });

  it("remembers a Spanish post as the last post read, for the contact form", () => {
    expect(nextVisitPath(undefined, "/es/blog/como-funciona-la-fianza", "", SITE).last).toBe("/es/blog/como-funciona-la-fianza");
    expect(nextVisitPath(undefined, "/es/blog/tag/bond", "", SITE).last).toBe("");
  });
});
