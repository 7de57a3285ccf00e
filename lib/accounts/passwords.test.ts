import type * as Argon2 from "@node-rs/argon2";
import { expect, it, vi } from "vitest";
import { hashPassword, passwordSchema, verifyPassword } from "./passwords";

const verifySpy = vi.hoisted(() => vi.fn());
vi.mock("@node-rs/argon2", async (importOriginal) => {
  const real = await importOriginal<typeof Argon2>();
  verifySpy.mockImplementation(real.verify);
  return { ...real, verify: verifySpy };
});

it("hashes with argon2id at OWASP's parameters and verifies", async () => {
  const stored = await hashPassword("correct horse battery");
  expect(stored).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  expect(await verifyPassword(stored, "correct horse battery")).toBe(true);
  expect(await verifyPassword(stored, "correct horse batterY")).toBe(false);
});

it("does the same argon2id work for an unknown account as for a wrong password", async () => {
  // Equal work rather than a stopwatch: wall-clock timing is noisy on a shared machine.
  const stored = await hashPassword("correct horse battery");
  verifySpy.mockClear();
  expect(await verifyPassword(stored, "wrong password here")).toBe(false);
  expect(await verifyPassword(null, "wrong password here")).toBe(false);
  expect(await verifyPassword(undefined, "wrong password here")).toBe(false);
  expect(verifySpy).toHaveBeenCalledTimes(3);
  const params = verifySpy.mock.calls.map(([hash]) => String(hash).split("$").slice(1, 4).join("$"));
  expect(new Set(params)).toEqual(new Set(["argon2id$v=19$m=19456,t=2,p=1"]));
});

it("accepts 12 to 128 characters of anything, pasted or typed", () => {
  expect(passwordSchema.safeParse("a".repeat(11)).success).toBe(false);
  expect(passwordSchema.safeParse("twelve chars").success).toBe(true);
  expect(passwordSchema.safeParse("ñ 🙂 ".repeat(3)).success).toBe(true);
  expect(passwordSchema.safeParse("x".repeat(128)).success).toBe(true);
  expect(passwordSchema.safeParse("x".repeat(129)).success).toBe(false);
});
