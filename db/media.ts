import { eq } from "drizzle-orm";
import { db } from "./client";
import { media } from "./schema";

export type Media = typeof media.$inferSelect;

export function insertMedia(values: typeof media.$inferInsert): Media {
  return db().insert(media).values(values).returning().get();
}

export function findMediaById(id: number): Media | undefined {
  return db().select().from(media).where(eq(media.id, id)).get();
}

export function findMediaByFileName(fileName: string): Media | undefined {
  return db().select().from(media).where(eq(media.fileName, fileName)).get();
}
