import "server-only";
import type { Lang } from "@/lib/i18n/languages";
import { and, asc, count, desc, eq, inArray, lt, ne, sql, type SQL } from "drizzle-orm";
import { db } from "../client";
import { contains } from "../contains";
import { preparedPerConnection } from "../prepared";
import type { InquiryStatus } from "@/lib/inquiries/inquiry-statuses";
import { inquiries, inquiryEvents, outbox, posts, users } from "../schema";

export type Inquiry = typeof inquiries.$inferSelect;
export type NewInquiry = Omit<typeof inquiries.$inferInsert, "id" | "reference" | "status" | "readAt">;
export type QueuedMail = { toAddress: string; subject: string; textBody: string };

/** Statuses in which an inquiry still needs the firm's attention (and can be urgent). */
export const OPEN_STATUSES: InquiryStatus[] = ["new", "contacted", "consultation_scheduled"];
/** Statuses whose old inquiries the retention setting deletes. */
export const EXPIRING_STATUSES: InquiryStatus[] = ["closed", "declined", "spam"];

function isUniqueViolation(error: unknown, column: string): boolean {
  return error instanceof Error && "code" in error && String(error.code).startsWith("SQLITE_CONSTRAINT") && error.message.includes(column);
}

export function findInquiryBySubmissionKey(submissionKey: string): Pick<Inquiry, "id" | "reference"> | undefined {
  return bySubmissionKey().get({ submissionKey });
}

// Every form sent asks this twice (before validating, and inside the storing transaction).
const bySubmissionKey = preparedPerConnection((database) =>
  database
    .select({ id: inquiries.id, reference: inquiries.reference })
    .from(inquiries)
    .where(eq(inquiries.submissionKey, sql.placeholder("submissionKey")))
    .prepare(),
);

/**
 * Stores an inquiry and its mail in one transaction (committed before anything else
 * happens; inside another transaction, a savepoint of it: db/inquiries/inquiry-commits.ts). A submission key seen before returns the first inquiry and stores nothing:
 * `created` says which.
 */
export function createInquiry(
  values: NewInquiry,
  mailFor: (inquiry: { id: number; reference: string }) => QueuedMail[],
  newReference: () => string,
  now = new Date(),
): { id: number; reference: string; created: boolean } {
  for (let attempt = 0; ; attempt++) {
    try {
      return db().transaction((tx) => {
        // Prepared on the same connection, so it runs inside this transaction.
        const existing = findInquiryBySubmissionKey(values.submissionKey);
        if (existing) return { ...existing, created: false };
        const row = tx
          .insert(inquiries)
          .values({ ...values, reference: newReference(), createdAt: now })
          .returning({ id: inquiries.id, reference: inquiries.reference })
          .get();
        const mails = mailFor(row);
        if (mails.length) {
          tx.insert(outbox)
            .values(mails.map((mail) => ({ ...mail, inquiryId: row.id, nextAttemptAt: now, createdAt: now })))
            .run();
        }
        return { ...row, created: true };
      });
    } catch (error) {
      // A reference collision: draw another. (A submission-key race finds the first row next time round.)
      const retry = isUniqueViolation(error, "inquiries.reference") || isUniqueViolation(error, "inquiries.submission_key");
      if (!retry || attempt >= 5) throw error;
    }
  }
}

/** `language`: only the inquiries sent with the form in that language. */
export type InquiryListFilter = { status?: InquiryStatus; name?: string; language?: Lang };

/** Dates that make an open inquiry urgent: a court date from `today` to `urgentUntil` (YYYY-MM-DD). */
export type UrgencyWindow = { today: string; urgentUntil: string };

/** Urgent: open, and in custody or in court within the window. NULL (not urgent) for a row without a court date. */
function urgentCondition(window: UrgencyWindow): SQL {
  return sql`(${inquiries.status} in ${OPEN_STATUSES} and (${inquiries.custodyStatus} = 'in_custody'
    or (${inquiries.courtDate} >= ${window.today} and ${inquiries.courtDate} <= ${window.urgentUntil})))`;
}

function urgentExpression(window: UrgencyWindow): SQL<number> {
  return sql<number>`(case when ${urgentCondition(window)} then 1 else 0 end)`;
}

function listWhere(filter: InquiryListFilter): SQL | undefined {
  const conditions: SQL[] = [];
  if (filter.status) conditions.push(eq(inquiries.status, filter.status));
  if (filter.language) conditions.push(eq(inquiries.language, filter.language));
  const words = (filter.name ?? "").trim().split(/\s+/).filter(Boolean).slice(0, 5);
  for (const word of words) {
    // Every word somewhere in the name, ignoring case: "smith john" finds "John Q. Smith".
    conditions.push(contains(inquiries.name, word));
  }
  return conditions.length ? and(...conditions) : undefined;
}

