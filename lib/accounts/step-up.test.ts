import { TOTP, Secret } from "otpauth";
import { afterEach, beforeEach, expect, it } from "vitest";
import { createSession } from "@/db/sessions";
import { useTempDatabase } from "@/db/temp-database";
import { createUser } from "@/db/users";
import { hashPassword } from "./passwords";
import { confirmTotpEnrollment, startTotpEnrollment } from "./second-factor";
import { confirmIdentity, currentPasswordProblem, STEP_UP_NEEDED, stepUpProblem } from "./step-up";

let temp: ReturnType<typeof useTempDatabase>;
beforeEach(() => (temp = useTempDatabase()));
afterEach(() => temp.remove());

const MIN = 60_000;
const t0 = new Date("2026-03-01T10:00:00Z");
const at = (minutes: number) => new Date(t0.getTime() + minutes * MIN);

async function account(email: string, role: "owner" | "editor", password: string) {
  const user = createUser({ name: email, email, passwordHash: await hashPassword(password), role });
  return { id: user.id, sessionId: createSession(user.id, {}, at(0)).id };
}

it("counts signing in for 10 minutes, then asks again; the password or a code from the app renews it", async () => {
  const owner = await account("owner@firm.test", "owner", "lantern harbor quietly 42");
  expect(stepUpProblem(owner, at(9))).toBeUndefined();
  expect(stepUpProblem(owner, at(10))).toBe(STEP_UP_NEEDED);
  expect(await confirmIdentity(owner, "not the password", at(11))).toBe("That is not your current password.");
  expect(stepUpProblem(owner, at(11))).toBe(STEP_UP_NEEDED);
  expect(await confirmIdentity(owner, "lantern harbor quietly 42", at(12))).toBeUndefined();
  expect(stepUpProblem(owner, at(21))).toBeUndefined();
  expect(stepUpProblem(owner, at(22))).toBe(STEP_UP_NEEDED);

  const { secret } = startTotpEnrollment(owner.id, "owner@firm.test", "Firm");
  const totp = new TOTP({ secret: Secret.fromBase32(secret) });
  confirmTotpEnrollment(owner.id, totp.generate({ timestamp: Date.now() - 30_000 }));
  // The step-up is the session's: the clock of the code is the real one.
  expect(await confirmIdentity(owner, totp.generate(), at(30))).toBeUndefined();
  expect(stepUpProblem(owner, at(31))).toBeUndefined();
});

it("throttles each account's current password on its own: an editor's 102 wrong tries do not refuse the owner", async () => {
  const owner = await account("owner@firm.test", "owner", "lantern harbor quietly 42");
  const editor = await account("editor@firm.test", "editor", "violet kettle on the stove");
  const answers = new Set<string | undefined>();
  for (let i = 0; i < 102; i++) answers.add(await currentPasswordProblem(editor, `wrong guess ${i}`, at(i % 50)));
  expect([...answers].some((answer) => answer?.startsWith("Too many failed password attempts"))).toBe(true);
  expect(await currentPasswordProblem(owner, "lantern harbor quietly 42", at(50))).toBeUndefined();
  expect(await confirmIdentity(owner, "lantern harbor quietly 42", at(50))).toBeUndefined();
  // The editor's right password waits for their own lock, and the refusals wrote a row an hour at most.
  expect(await currentPasswordProblem(editor, "violet kettle on the stove", at(50))).toMatch(/Try again in \d+ minutes/);
  const rows = temp.db.$client.prepare("select count(*) n from login_attempts").get() as { n: number };
  expect(rows.n).toBeLessThan(20);
});
