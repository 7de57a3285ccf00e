import { afterEach, beforeEach, expect, it } from "vitest";
import { inquiries, outbox, rateLimitHits } from "@/db/schema";
import { writeSettingValues } from "@/db/settings";
import { useTempDatabase } from "@/db/temp-database";
import { issueFormToken } from "./form-token";
import { HONEYPOT_FIELD, MIN_FILL_MS } from "./inquiry-form";
import { submitInquiry } from "./submit-inquiry";

let temp: ReturnType<typeof useTempDatabase>;
beforeEach(() => {
  process.env.NOTIFY_EMAIL = "intake@firm.test";
  process.env.SITE_URL = "https://firm.example";
  temp = useTempDatabase();
});
afterEach(() => temp.remove());

const now = new Date("2026-11-28T18:00:00Z");
const fields = {
  name: "Riley Private-Name",
  email: "riley@example.com",
  phone: "(555) 010-0177",
  contactMethod: "phone",
  contactTime: "any",
  aboutWhom: "family",
  personCharged: "Casey Private-Son",
  matterType: "Drugs",
  county: "Jefferson",
  courtDate: "2026-12-01",
  custodyStatus: "in_custody",
  otherParties: "Officer Somebody",
  message: "SECRET-MESSAGE-TEXT",
  consent: "yes",
};

function form(values: Record<string, string>, token = issueFormToken(now.getTime() - 10_000)): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries({ ...values, token })) data.set(key, value);
  return data;
}
const submit = (data: FormData, address = "203.0.113.1") => submitInquiry(data, { address, now });

it("stores a valid inquiry with its consent record and one notification carrying nothing the person wrote", async () => {
  writeSettingValues({ intakeConsentText: "Our notice v7.", intakeConsentVersion: "v7" });
  const outcome = await submit(form(fields));
  expect(outcome).toMatchObject({ kind: "stored", created: true });
  const row = temp.db.select().from(inquiries).get()!;
  expect(row).toMatchObject({ name: "Riley Private-Name", consentText: "Our notice v7.", consentVersion: "v7", consentAt: now, status: "new", personCharged: "Casey Private-Son" });
  const mails = temp.db.select().from(outbox).all();
  expect(mails).toHaveLength(1);
  const mail = mails[0]!;
  expect(mail.toAddress).toBe("intake@firm.test");
  expect(mail.textBody).toContain(row.reference);
  expect(mail.textBody).toContain(`https://firm.example/admin/inquiries/${row.id}`);
  // In custody: the subject says it is urgent, and nothing more.
  expect(mail.subject).toBe(`Urgent inquiry ${row.reference}`);
  for (const personal of ["Riley", "Casey", "Private-Son", "riley@", "010-0177", "SECRET", "Somebody", "Jefferson", "drugs"]) {
    expect(`${mail.subject}\n${mail.textBody}`).not.toContain(personal);
  }
});

it("says urgent in the subject for someone in custody or due in court within 3 days, and only then", async () => {
  await submit(form({ ...fields, custodyStatus: "not_arrested", courtDate: "2026-12-01" }));
  await submit(form({ ...fields, custodyStatus: "released_on_bond", courtDate: "2026-12-05" }), "203.0.113.2");
  await submit(form({ ...fields, custodyStatus: "not_arrested", courtDate: "" }), "203.0.113.3");
  const subjects = temp.db.select().from(outbox).all().map((m) => m.subject.split(" ").slice(0, 2).join(" "));
  expect(subjects).toEqual(["Urgent inquiry", "New inquiry", "New inquiry"]);
});

it("keeps the person charged only when the inquiry is about someone else", async () => {
  await submit(form({ ...fields, aboutWhom: "me", personCharged: "Left In The Field" }));
  expect(temp.db.select().from(inquiries).get()!.personCharged).toBeNull();
});

it("sends the person an acknowledgement only when the setting is on", async () => {
  writeSettingValues({ intakeAcknowledgement: true });
  await submit(form(fields));
  const mails = temp.db.select().from(outbox).all();
  expect(mails.map((m) => m.toAddress).sort()).toEqual(["intake@firm.test", "riley@example.com"]);
  expect(mails.find((m) => m.toAddress === "riley@example.com")!.textBody).not.toContain("SECRET");
});

