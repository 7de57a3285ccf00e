import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { insertPost } from "@/db/posts";
import { useTempDatabase } from "@/db/temp-database";
import { createUser } from "@/db/users";
import { writeSettingValues } from "@/db/settings";
import { listVisitFigures } from "@/db/visits";
import { dailyChores } from "@/lib/platform/daily-chores";
import { recordVisit } from "./record-visit";
import { forgetCountedPaths } from "./visit-paths";
import { flushVisits } from "./visit-writer";

let temp: ReturnType<typeof useTempDatabase>;
beforeEach(() => {
  temp = useTempDatabase();
  forgetCountedPaths();
  (globalThis as { __visitFlood?: unknown; __visitQueue?: unknown }).__visitFlood = undefined;
  (globalThis as { __visitQueue?: unknown }).__visitQueue = undefined;
  const authorId = createUser({ name: "A", email: "a@firm.test", passwordHash: "x", role: "owner" }).id;
  insertPost({ slug: "can-a-victim-drop-the-charges", title: "Can a victim drop the charges?", bodyHtml: "<p>x</p>", status: "published", publishedAt: new Date(Date.now() - 3_600_000), createdBy: authorId, updatedAt: new Date() });
});
afterEach(() => temp.remove());

const SITE = "https://firm.example";
const PHONE = "Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148 Safari/604.1";
const now = new Date("2026-06-01T15:00:00Z");

function beacon(body: unknown, headers: Record<string, string> = {}, at = now, address = "203.0.113.7") {
  return recordVisit({ body: typeof body === "string" ? body : JSON.stringify(body), headers: new Headers({ "user-agent": PHONE, ...headers }), address, site: SITE, sessionCookie: "next-auth.session-token", now: at });
}
const views = () => temp.db.$client.prepare("select day, path, post_id as postId, source, campaign, device, visitor_key as visitorKey from page_views order by id").all() as Record<string, unknown>[];

describe("a page view from the beacon", () => {
  it("is stored with its page, post, source name and device, and nothing about who sent it", () => {
    expect(beacon({ p: "/blog/can-a-victim-drop-the-charges", r: "https://www.google.com/search?q=my+son+arrested" })).toBe("counted");
    expect(views()).toEqual([]); // waits for the batch
    flushVisits();
    const [row] = views();
    expect(row).toMatchObject({ day: "2026-06-01", path: "/blog/can-a-victim-drop-the-charges", source: "Google search", campaign: null, device: "phone" });
    expect(row!.postId).toEqual(expect.any(Number));
    expect(row!.visitorKey).toEqual(expect.any(String));
    const everything = JSON.stringify(temp.db.$client.prepare("select * from page_views").all());
    expect(everything).not.toContain("203.0.113.7");
    expect(everything).not.toContain("iPhone");
    expect(everything).not.toContain("arrested");
  });

  it("with Sec-GPC or DNT counts as a visit without a visitor key", () => {
    beacon({ p: "/", r: "" }, { "sec-gpc": "1" });
    beacon({ p: "/", r: "" }, { dnt: "1" }, now, "198.51.100.2");
    flushVisits();
    expect(views().map((v) => v.visitorKey)).toEqual([null, null]);
    expect(listVisitFigures("all", "2026-06-01", "2026-06-01")).toEqual([{ day: "2026-06-01", value: "", postId: null, views: 2, visitors: 0 }]);
  });

  it("leaves out bots, prefetches and the firm's signed-in users", () => {
    expect(beacon({ p: "/", r: "" }, { "user-agent": "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)" })).toBe("left-out");
    expect(beacon({ p: "/", r: "" }, { "user-agent": "" })).toBe("left-out");
    expect(beacon({ p: "/", r: "" }, { "sec-purpose": "prefetch;prerender" })).toBe("left-out");
    expect(beacon({ p: "/", r: "" }, { cookie: "theme=dark; next-auth.session-token=abc" })).toBe("left-out");
    flushVisits();
    expect(views()).toEqual([]);
  });

  it("refuses bodies that are not small well-formed JSON for a page that exists", () => {
    expect(beacon("not json")).toBe("malformed");
    expect(beacon({ p: "/", r: "", extra: 1 })).toBe("malformed");
    expect(beacon({ p: "//evil.example/", r: "" })).toBe("malformed");
    expect(beacon({ p: "/", r: "x".repeat(3000) })).toBe("malformed");
    expect(beacon({ p: "/admin/inquiries", r: "" })).toBe("unknown-page");
    expect(beacon({ p: "/blog/no-such-post", r: "" })).toBe("unknown-page");
    flushVisits();
    expect(views()).toEqual([]);
  });

  it("drops a flood from one address after 60 views a minute, and counts others meanwhile", () => {
    const outcomes = Array.from({ length: 70 }, () => beacon({ p: "/", r: "" }));
    expect(outcomes.filter((o) => o === "counted")).toHaveLength(60);
    expect(beacon({ p: "/", r: "" }, {}, now, "198.51.100.9")).toBe("counted");
    expect(beacon({ p: "/", r: "" }, {}, new Date(now.getTime() + 61_000))).toBe("counted");
  });

  it("counts nothing when counting is turned off", () => {
    writeSettingValues({ visitCounting: false });
    expect(beacon({ p: "/", r: "" })).toBe("off");
    flushVisits();
    expect(views()).toEqual([]);
  });
});

describe("the daily roll-up", () => {
  it("keeps the day's totals and deletes raw views after 30 days", () => {
    beacon({ p: "/blog/can-a-victim-drop-the-charges", r: "https://www.bing.com/" });
    beacon({ p: "/blog/can-a-victim-drop-the-charges", r: "https://firm.example/" });
    beacon({ p: "/", r: "" }, {}, now, "198.51.100.2");
    flushVisits();
    dailyChores(new Date("2026-06-02T15:00:00Z"));
    expect(listVisitFigures("all", "2026-06-01", "2026-06-01")).toEqual([{ day: "2026-06-01", value: "", postId: null, views: 3, visitors: 2 }]);
    expect(views()).toHaveLength(3);
    dailyChores(new Date("2026-07-02T15:00:00Z"));
    expect(views()).toEqual([]);
    const sources = listVisitFigures("source", "2026-06-01", "2026-06-01").map((r) => [r.value, r.views]);
    expect(sources.sort()).toEqual([["Bing search", 1], ["Direct", 1], ["Internal", 1]]);
    const pages = listVisitFigures("page", "2026-06-01", "2026-06-01").find((r) => r.value === "/blog/can-a-victim-drop-the-charges");
    expect(pages).toMatchObject({ views: 2, visitors: 1 });
  });
});
