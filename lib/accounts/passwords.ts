import "server-only";
import { hash, verify } from "@node-rs/argon2";
import { z } from "zod";

// OWASP's argon2id minimum: 19 MiB, 2 passes, 1 lane. (2 = Algorithm.Argon2id; the
// package's enum is a const enum, which isolated modules cannot import.)
const ARGON2ID = { algorithm: 2, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

/** At least 12 characters, at most 128; no composition rules (NIST 800-63B). */
export const passwordSchema = z
  .string()
  .min(12, "Use at least 12 characters.")
  .max(128, "Use at most 128 characters.");

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2ID);
}

// Verified against when the email is unknown, so a wrong email takes as long as a
// wrong password and the timing does not reveal which accounts exist.
let dummyHash: Promise<string> | undefined;

/** True when `password` matches `stored`; with no stored hash, spends the same time and fails. */
export async function verifyPassword(stored: string | null | undefined, password: string): Promise<boolean> {
  if (!stored) {
    dummyHash ??= hashPassword("not-a-real-password-for-timing");
    await verify(await dummyHash, password).catch(() => false);
    return false;
  }
  return verify(stored, password).catch(() => false);
}
