import { expect, it } from "vitest";
import type { Session } from "@/db/sessions";
import { isSessionAlive } from "./session-rules";

const MIN = 60_000;
const t0 = new Date("2026-03-01T08:00:00Z");
const after = (minutes: number) => new Date(t0.getTime() + minutes * MIN);
const session = (over: Partial<Session> = {}): Session => ({ id: "s", userId: 1, createdAt: t0, lastSeenAt: t0, revokedAt: null, address: null, userAgent: null, ...over });

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
