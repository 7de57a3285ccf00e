import { afterEach, beforeEach, expect, it, vi } from "vitest";
import { db } from "@/db/client";
import { outbox, passwordResets } from "@/db/schema";
import { createSession, findSession } from "@/db/sessions";
import { useTempDatabase } from "@/db/temp-database";
import { createUser, findUserById } from "@/db/users";
import { verifyPassword, hashPassword } from "./passwords";
import { isResetTokenUsable, requestPasswordReset, resetPassword, RESET_LIMITS } from "./password-reset";

const now = new Date("2026-03-01T12:00:00Z");
const minutes = (n: number) => new Date(now.getTime() + n * 60_000);
const NEW_PASSWORD = "copper lantern beside the river";
let temp: ReturnType<typeof useTempDatabase>;
let userId: number;

beforeEach(async () => {
  temp = useTempDatabase();
  vi.stubEnv("SMTP_URL", "smtp://127.0.0.1:2525");
  vi.stubEnv("SITE_URL", "https://firm.example");
  userId = createUser({ email: "ann@firm.test", name: "Ann Attorney", role: "owner", passwordHash: await hashPassword("the old password, long enough") }).id;
});
afterEach(() => temp.remove());

const mails = () => db().select().from(outbox).all();
const linkToken = (text: string) => /\/admin\/reset-password\?token=([\w-]+)/.exec(text)?.[1] ?? "";

it("queues one link for a real account and the same answer for an unknown one, which gets no mail", () => {
  expect(requestPasswordReset("nobody@firm.test", "203.0.113.1", now)).toBe("sent");
  expect(mails()).toHaveLength(0);
  expect(requestPasswordReset(" Ann@Firm.test ", "203.0.113.1", now)).toBe("sent");
  const [mail] = mails();
  expect(mail).toMatchObject({ toAddress: "ann@firm.test", sentAt: null });
  expect(mail!.textBody).toContain("within 30 minutes");
  expect(mail!.textBody).toContain("https://firm.example/admin/reset-password?token=");
  // Only a hash of the token is stored.
  const token = linkToken(mail!.textBody);
  expect(db().select().from(passwordResets).all().map((r) => r.tokenHash)).not.toContain(token);
  expect(isResetTokenUsable(token, minutes(29))).toBe(true);
  expect(isResetTokenUsable(token, minutes(31))).toBe(false);
});

it("sets the password once, ends every session, and refuses the link again or after 30 minutes", async () => {
  const session = createSession(userId, {}, now);
  requestPasswordReset("ann@firm.test", "203.0.113.1", now);
  requestPasswordReset("ann@firm.test", "203.0.113.1", now);
  const [first, second] = mails().map((m) => linkToken(m.textBody));
  expect(await resetPassword(first!, "short", "203.0.113.1", minutes(5))).toMatchObject({ ok: false, field: "password" });
  expect(await resetPassword(first!, "password123456", "203.0.113.1", minutes(5))).toMatchObject({ ok: false, field: "password" });
  expect(await resetPassword(first!, NEW_PASSWORD, "203.0.113.1", minutes(31))).toMatchObject({ ok: false, field: "token" });
  expect(await resetPassword(first!, NEW_PASSWORD, "203.0.113.1", minutes(10))).toEqual({ ok: true });
  expect(await verifyPassword(findUserById(userId)!.passwordHash, NEW_PASSWORD)).toBe(true);
  expect(findSession(session.id)!.revokedAt).toEqual(minutes(10));
  // Used once; and the other link of the same account is spent with it.
  expect(await resetPassword(first!, "another long passphrase here", "203.0.113.1", minutes(11))).toMatchObject({ ok: false, field: "token" });
  expect(await resetPassword(second!, "another long passphrase here", "203.0.113.1", minutes(11))).toMatchObject({ ok: false, field: "token" });
  expect(await verifyPassword(findUserById(userId)!.passwordHash, NEW_PASSWORD)).toBe(true);
});

it("limits requests per address typed and per client, known or unknown alike", () => {
  for (let i = 0; i < RESET_LIMITS.perAddress; i++) expect(requestPasswordReset("ann@firm.test", `198.51.100.${i}`, now)).toBe("sent");
  expect(requestPasswordReset("ann@firm.test", "198.51.100.99", now)).toBe("limited");
  expect(mails()).toHaveLength(RESET_LIMITS.perAddress);
  for (let i = 0; i < RESET_LIMITS.perClient; i++) expect(requestPasswordReset(`someone${i}@firm.test`, "192.0.2.7", now)).toBe("sent");
  expect(requestPasswordReset("someone-else@firm.test", "192.0.2.7", now)).toBe("limited");
  // An hour later the address may ask again.
  expect(requestPasswordReset("ann@firm.test", "198.51.100.99", minutes(61))).toBe("sent");
});

it("says so, and queues nothing, when no mail server is set", () => {
  vi.stubEnv("SMTP_URL", "");
  expect(requestPasswordReset("ann@firm.test", "203.0.113.1", now)).toBe("no-mail-server");
  expect(mails()).toHaveLength(0);
});
