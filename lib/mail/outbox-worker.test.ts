import { afterEach, beforeEach, expect, it } from "vitest";
import { createInquiry } from "@/db/inquiries/inquiries";
import { inquiryValues } from "@/db/inquiries/inquiry-fixtures";
import { outbox } from "@/db/schema";
import { useTempDatabase } from "@/db/temp-database";
import type { MailTransport } from "./mail";
import { retryDelay, sendDueMail } from "./outbox-worker";

let temp: ReturnType<typeof useTempDatabase>;
beforeEach(() => (temp = useTempDatabase()));
afterEach(() => temp.remove());

/** A transport that fails while `down` is true and records what it sends. */
function fakeTransport() {
  const sent: { to: string; subject: string; text: string }[] = [];
  const transport = {
    down: true,
    sent,
    async sendMail(mail: { to: string; subject: string; text: string }) {
      if (transport.down) throw new Error("connect ECONNREFUSED 127.0.0.1:2525");
      sent.push(mail);
    },
  };
  return transport satisfies MailTransport;
}

const options = { baseMs: 1000, maxMs: 8000, from: "site@firm.test" };

it("waits base, 2×, 4×… after each failure, up to the cap", () => {
  expect([1, 2, 3, 4, 5, 6].map((n) => retryDelay(n, options))).toEqual([1000, 2000, 4000, 8000, 8000, 8000]);
});

it("keeps failed mail with its error, retries with back-off, and sends it once the server is back", async () => {
  const start = new Date("2026-11-28T12:00:00Z").getTime();
  let clock = start;
  const now = () => new Date(clock);
  createInquiry(
    inquiryValues(),
    (i) => [{ toAddress: "intake@firm.test", subject: `New inquiry ${i.reference}`, textBody: `reference ${i.reference}` }],
    () => "OUT-0001",
    now(),
  );
  const transport = fakeTransport();
  const row = () => temp.db.select().from(outbox).get()!;

  expect(await sendDueMail(transport, { ...options, now })).toEqual({ sent: 0, failed: 1 });
  expect(row()).toMatchObject({ attempts: 1, sentAt: null, lastError: expect.stringContaining("ECONNREFUSED") });
  expect(row().nextAttemptAt.getTime()).toBe(start + 1000);

  clock = start + 500; // not due yet: nothing is tried
  expect(await sendDueMail(transport, { ...options, now })).toEqual({ sent: 0, failed: 0 });

  clock = start + 1000;
  expect(await sendDueMail(transport, { ...options, now })).toEqual({ sent: 0, failed: 1 });
  expect(row().attempts).toBe(2);
  expect(row().nextAttemptAt.getTime()).toBe(clock + 2000);

  transport.down = false;
  clock += 2000;
  expect(await sendDueMail(transport, { ...options, now })).toEqual({ sent: 1, failed: 0 });
  expect(row().sentAt?.getTime()).toBe(clock);
  expect(row().lastError).toBeNull();
  expect(transport.sent).toEqual([{ from: "site@firm.test", to: "intake@firm.test", subject: "New inquiry OUT-0001", text: "reference OUT-0001" }]);

  clock += 60_000; // sent mail is never sent again
  expect(await sendDueMail(transport, { ...options, now })).toEqual({ sent: 0, failed: 0 });
  expect(transport.sent).toHaveLength(1);
});
