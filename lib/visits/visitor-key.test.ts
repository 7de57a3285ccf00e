import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { listVisitSaltDays } from "@/db/visits";
import { useTempDatabase } from "@/db/temp-database";
import { keyFromSalt, saltForDay, visitorKey } from "./visitor-key";

let temp: ReturnType<typeof useTempDatabase>;
beforeEach(() => (temp = useTempDatabase()));
afterEach(() => temp.remove());

const SITE = "https://firm.example";
const phone = { address: "203.0.113.7", userAgent: "Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X)", doNotTrack: false };
const laptop = { address: "203.0.113.7", userAgent: "Mozilla/5.0 (X11; Linux x86_64) Chrome/156.0", doNotTrack: false };

describe("the visitor key", () => {
  it("is the same for one browser all day and differs between browsers behind one address", () => {
    const first = visitorKey("2026-06-01", phone, SITE);
    expect(first).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(visitorKey("2026-06-01", phone, SITE)).toBe(first);
    expect(visitorKey("2026-06-01", laptop, SITE)).not.toBe(first);
    expect(visitorKey("2026-06-01", phone, "https://another-firm.example")).not.toBe(first);
  });

  it("holds neither the address nor the user agent", () => {
    const key = visitorKey("2026-06-01", phone, SITE)!;
    expect(key).not.toContain("203");
    expect(JSON.stringify(temp.db.$client.prepare("select * from visit_salts").all())).not.toContain("203.0.113.7");
  });

  it("rotates with the day: the same browser gets an unrelated key tomorrow", () => {
    const today = visitorKey("2026-06-01", phone, SITE);
    const tomorrow = visitorKey("2026-06-02", phone, SITE);
    expect(tomorrow).not.toBeNull();
    expect(tomorrow).not.toBe(today);
    expect(visitorKey("2026-06-03", phone, SITE)).not.toBe(tomorrow);
  });

  it("cannot be recomputed after its day: the salt is deleted and never made again", () => {
    const salt = saltForDay("2026-06-01")!;
    const key = keyFromSalt(salt, phone.address, phone.userAgent, SITE);
    expect(visitorKey("2026-06-01", phone, SITE)).toBe(key);
    visitorKey("2026-06-02", phone, SITE);
    expect(listVisitSaltDays()).toEqual(["2026-06-02"]);
    // Asked again for the day that is over, from this process or from a fresh one (the database alone):
    expect(visitorKey("2026-06-01", phone, SITE)).toBeNull();
    (globalThis as { __visitSalt?: unknown }).__visitSalt = undefined;
    expect(saltForDay("2026-06-01")).toBeUndefined();
    expect(listVisitSaltDays()).toEqual(["2026-06-02"]);
  });

  it("is not made for a visitor who sends Sec-GPC or DNT", () => {
    expect(visitorKey("2026-06-01", { ...phone, doNotTrack: true }, SITE)).toBeNull();
    expect(listVisitSaltDays()).toEqual([]);
  });
});
