import "server-only";
import { and, asc, count, eq, isNull } from "drizzle-orm";
import { db } from "./client";
import { passkeys, recoveryCodes, totpFactors } from "./schema";

export type Passkey = typeof passkeys.$inferSelect;

/** Which second factors an account has set up. */
export function secondFactorsOf(userId: number): { totp: boolean; passkeys: number; recoveryCodesLeft: number } {
  const totp = db().select({ secret: totpFactors.secret }).from(totpFactors).where(eq(totpFactors.userId, userId)).get();
  const keys = db().select({ n: count() }).from(passkeys).where(eq(passkeys.userId, userId)).get()?.n ?? 0;
  const codes =
    db()
      .select({ n: count() })
      .from(recoveryCodes)
      .where(and(eq(recoveryCodes.userId, userId), isNull(recoveryCodes.usedAt)))
      .get()?.n ?? 0;
  return { totp: Boolean(totp?.secret), passkeys: keys, recoveryCodesLeft: codes };
}

export function findTotp(userId: number) {
  return db().select().from(totpFactors).where(eq(totpFactors.userId, userId)).get();
}

/** Keeps a new secret aside until the person confirms it with a first code. */
export function setPendingTotpSecret(userId: number, secret: string): void {
  db()
    .insert(totpFactors)
    .values({ userId, pendingSecret: secret })
    .onConflictDoUpdate({ target: totpFactors.userId, set: { pendingSecret: secret } })
    .run();
}

/** The pending secret becomes the account's, with fresh recovery codes (their hashes), in one transaction. */
export function enableTotp(userId: number, step: number, codeHashes: string[], now = new Date()): boolean {
  return db().transaction((tx) => {
    const row = tx.select().from(totpFactors).where(eq(totpFactors.userId, userId)).get();
    if (!row?.pendingSecret) return false;
    tx.update(totpFactors).set({ secret: row.pendingSecret, pendingSecret: null, lastStep: step, enabledAt: now }).where(eq(totpFactors.userId, userId)).run();
    tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId)).run();
    if (codeHashes.length) tx.insert(recoveryCodes).values(codeHashes.map((codeHash) => ({ userId, codeHash, createdAt: now }))).run();
    return true;
  });
}

/** Accepts a time step once: false when it (or a later one) was used already. */
export function takeTotpStep(userId: number, step: number): boolean {
  return db().transaction((tx) => {
    const row = tx.select({ lastStep: totpFactors.lastStep }).from(totpFactors).where(eq(totpFactors.userId, userId)).get();
    if (row?.lastStep != null && row.lastStep >= step) return false;
    tx.update(totpFactors).set({ lastStep: step }).where(eq(totpFactors.userId, userId)).run();
    return true;
  });
}

export function removeTotp(userId: number): void {
  db().delete(totpFactors).where(eq(totpFactors.userId, userId)).run();
}

/** Replaces the account's recovery codes. */
export function replaceRecoveryCodes(userId: number, codeHashes: string[], now = new Date()): void {
  db().transaction((tx) => {
    tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId)).run();
    if (codeHashes.length) tx.insert(recoveryCodes).values(codeHashes.map((codeHash) => ({ userId, codeHash, createdAt: now }))).run();
  });
}

/** Uses up a recovery code; false when the account has no such unused code. */
export function spendRecoveryCode(userId: number, codeHash: string, now = new Date()): boolean {
  const result = db()
    .update(recoveryCodes)
    .set({ usedAt: now })
    .where(and(eq(recoveryCodes.userId, userId), eq(recoveryCodes.codeHash, codeHash), isNull(recoveryCodes.usedAt)))
    .run();
  return result.changes === 1;
}

export function listPasskeys(userId: number): Passkey[] {
  return db().select().from(passkeys).where(eq(passkeys.userId, userId)).orderBy(asc(passkeys.createdAt)).all();
}

export function findPasskey(id: string): Passkey | undefined {
  return db().select().from(passkeys).where(eq(passkeys.id, id)).get();
}

export function addPasskey(values: typeof passkeys.$inferInsert): void {
  db().insert(passkeys).values(values).run();
}

export function markPasskeyUsed(id: string, counter: number, now = new Date()): void {
  db().update(passkeys).set({ counter, lastUsedAt: now }).where(eq(passkeys.id, id)).run();
}

export function removePasskey(userId: number, id: string): boolean {
  return db().delete(passkeys).where(and(eq(passkeys.userId, userId), eq(passkeys.id, id))).run().changes === 1;
}

/** Everything second-factor of an account (the terminal's reset, for a lost phone). */
export function removeSecondFactors(userId: number): void {
  db().transaction((tx) => {
    tx.delete(totpFactors).where(eq(totpFactors.userId, userId)).run();
    tx.delete(passkeys).where(eq(passkeys.userId, userId)).run();
    tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId)).run();
  });
}
