// The firm's conflict list (conflict_parties): listed, added by hand, imported, removed.
import "server-only";
import { count, desc, eq } from "drizzle-orm";
import { db } from "./client";
import { contains } from "./contains";
import type { ConflictRole } from "@/lib/conflicts/conflict-roles";
import { conflictParties } from "./schema";

export type ConflictParty = typeof conflictParties.$inferSelect;
export type NewConflictParty = { name: string; role: ConflictRole; matter: string };

/** The whole list, for the check (a small firm's list is thousands of names at most). */
export function listAllConflictParties(): Pick<ConflictParty, "id" | "name" | "role" | "matter">[] {
  return db().select({ id: conflictParties.id, name: conflictParties.name, role: conflictParties.role, matter: conflictParties.matter }).from(conflictParties).all();
}

/** A page of the list for the admin, newest first, optionally only names containing `search`. */
export function listConflictParties(options: { search?: string; limit: number }): ConflictParty[] {
  const search = options.search?.trim();
  return db()
    .select()
    .from(conflictParties)
    .where(search ? contains(conflictParties.name, search) : undefined)
    .orderBy(desc(conflictParties.createdAt), desc(conflictParties.id))
    .limit(options.limit)
    .all();
}

export function countConflictParties(search?: string): number {
  const words = search?.trim();
  return db().select({ n: count() }).from(conflictParties).where(words ? contains(conflictParties.name, words) : undefined).get()?.n ?? 0;
}

export function addConflictParty(entry: NewConflictParty, userId: number, now = new Date()): ConflictParty {
  return db().insert(conflictParties).values({ ...entry, source: "manual", createdBy: userId, createdAt: now }).returning().get();
}

/** Adds every entry of an import in one transaction (all or none); an entry already listed as it is (name, role, matter) is not added twice. */
export function importConflictParties(entries: NewConflictParty[], userId: number, now = new Date()): { added: number; duplicates: number } {
  return db().transaction((tx) => {
    const key = (e: NewConflictParty) => `${e.name.toLowerCase()}\u0000${e.role}\u0000${e.matter.toLowerCase()}`;
    const known = new Set(tx.select({ name: conflictParties.name, role: conflictParties.role, matter: conflictParties.matter }).from(conflictParties).all().map(key));
    let added = 0;
    for (const entry of entries) {
      if (known.has(key(entry))) continue;
      known.add(key(entry));
      tx.insert(conflictParties).values({ ...entry, source: "import", createdBy: userId, createdAt: now }).run();
      added++;
    }
    return { added, duplicates: entries.length - added };
  });
}

export function deleteConflictParty(id: number): boolean {
  return db().delete(conflictParties).where(eq(conflictParties.id, id)).run().changes > 0;
}
