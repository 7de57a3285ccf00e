import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { recordLoginAttempt } from "@/db/login-attempts";
import { useTempDatabase } from "@/db/temp-database";
import { ACCOUNT_FAILURES_PER_LOCK, ATTEMPTS_PER_ADDRESS_PER_HOUR, attemptKey, checkLoginThrottle, reservePasswordCheck, waitMessage } from "./login-throttle";

const MIN = 60_000;
const start = new Date("2026-03-01T10:00:00Z");
const at = (minutes: number) => new Date(start.getTime() + minutes * MIN);
let temp: ReturnType<typeof useTempDatabase>;
beforeEach(() => (temp = useTempDatabase()));
afterEach(() => temp.remove());

const record = (email: string, address: string, outcome: Parameters<typeof recordLoginAttempt>[2], when: Date) =>
  recordLoginAttempt(attemptKey(email), address, outcome, when);

function fail(times: number, minute = 0, email = "a@firm.test", address = "addr-1") {
  for (let i = 0; i < times; i++) record(email, address, "failure", at(minute));
}

describe("lockout per email and address", () => {
  it("allows four failures, locks on the fifth for 15 minutes, for that address only", () => {
    fail(4);
    expect(checkLoginThrottle("a@firm.test", "addr-1", at(0)).allowed).toBe(true);
    fail(1);
    const verdict = checkLoginThrottle("a@firm.test", "addr-1", at(1));
    expect(verdict).toEqual({ allowed: false, reason: "locked", retryAfterMs: 14 * MIN });
    expect(checkLoginThrottle("a@firm.test", "addr-2", at(1)).allowed).toBe(true);
    expect(checkLoginThrottle("b@firm.test", "addr-1", at(1)).allowed).toBe(true);
    expect(checkLoginThrottle("a@firm.test", "addr-1", at(15)).allowed).toBe(true);
  });

  it("locks when the count passes the threshold, not only when it equals a multiple of it", () => {
    fail(4, 0);
    fail(3, 1);
    expect(checkLoginThrottle("a@firm.test", "addr-1", at(2))).toMatchObject({ allowed: false, reason: "locked" });
    fail(5, 20);
    // 12 failures: the tenth (at minute 20) doubled the lock.
    expect(checkLoginThrottle("a@firm.test", "addr-1", at(21))).toMatchObject({ allowed: false, retryAfterMs: 29 * MIN });
  });

  it("doubles the lock with each further five failures", () => {
    fail(5, 0);
    fail(5, 20);
    const verdict = checkLoginThrottle("a@firm.test", "addr-1", at(20));
    expect(verdict).toMatchObject({ allowed: false, reason: "locked", retryAfterMs: 30 * MIN });
    expect(checkLoginThrottle("a@firm.test", "addr-1", at(50)).allowed).toBe(true);
  });

  it("starts counting again after a success, and refused attempts do not extend a lock", () => {
    fail(4);
    record("a@firm.test", "addr-1", "success", at(1));
    fail(4, 2);
    expect(checkLoginThrottle("a@firm.test", "addr-1", at(2)).allowed).toBe(true);
    fail(1, 3);
    for (let i = 0; i < 10; i++) record("a@firm.test", "addr-1", "locked", at(4));
    expect(checkLoginThrottle("a@firm.test", "addr-1", at(18)).allowed).toBe(true);
  });

  it("stores a keyed hash of the email, never the email", () => {
    fail(1);
    const rows = temp.db.$client.prepare("select * from login_attempts").all() as Record<string, unknown>[];
    expect(JSON.stringify(rows)).not.toContain("firm.test");
    expect(rows[0]!.key_hash).toBe(attemptKey(" A@Firm.test "));
  });
});

describe("reserving a check before the slow hash", () => {
  it("counts a reservation as a failure until it is settled, so a burst sees its own guesses", () => {
    const places = Array.from({ length: 20 }, () => reservePasswordCheck("a@firm.test", "addr-1", at(0)));
    expect(places.filter((place) => place.allowed)).toHaveLength(5);
    expect(places.slice(5).every((place) => !place.allowed && place.reason === "locked")).toBe(true);
  });

  it("a right password settles as a success and the count starts again; the second-factor step is neither", () => {
    const first = reservePasswordCheck("a@firm.test", "addr-1", at(0));
    if (!first.allowed) throw new Error("refused");
    first.settle(false);
    for (let i = 0; i < 3; i++) {
      const place = reservePasswordCheck("a@firm.test", "addr-1", at(0));
      if (!place.allowed) throw new Error("refused");
      place.settle(null);
    }
    // Three right passwords waiting for a code did not clear the earlier failure, nor add to it.
    fail(3, 0);
    expect(checkLoginThrottle("a@firm.test", "addr-1", at(0)).allowed).toBe(true);
    fail(1, 0);
    expect(checkLoginThrottle("a@firm.test", "addr-1", at(0)).allowed).toBe(false);
  });
});

