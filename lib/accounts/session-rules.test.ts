import { expect, it } from "vitest";
import type { Session } from "@/db/sessions";
import { isSessionAlive, sessionCanBeExtended, sessionTimeLeft } from "./session-rules";

const MIN = 60_000;
const t0 = new Date("2026-03-01T08:00:00Z");
const after = (minutes: number) => new Date(t0.getTime() + minutes * MIN);
const session = (over: Partial<Session> = {}): Session => ({ id: "s", userId: 1, createdAt: t0, lastSeenAt: t0, revokedAt: null, steppedUpAt: null, address: null, userAgent: null, ...over });

it("ends a session after 30 minutes idle", () => {
  expect(isSessionAlive(session(), after(30))).toBe(true);
  expect(isSessionAlive(session(), after(31))).toBe(false);
  expect(isSessionAlive(session({ lastSeenAt: after(100) }), after(120))).toBe(true);
});

it("ends a session 12 hours after sign-in, however busy", () => {
  expect(isSessionAlive(session({ lastSeenAt: after(12 * 60 - 1) }), after(12 * 60))).toBe(true);
  expect(isSessionAlive(session({ lastSeenAt: after(12 * 60) }), after(12 * 60 + 1))).toBe(false);
});

it("ends a revoked session at once", () => {
  expect(isSessionAlive(session({ revokedAt: t0 }), after(1))).toBe(false);
});

it("says how long is left: the idle limit, or the 12 hours when they come first (the admin's warning reads it)", () => {
  expect(sessionTimeLeft(session(), after(28))).toBe(2 * MIN);
  expect(sessionTimeLeft(session(), after(31))).toBe(0);
  expect(sessionTimeLeft(session({ lastSeenAt: after(12 * 60 - 10) }), after(12 * 60 - 5))).toBe(5 * MIN);
  expect(sessionTimeLeft(session({ revokedAt: t0 }), after(1))).toBe(0);
});

it("lets Stay signed in extend a session until the last two minutes of its 12 hours", () => {
  expect(sessionCanBeExtended(session(), after(28))).toBe(true);
  expect(sessionCanBeExtended(session({ lastSeenAt: after(12 * 60 - 3) }), after(12 * 60 - 1))).toBe(false);
});
