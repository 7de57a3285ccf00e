import { expect, it } from "vitest";
import { hashPassword, passwordSchema, verifyPassword } from "./passwords";

it("hashes with argon2id at OWASP's parameters and verifies", async () => {
  const stored = await hashPassword("correct horse battery");
  expect(stored).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  expect(await verifyPassword(stored, "correct horse battery")).toBe(true);
  expect(await verifyPassword(stored, "correct horse batterY")).toBe(false);
});

it("takes about as long for an unknown account as for a wrong password", async () => {
  const stored = await hashPassword("correct horse battery");
  const time = async (fn: () => Promise<unknown>) => {
    const start = performance.now();
    for (let i = 0; i < 3; i++) await fn();
    return performance.now() - start;
  };
  await verifyPassword(null, "warm up the dummy hash");
  const known = await time(() => verifyPassword(stored, "wrong password here"));
  const unknown = await time(() => verifyPassword(null, "wrong password here"));
  expect(await verifyPassword(null, "anything")).toBe(false);
  expect(unknown / known).toBeGreaterThan(0.5);
  expect(unknown / known).toBeLessThan(2);
});

it("accepts 12 to 128 characters of anything, pasted or typed", () => {
  expect(passwordSchema.safeParse("a".repeat(11)).success).toBe(false);
  expect(passwordSchema.safeParse("twelve chars").success).toBe(true);
  expect(passwordSchema.safeParse("ñ 🙂 ".repeat(3)).success).toBe(true);
  expect(passwordSchema.safeParse("x".repeat(128)).success).toBe(true);
  expect(passwordSchema.safeParse("x".repeat(129)).success).toBe(false);
});