describe("limit per address", () => {
  it("refuses the 101st attempt in an hour and says when the oldest leaves the window", () => {
    for (let i = 0; i < ATTEMPTS_PER_ADDRESS_PER_HOUR; i++) {
      record(`user${i % 30}@firm.test`, "busy", i % 2 ? "failure" : "success", at(i % 50));
    }
    const verdict = checkLoginThrottle("new@firm.test", "busy", at(50));
    expect(verdict).toEqual({ allowed: false, reason: "limited", retryAfterMs: 10 * MIN });
    expect(checkLoginThrottle("new@firm.test", "elsewhere", at(50)).allowed).toBe(true);
    expect(checkLoginThrottle("new@firm.test", "busy", at(61)).allowed).toBe(true);
  });
});

/** One guess through the reservation, as sign-in makes it: "checked" or the refusal's reason. */
function guess(email: string, address: string, when: Date, ok = false): string {
  const place = reservePasswordCheck(email, address, when);
  if (!place.allowed) return place.reason;
  place.settle(ok);
  return "checked";
}

describe("cap per account from every address", () => {
  it("checks 10 of 4 addresses x 5 wrong guesses, then refuses everywhere for 15 minutes, doubling with each further 10", () => {
    const answers = ["a1", "a2", "a3", "a4"].flatMap((address) => Array.from({ length: 5 }, () => guess("a@firm.test", address, at(0))));
    expect(answers.filter((answer) => answer === "checked")).toHaveLength(ACCOUNT_FAILURES_PER_LOCK);
    expect(answers.slice(10)).toEqual(Array(10).fill("account-locked"));
    expect(checkLoginThrottle("a@firm.test", "a9", at(14))).toMatchObject({ allowed: false, reason: "account-locked", retryAfterMs: MIN });
    // Other accounts are not touched.
    expect(checkLoginThrottle("b@firm.test", "a9", at(1)).allowed).toBe(true);
    // The lock runs out: refusals meanwhile did not renew it.
    for (let minute = 1; minute < 15; minute++) expect(guess("a@firm.test", "a9", at(minute))).toBe("account-locked");
    expect(checkLoginThrottle("a@firm.test", "a9", at(15)).allowed).toBe(true);
    // Ten more failures (from fresh addresses) lock it again, for twice as long.
    for (let i = 0; i < 10; i++) expect(guess("a@firm.test", `b${i}`, at(20))).toBe("checked");
    expect(checkLoginThrottle("a@firm.test", "c1", at(21))).toMatchObject({ reason: "account-locked", retryAfterMs: 29 * MIN });
  });

  it("says when a failure has just locked the account, once", () => {
    const tripped: boolean[] = [];
    for (let i = 0; i < 12; i++) {
      const place = reservePasswordCheck("a@firm.test", `addr-${i % 3}`, at(0));
      if (place.allowed) tripped.push(place.settle(false));
    }
    expect(tripped.filter(Boolean)).toHaveLength(1);
    expect(tripped.at(-1)).toBe(true);
  });

  it("never refuses from a place the account signed in from in the last 30 days", () => {
    guess("a@firm.test", "office", at(0), true);
    for (let i = 0; i < 10; i++) guess("a@firm.test", `far-${i % 5}`, at(1));
    expect(checkLoginThrottle("a@firm.test", "elsewhere", at(2)).allowed).toBe(false);
    expect(checkLoginThrottle("a@firm.test", "office", at(2)).allowed).toBe(true);
  });
});

describe("rows kept", () => {
  it("keeps the table to a few rows through 10,000 refused guesses, and still refuses the last", () => {
    for (let i = 0; i < 5; i++) guess("a@firm.test", "attacker", at(0));
    for (let i = 0; i < 10_000; i++) guess("a@firm.test", "attacker", at((i / 10_000) * 14));
    const rows = temp.db.$client.prepare("select outcome from login_attempts order by id").all();
    expect(rows).toEqual([...Array(5).fill({ outcome: "failure" }), { outcome: "locked" }]);
    expect(checkLoginThrottle("a@firm.test", "attacker", at(14))).toMatchObject({ allowed: false, reason: "locked" });
  }, 60_000);

  it("notes refusals once an hour, so a long attack costs a row an hour", () => {
    for (let i = 0; i < 5; i++) guess("a@firm.test", "attacker", at(0));
    // The lock doubles up to a day; refused guesses every minute for three hours.
    for (let minute = 0; minute < 180; minute++) guess("a@firm.test", "attacker", at(minute));
    const refusals = temp.db.$client.prepare("select count(*) n from login_attempts where outcome = 'locked'").get();
    expect(refusals).toEqual({ n: 3 });
  });
});

it("tells the person how long to wait", () => {
  expect(waitMessage({ allowed: false, reason: "locked", retryAfterMs: 14 * MIN + 1 })).toContain("Try again in 15 minutes.");
  expect(waitMessage({ allowed: false, reason: "limited", retryAfterMs: 30_000 })).toContain("Try again in 1 minute.");
});
