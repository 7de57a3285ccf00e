import "server-only";
import { and, asc, count, eq, isNotNull } from "drizzle-orm";
import { users } from "./schema";
import { db } from "./client";

export type User = typeof users.$inferSelect;
export type NewUser = typeof users.$inferInsert;

export function createUser(values: NewUser): User {
  return db().insert(users).values(values).returning().get();
}

export function countUsers(): number {
  return db().select({ n: count() }).from(users).get()?.n ?? 0;
}

/** Accounts that can sign in (the seeded sample author has no password). */
export function countSignInAccounts(): number {
  return db().select({ n: count() }).from(users).where(isNotNull(users.passwordHash)).get()?.n ?? 0;
}

export function findUserByEmail(email: string): User | undefined {
  return db().select().from(users).where(eq(users.email, email.trim().toLowerCase())).get();
}

export function findUserById(id: number): User | undefined {
  return db().select().from(users).where(eq(users.id, id)).get();
}

/** Users who can sign in, owners first. */
export function listAccounts(): User[] {
  return db().select().from(users).where(isNotNull(users.passwordHash)).orderBy(asc(users.role), asc(users.email)).all();
}

export function setPasswordHash(id: number, passwordHash: string): void {
  db().update(users).set({ passwordHash, updatedAt: new Date() }).where(eq(users.id, id)).run();
}

/** Lets an editor publish without review, or sends their changes through review again. */
export function setPublishesDirectly(id: number, publishesDirectly: boolean): void {
  db().update(users).set({ publishesDirectly, updatedAt: new Date() }).where(eq(users.id, id)).run();
}

export function setUserActive(id: number, active: boolean): void {
  db().update(users).set({ active, updatedAt: new Date() }).where(eq(users.id, id)).run();
}

export function countActiveOwners(): number {
  return (
    db()
      .select({ n: count() })
      .from(users)
      .where(and(eq(users.role, "owner"), eq(users.active, true), isNotNull(users.passwordHash)))
      .get()?.n ?? 0
  );
}
