// Inquiries sent at the same moment share one commit. Each commit with synchronous=FULL
// waits for the disk (1–3 ms here), and the event loop waits with it; 50 people sending
// at once queued behind 50 of them. The inquiries that reach this point in one turn of the
// event loop are written in one transaction, each in its own savepoint (one that fails is
// undone alone and fails alone), and every sender hears only once that commit is on disk.
import "server-only";
import { db } from "../client";
import { createInquiry, type NewInquiry, type QueuedMail } from "./inquiries";

type Stored = { id: number; reference: string; created: boolean };
type Waiting = {
  store: () => Stored;
  resolve: (stored: Stored) => void;
  reject: (error: unknown) => void;
};

let waiting: Waiting[] = [];

function commitWaiting(): void {
  const batch = waiting;
  waiting = [];
  let outcomes: ({ ok: true; stored: Stored } | { ok: false; error: unknown })[];
  try {
    outcomes = db().transaction(() =>
      batch.map((item) => {
        try {
          return { ok: true as const, stored: item.store() };
        } catch (error) {
          return { ok: false as const, error };
        }
      }),
    );
  } catch (error) {
    // The commit itself failed: nothing of the batch is stored, and every sender hears so.
    for (const item of batch) item.reject(error);
    return;
  }
  batch.forEach((item, i) => {
    const outcome = outcomes[i]!;
    if (outcome.ok) item.resolve(outcome.stored);
    else item.reject(outcome.error);
  });
}

/** createInquiry(), committed with the other inquiries of this turn; resolves once it is on disk. */
export function storeInquiry(values: NewInquiry, mailFor: (inquiry: { id: number; reference: string }) => QueuedMail[], newReference: () => string, now = new Date()): Promise<Stored> {
  return new Promise((resolve, reject) => {
    waiting.push({ store: () => createInquiry(values, mailFor, newReference, now), resolve, reject });
    if (waiting.length === 1) setImmediate(commitWaiting);
  });
}