it("stores a resent form once", async () => {
  const data = form(fields);
  const first = await submit(data);
  const again = await submit(data);
  expect(again).toEqual({ ...first, created: false });
  expect(temp.db.select().from(inquiries).all()).toHaveLength(1);
});

it("takes the token from the visitor's cookie: the same answers once, two tabs' different messages twice", async () => {
  const cookieToken = issueFormToken(now.getTime() - 10_000);
  const fromCookie = (values: Record<string, string>) => submitInquiry(form(values, ""), { address: "203.0.113.1", cookieToken, now });
  const first = await fromCookie(fields);
  expect(first).toMatchObject({ kind: "stored", created: true });
  // A double click, or Back and Send: the same answers find the first inquiry.
  expect(await fromCookie(fields)).toEqual({ ...first, created: false });
  // The contact page open in a second tab shares the cookie: another message is another inquiry.
  const second = await fromCookie({ ...fields, name: "Jamie Second-Tab", message: "A different story." });
  expect(second).toMatchObject({ kind: "stored", created: true });
  expect(temp.db.select({ name: inquiries.name }).from(inquiries).all().map((row) => row.name).sort()).toEqual(["Jamie Second-Tab", "Riley Private-Name"]);
  // No token in the field nor in a cookie (cookies blocked): refused, and the answer carries one to send next time.
  const none = await submitInquiry(form(fields, ""), { address: "203.0.113.1", now });
  expect(none).toMatchObject({ kind: "refused", state: { message: expect.stringContaining("could not read this form") } });
  const handed = none.kind === "refused" ? none.state.token : undefined;
  expect(handed).toMatch(/^\d+\.[\w-]+\.[\w-]+$/);
});

it("shows bots success for the honeypot and stores nothing", async () => {
  const outcome = await submit(form({ ...fields, [HONEYPOT_FIELD]: "http://spam.example" }));
  expect(outcome.kind).toBe("honeypot");
  expect(temp.db.select().from(inquiries).all()).toHaveLength(0);
  expect(temp.db.select().from(rateLimitHits).all()).toHaveLength(0);
});

it("refuses a form sent within the minimum fill time, and a forged token, keeping the answers", async () => {
  const fast = await submit(form(fields, issueFormToken(now.getTime() - (MIN_FILL_MS - 1000))));
  expect(fast).toMatchObject({ kind: "refused", state: { message: expect.stringMatching(/quicker than we expected/), values: { name: fields.name } } });
  const token = issueFormToken(now.getTime() - 10_000);
  const forged = token.replace(/^\d+/, String(now.getTime() - 60_000)); // an earlier time, same signature
  expect(await submit(form(fields, forged))).toMatchObject({ kind: "refused", state: { message: expect.stringMatching(/could not read/) } });
  expect(await submit(form(fields, "nonsense"))).toMatchObject({ kind: "refused" });
  // Sent quickly with answers to fix: the person is told what to fix, not that they were fast.
  const fastAndEmpty = await submit(form({ ...fields, name: "" }, issueFormToken(now.getTime() - 100)));
  expect(fastAndEmpty).toMatchObject({ kind: "refused", state: { errors: { name: expect.any(String) } } });
  expect(fastAndEmpty.kind === "refused" && fastAndEmpty.state.message).toBeFalsy();
  expect(temp.db.select().from(inquiries).all()).toHaveLength(0);
});

it("returns each field's message and stores nothing for bad input", async () => {
  const outcome = await submit(form({ ...fields, email: "nope", name: "" }));
  expect(outcome).toMatchObject({ kind: "refused", state: { errors: { name: expect.any(String), email: expect.any(String) } } });
  expect(temp.db.select().from(inquiries).all()).toHaveLength(0);
});

it("refuses a sixth inquiry within a minute from one address", async () => {
  for (let i = 0; i < 5; i++) expect((await submit(form(fields), "203.0.113.50")).kind).toBe("stored");
  expect(await submit(form(fields), "203.0.113.50")).toMatchObject({ kind: "refused", state: { message: expect.stringMatching(/wait a minute/) } });
  expect((await submit(form(fields), "203.0.113.51")).kind).toBe("stored");
  expect(temp.db.select().from(inquiries).all()).toHaveLength(6);
});