export type InquiryListRow = Inquiry & { urgent: boolean; mailFailed: boolean; visitPostTitle: string | null };

// The current title of the post the inquiry's writer read last (lib/visits/came-from.ts).
const visitPostTitle = sql<string | null>`(select ${posts.title} from ${posts} where ${posts.id} = ${inquiries.visitPostId})`;

/** How many inquiries the filter finds. */
export function countInquiries(filter: InquiryListFilter): number {
  return db().select({ n: count() }).from(inquiries).where(listWhere(filter)).get()?.n ?? 0;
}

/** The page's ids, urgent first, then newest first: `offset` counts across both parts. */
function pageIds(filter: InquiryListFilter, window: UrgencyWindow, page: { limit: number; offset?: number }): number[] {
  // Written so that SQLite can find the urgent ones on inquiries_inbox_idx rather than test every row.
  const urgent = urgentCondition(window);
  const notUrgent = sql`not coalesce(${urgent}, 0)`;
  const part = (which: SQL, limit: number, offset: number) =>
    db()
      .select({ id: inquiries.id })
      .from(inquiries)
      .where(and(listWhere(filter), which))
      .orderBy(desc(inquiries.createdAt), desc(inquiries.id))
      .limit(limit)
      .offset(offset)
      .all()
      .map((row) => row.id);
  const offset = page.offset ?? 0;
  const urgentCount = db().select({ n: count() }).from(inquiries).where(and(listWhere(filter), urgent)).get()?.n ?? 0;
  const ids = offset < urgentCount ? part(urgent, page.limit, offset) : [];
  return ids.length < page.limit ? [...ids, ...part(notUrgent, page.limit - ids.length, Math.max(0, offset - urgentCount))] : ids;
}

/**
 * The inbox: urgent first, then newest first; `limit` / `offset` page through it. The urgent
 * ones are counted and the rest read newest first, each in the order of an index, so a page
 * reads only as many index entries as it skips; then only the page's rows are read whole, with
 * their mail state and the post they came from. Sorting on "urgent", which today's date
 * decides, sorted all 100,000 inquiries for every page: 23 ms for page 1, 56 ms for page 900
 * (`npm run bench -- --scale 10`).
 */
export function listInquiries(filter: InquiryListFilter, window: UrgencyWindow, page: { limit: number; offset?: number }): InquiryListRow[] {
  const ids = pageIds(filter, window, page);
  if (ids.length === 0) return [];
  const mailFailed = sql<number>`exists (select 1 from ${outbox} where ${outbox.inquiryId} = ${inquiries.id}
    and ${outbox.sentAt} is null and ${outbox.attempts} > 0)`;
  const rows = new Map(
    db()
      .select({ inquiry: inquiries, urgent: urgentExpression(window), mailFailed, visitPostTitle })
      .from(inquiries)
      .where(inArray(inquiries.id, ids))
      .all()
      .map((row) => [row.inquiry.id, { ...row.inquiry, urgent: Boolean(row.urgent), mailFailed: Boolean(row.mailFailed), visitPostTitle: row.visitPostTitle }]),
  );
  return ids.flatMap((id) => rows.get(id) ?? []);
}

/** Open inquiries that are urgent now (in custody, or court within 3 days), newest first: what the dashboard puts first. */
export function listUrgentInquiries(window: UrgencyWindow, limit: number): InquiryListRow[] {
  const urgent = urgentExpression(window);
  return db()
    .select({ inquiry: inquiries, visitPostTitle })
    .from(inquiries)
    .where(sql`${urgent} = 1`)
    .orderBy(desc(inquiries.createdAt), desc(inquiries.id))
    .limit(limit)
    .all()
    .map((row) => ({ ...row.inquiry, urgent: true, mailFailed: false, visitPostTitle: row.visitPostTitle }));
}

export function getInquiry(id: number, window: UrgencyWindow): (Inquiry & { urgent: boolean; visitPostTitle: string | null }) | undefined {
  const row = db()
    .select({ inquiry: inquiries, urgent: urgentExpression(window), visitPostTitle })
    .from(inquiries)
    .where(eq(inquiries.id, id))
    .get();
  return row && { ...row.inquiry, urgent: Boolean(row.urgent), visitPostTitle: row.visitPostTitle };
}

