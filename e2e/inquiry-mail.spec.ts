import { expect, test as base } from "@playwright/test";
import { freePort } from "../scripts/free-port";
import { inquiryNamedIn, openAndFill, ownContextAddress, sendAndReadReference, uniqueName } from "./inquiry-form";
import { expectAccessible } from "./accessibility";
import { readDb, startOwnServer, type OwnServer } from "./own-server";
import { signIn } from "./sign-in";
import { SmtpSink } from "./smtp-sink";

// A server of their own whose mail goes to a sink these journeys start and read (the shared
// server's mail goes to the run's sink: e2e/global-setup.ts). They share it, in order, in one worker.
base.describe.configure({ mode: "serial" });

const sink = new SmtpSink();

const test = base.extend<object, { mailServer: OwnServer & { smtpPort: number } }>({
  mailServer: [
    async ({}, use) => {
      const smtpPort = await freePort();
      const server = await startOwnServer({
        env: {
          SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
          NOTIFY_EMAIL: "intake@firm.test",
          // Each journey gives itself a client address in X-Forwarded-For (ownContextAddress).
          TRUST_PROXY: "1",
          // Short polls and retries, so a mail server coming back is seen quickly.
          OUTBOX_POLL_MS: "250",
          OUTBOX_RETRY_BASE_MS: "500",
          OUTBOX_RETRY_MAX_MS: "2000",
        },
      });
      await use({ ...server, smtpPort });
      await server.stop();
      await sink.stop();
    },
    { scope: "worker" },
  ],
  baseURL: async ({ mailServer }, use) => use(mailServer.origin),
});

type OutboxRow = { attempts: number; sent_at: number | null; last_error: string | null; to_address: string };
const outboxOf = (server: OwnServer, inquiryId: number) =>
  readDb<OutboxRow>(server.dbFile, "select attempts, sent_at, last_error, to_address from outbox where inquiry_id = ?", inquiryId);

test("with the mail server down the inquiry is saved, the inbox says so, and the mail goes once the server is back", async ({ page, context, mailServer }) => {
  test.setTimeout(60_000);
  await ownContextAddress(context);
  const name = uniqueName("Sidney");
  await openAndFill(page, { name, email: "sidney@example.com", message: "Nobody is listening for mail yet." });
  const reference = await sendAndReadReference(page);

  const row = inquiryNamedIn(mailServer.dbFile, name);
  expect(row?.reference).toBe(reference);
  // The worker has tried and failed, and keeps the mail.
  await expect.poll(() => outboxOf(mailServer, row!.id)[0]?.attempts ?? 0, { timeout: 10_000 }).toBeGreaterThan(0);
  expect(outboxOf(mailServer, row!.id)).toEqual([expect.objectContaining({ sent_at: null, to_address: "intake@firm.test", last_error: expect.stringMatching(/ECONNREFUSED|connect/i) })]);

  await signIn(page, undefined, "/admin/inquiries");
  const stuck = page.getByRole("region", { name: "Mail that could not be sent" });
  await expect(stuck).toContainText(`New inquiry ${reference}`);
  // Why, in words the attorney can act on; what the mail library said only behind "Technical details".
  await stuck.getByText(/^Mail that could not be sent/).click();
  const item = stuck.getByRole("listitem").filter({ hasText: reference });
  await expect(item).toContainText("The mail server refused the connection. Check SMTP_URL");
  await expect(item.getByText(/ECONNREFUSED/)).toBeHidden();
  await item.getByText("Technical details").click();
  await expect(item.getByText(/ECONNREFUSED/)).toBeVisible();
  await expectAccessible(page);
  await expect(page.locator(`tr[data-reference="${reference}"]`)).toContainText("Mail not sent");
  await page.goto(`/admin/inquiries/${row!.id}`);
  await expect(page.getByRole("region", { name: "Mail about this inquiry" })).toContainText("The mail server refused the connection. Check SMTP_URL");

  await sink.start(mailServer.smtpPort);
  await expect.poll(() => sink.mailsMentioning(reference).length, { timeout: 15_000 }).toBe(1);
  await expect.poll(() => outboxOf(mailServer, row!.id)[0]?.sent_at ?? null).not.toBeNull();
});

test("a valid inquiry sends exactly one notification, with the reference and a link, and nothing the person wrote", async ({ page, context, baseURL, mailServer }) => {
  await ownContextAddress(context);
  const name = uniqueName("Harper");
  const personal = {
    name,
    email: "harper.private@example.com",
    phone: "(555) 010-0111",
    charges: "Unique-charge-text",
    otherParties: "Morgan Privateparty",
    message: "Unique-message-text about the arrest",
    heardFrom: "Unique-heard-text",
  };
  await openAndFill(page, personal);
  const reference = await sendAndReadReference(page);
  const row = inquiryNamedIn(mailServer.dbFile, name);

  await expect.poll(() => sink.mailsMentioning(reference).length, { timeout: 15_000 }).toBe(1);
  // Nothing else arrives for it (the worker polls every 250 ms in tests).
  await page.waitForTimeout(1500);
  const mails = sink.mailsMentioning(reference);
  expect(mails).toHaveLength(1);
  const mail = mails[0]!;
  expect(mail.to).toEqual(["intake@firm.test"]);
  expect(mail.text).toContain(`${baseURL}/admin/inquiries/${row!.id}`);
  for (const value of Object.values(personal)) {
    expect(mail.raw, `mail mentions ${value}`).not.toContain(value);
    expect(mail.text, `mail mentions ${value}`).not.toContain(value);
  }
});

test("an urgent inquiry's notification says Urgent in its subject, and still nothing the person wrote", async ({ page, context }) => {
  await ownContextAddress(context);
  const name = uniqueName("Rowan");
  const personal = { name, phone: "(334) 555-0188", personCharged: "Eli Privatecharged", message: "Unique-urgent-message", charges: "Unique-urgent-charge" };
  await openAndFill(page, { ...personal, custody: "In custody (in jail now)" });
  const reference = await sendAndReadReference(page);
  await expect.poll(() => sink.mailsMentioning(reference).length, { timeout: 15_000 }).toBe(1);
  const mail = sink.mailsMentioning(reference)[0]!;
  expect(mail.raw).toMatch(new RegExp(`^Subject: Urgent inquiry ${reference}\\r?$`, "m"));
  for (const value of Object.values(personal)) expect(mail.raw, `mail mentions ${value}`).not.toContain(value);
});
