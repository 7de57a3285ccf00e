import { afterEach, beforeEach, expect, it } from "vitest";
import { recordLoginAttempt } from "@/db/login-attempts";
import { createSession, revokeSession } from "@/db/sessions";
import { useTempDatabase } from "@/db/temp-database";
import { createUser } from "@/db/users";
import { dailyChores, startDailyChores, stopDailyChores } from "./daily-chores";

let temp: ReturnType<typeof useTempDatabase>;
beforeEach(() => (temp = useTempDatabase()));
afterEach(() => {
  stopDailyChores();
  temp.remove();
});

const DAY = 24 * 60 * 60 * 1000;
const now = new Date("2026-06-01T12:00:00Z");
const ago = (ms: number) => new Date(now.getTime() - ms);

it("deletes ended sessions and sign-in attempts older than 30 days, and keeps the rest", () => {
  const user = createUser({ name: "A", email: "a@firm.test", passwordHash: "x", role: "owner" });
  const live = createSession(user.id, {}, ago(60_000));
  const idle = createSession(user.id, {}, ago(31 * 60_000));
  const revoked = createSession(user.id, {}, ago(60_000));
  revokeSession(revoked.id, ago(30_000));
  recordLoginAttempt("k", "a", "failure", ago(31 * DAY));
  recordLoginAttempt("k", "a", "failure", ago(29 * DAY));

  dailyChores(now);

  const sessions = temp.db.$client.prepare("select id from sessions").all() as { id: string }[];
  expect(sessions.map((s) => s.id)).toEqual([live.id]);
  expect(idle.id).not.toBe(live.id);
  const attempts = temp.db.$client.prepare("select created_at from login_attempts").all() as { created_at: number }[];
  expect(attempts.map((a) => a.created_at)).toEqual([ago(29 * DAY).getTime()]);
});

it("runs the chores as soon as it starts, and only once when started twice", () => {
  recordLoginAttempt("k", "a", "failure", new Date(Date.now() - 31 * DAY));
  startDailyChores();
  const count = () => (temp.db.$client.prepare("select count(*) as n from login_attempts").get() as { n: number }).n;
  expect(count()).toBe(0);
  recordLoginAttempt("k", "a", "failure", new Date(Date.now() - 31 * DAY));
  startDailyChores();
  expect(count()).toBe(1);
});