/** For the admin navigation's badge: inquiries nobody has moved on from "new". */
export function countNewInquiries(): number {
  return db().select({ n: count() }).from(inquiries).where(eq(inquiries.status, "new")).get()?.n ?? 0;
}

export function markInquiryRead(id: number, now = new Date()): void {
  db()
    .update(inquiries)
    .set({ readAt: now })
    .where(and(eq(inquiries.id, id), sql`${inquiries.readAt} is null`))
    .run();
}

/** Changes the status and records who did it and when; false when the inquiry is gone. */
export function changeInquiryStatus(id: number, toStatus: InquiryStatus, userId: number | null, now = new Date()): boolean {
  return db().transaction((tx) => {
    const current = tx.select({ status: inquiries.status }).from(inquiries).where(eq(inquiries.id, id)).get();
    if (!current) return false;
    if (current.status === toStatus) return true;
    tx.update(inquiries).set({ status: toStatus, readAt: sql`coalesce(${inquiries.readAt}, ${now.getTime()})` }).where(eq(inquiries.id, id)).run();
    tx.insert(inquiryEvents).values({ inquiryId: id, userId, kind: "status", fromStatus: current.status, toStatus, createdAt: now }).run();
    return true;
  });
}

/** Adds an internal note; false when the inquiry is gone. */
export function addInquiryNote(id: number, note: string, userId: number | null, now = new Date()): boolean {
  return db().transaction((tx) => {
    const exists = tx.select({ id: inquiries.id }).from(inquiries).where(eq(inquiries.id, id)).get();
    if (!exists) return false;
    tx.insert(inquiryEvents).values({ inquiryId: id, userId, kind: "note", note, createdAt: now }).run();
    return true;
  });
}

export type InquiryEventRow = {
  id: number;
  kind: "status" | "note";
  fromStatus: string | null;
  toStatus: string | null;
  note: string | null;
  createdAt: Date;
  userName: string | null;
};

/** Status changes and notes, oldest first. */
export function listInquiryEvents(inquiryId: number): InquiryEventRow[] {
  return db()
    .select({
      id: inquiryEvents.id,
      kind: inquiryEvents.kind,
      fromStatus: inquiryEvents.fromStatus,
      toStatus: inquiryEvents.toStatus,
      note: inquiryEvents.note,
      createdAt: inquiryEvents.createdAt,
      userName: users.name,
    })
    .from(inquiryEvents)
    .leftJoin(users, eq(users.id, inquiryEvents.userId))
    .where(eq(inquiryEvents.inquiryId, inquiryId))
    .orderBy(asc(inquiryEvents.createdAt), asc(inquiryEvents.id))
    .all();
}

/** Deletes an inquiry with its events (cascade); its unsent mail goes too. */
export function deleteInquiry(id: number): boolean {
  return db().transaction((tx) => {
    tx.delete(outbox).where(and(eq(outbox.inquiryId, id), sql`${outbox.sentAt} is null`)).run();
    return tx.delete(inquiries).where(eq(inquiries.id, id)).run().changes > 0;
  });
}

export type ConflictCandidate = Pick<Inquiry, "id" | "reference" | "name" | "personCharged" | "otherParties" | "status" | "createdAt">;

/** Every other inquiry's names, for the conflict check (a small firm has thousands at most). */
export function listConflictCandidates(excludeId: number): ConflictCandidate[] {
  return db()
    .select({
      id: inquiries.id,
      reference: inquiries.reference,
      name: inquiries.name,
      personCharged: inquiries.personCharged,
      otherParties: inquiries.otherParties,
      status: inquiries.status,
      createdAt: inquiries.createdAt,
    })
    .from(inquiries)
    .where(ne(inquiries.id, excludeId))
    .orderBy(desc(inquiries.createdAt))
    .all();
}

/** Deletes closed, declined and spam inquiries received before `cutoff`; how many went. */
export function deleteExpiredInquiries(cutoff: Date): number {
  return db().transaction((tx) => {
    const expired = and(inArray(inquiries.status, EXPIRING_STATUSES), lt(inquiries.createdAt, cutoff));
    const ids = tx.select({ id: inquiries.id }).from(inquiries).where(expired).all().map((r) => r.id);
    if (!ids.length) return 0;
    tx.delete(outbox).where(and(inArray(outbox.inquiryId, ids), sql`${outbox.sentAt} is null`)).run();
    return tx.delete(inquiries).where(inArray(inquiries.id, ids)).run().changes;
  });
}
