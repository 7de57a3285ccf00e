import { afterEach, beforeEach, expect, it } from "vitest";
import { useTempDatabase } from "@/db/temp-database";
import { newPasswordProblem, weakPasswordReason } from "./password-rules";
import { hashPassword } from "./passwords";

let temp: ReturnType<typeof useTempDatabase>;
beforeEach(() => (temp = useTempDatabase()));
afterEach(() => temp.remove());

const account = { email: "jane.doe@firm.test", name: "Jane Doe" };

it("refuses common and guessable passwords, saying why", () => {
  expect(weakPasswordReason("123456789012", account)).toMatch(/common passwords|Sequences/);
  expect(weakPasswordReason("passwordpassword", account)).toMatch(/common passwords|Repeated/);
  expect(weakPasswordReason("qwertyuiopasdf", account)).toMatch(/common passwords|Sequences/);
  expect(weakPasswordReason("aaaaaaaaaaaaaaa", account)).toMatch(/Repeated/);
});

it("refuses the account's own email and name in the password", () => {
  expect(weakPasswordReason("jane.doe@firm.test", account)).toMatch(/email address or name/);
  expect(weakPasswordReason("JaneDoe2026!!", account)).toMatch(/email address or name/);
});

it("accepts a few unrelated words and a long random string", () => {
  expect(weakPasswordReason("correct horse battery staple", account)).toBeUndefined();
  expect(weakPasswordReason("x7#Vq9!mTe2$Lp", account)).toBeUndefined();
});

it("refuses the current password as the new one", async () => {
  const passwordHash = await hashPassword("the lamp by the window");
  expect(await newPasswordProblem("the lamp by the window", { ...account, passwordHash })).toMatch(/different from your current/);
  expect(await newPasswordProblem("a different lamp on the shelf", { ...account, passwordHash })).toBeUndefined();
});
