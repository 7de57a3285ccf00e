import { count } from "drizzle-orm";
import { users } from "./schema";
import { db } from "./client";

export type NewUser = typeof users.$inferInsert;

export function createUser(values: NewUser) {
  return db().insert(users).values(values).returning().get();
}

export function countUsers(): number {
  return db().select({ n: count() }).from(users).get()?.n ?? 0;
}
