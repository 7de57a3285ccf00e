import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { recordLoginAttempt } from "@/db/login-attempts";
import { useTempDatabase } from "@/db/temp-database";
import { ATTEMPTS_PER_ADDRESS_PER_HOUR, checkLoginThrottle, waitMessage } from "./login-throttle";

const MIN = 60_000;
const start = new Date("2026-03-01T10:00:00Z");
const at = (minutes: number) => new Date(start.getTime() + minutes * MIN);
let temp: ReturnType<typeof useTempDatabase>;
beforeEach(() => (temp = useTempDatabase()));
afterEach(() => temp.remove());

function fail(times: number, minute = 0, email = "a@firm.test", address = "addr-1") {
  for (let i = 0; i < times; i++) recordLoginAttempt(email, address, "failure", at(minute));
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

  it("doubles the lock with each further five failures", () => {
    fail(5, 0);
    fail(5, 20);
    const verdict = checkLoginThrottle("a@firm.test", "addr-1", at(20));
    expect(verdict).toMatchObject({ allowed: false, reason: "locked", retryAfterMs: 30 * MIN });
    expect(checkLoginThrottle("a@firm.test", "addr-1", at(50)).allowed).toBe(true);
  });

  it("starts counting again after a success, and refused attempts do not extend a lock", () => {
    fail(4);
    recordLoginAttempt("a@firm.test", "addr-1", "success", at(1));
    fail(4, 2);
    expect(checkLoginThrottle("a@firm.test", "addr-1", at(2)).allowed).toBe(true);
    fail(1, 3);
    for (let i = 0; i < 10; i++) recordLoginAttempt("a@firm.test", "addr-1", "locked", at(4));
    expect(checkLoginThrottle("a@firm.test", "addr-1", at(18)).allowed).toBe(true);
  });
});

describe("limit per address", () => {
  it("refuses the 101st attempt in an hour and says when the oldest leaves the window", () => {
    for (let i = 0; i < ATTEMPTS_PER_ADDRESS_PER_HOUR; i++) {
      recordLoginAttempt(`user${i % 30}@firm.test`, "busy", i % 2 ? "failure" : "success", at(i % 50));
    }
    const verdict = checkLoginThrottle("new@firm.test", "busy", at(50));
    expect(verdict).toEqual({ allowed: false, reason: "limited", retryAfterMs: 10 * MIN });
    expect(checkLoginThrottle("new@firm.test", "elsewhere", at(50)).allowed).toBe(true);
    expect(checkLoginThrottle("new@firm.test", "busy", at(61)).allowed).toBe(true);
  });
});

it("tells the person how long to wait", () => {
  expect(waitMessage({ allowed: false, reason: "locked", retryAfterMs: 14 * MIN + 1 })).toContain("Try again in 15 minutes.");
  expect(waitMessage({ allowed: false, reason: "limited", retryAfterMs: 30_000 })).toContain("Try again in 1 minute.");
});
