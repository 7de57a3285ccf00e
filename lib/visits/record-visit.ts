// The beacon's server side, in order: the switch, who is asking (bots, prefetches, the
// firm's own users are left out), the body, the page (it must exist), the per-address
// limit, then the view is queued for the next batch. Nothing here waits on the database
// except a page's first lookup in a minute.
import "server-only";
import { calendarDateIn } from "@/lib/dates/format";
import { addressHash } from "@/lib/http/client-address";
import { getSiteSettings, getVisitSettings } from "@/lib/site/settings";
import { parseBeaconBody } from "./beacon-body";
import { deviceClass } from "./device-class";
import { allowViewFrom } from "./flood-limit";
import { asksNotToBeTracked, notCountedBecause } from "./visit-filter";
import { countedPath } from "./visit-paths";
import { classifySource } from "./visit-source";
import { queuePageView } from "./visit-writer";
import { visitorKey } from "./visitor-key";

export type VisitOutcome = "counted" | "off" | "left-out" | "limited" | "malformed" | "unknown-page";

type Request = { body: string; headers: { get(name: string): string | null }; address: string; site: string; sessionCookie: string; now?: Date };

// The firm's calendar day, worked out once a minute rather than once a view.
const dayCache = { minute: -1, zone: "", day: "" };
function firmDay(now: Date, timeZone: string): string {
  const minute = Math.floor(now.getTime() / 60_000);
  if (dayCache.minute !== minute || dayCache.zone !== timeZone) Object.assign(dayCache, { minute, zone: timeZone, day: calendarDateIn(now, timeZone) });
  return dayCache.day;
}

export function recordVisit(request: Request): VisitOutcome {
  if (!getVisitSettings().visitCounting) return "off";
  if (notCountedBecause(request.headers, request.sessionCookie)) return "left-out";
  const body = parseBeaconBody(request.body);
  if (!body) return "malformed";
  const queryAt = body.p.indexOf("?");
  const pathname = queryAt === -1 ? body.p : body.p.slice(0, queryAt);
  const page = countedPath(pathname);
  if (!page) return "unknown-page";
  const addressKey = addressHash(request.address);
  const now = request.now ?? new Date();
  if (!allowViewFrom(addressKey, now.getTime())) return "limited";

  const day = firmDay(now, getSiteSettings().timeZone);
  const userAgent = request.headers.get("user-agent") ?? "";
  const source = classifySource(body.r, queryAt === -1 ? "" : body.p.slice(queryAt), new URL(request.site).host);
  queuePageView({
    day,
    path: page.path,
    postId: page.postId,
    source: source.source,
    campaign: source.campaign,
    device: deviceClass(userAgent),
    visitorKey: visitorKey(day, { address: request.address, userAgent, doNotTrack: asksNotToBeTracked(request.headers) }, request.site),
    createdAt: now,
  });
  return "counted";
}
