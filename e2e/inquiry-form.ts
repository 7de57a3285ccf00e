import { randomInt, randomUUID } from "node:crypto";
import { expect, type BrowserContext, type Page } from "@playwright/test";
import { HONEYPOT_FIELD } from "@/lib/inquiries/inquiry-form";
import { defaultIntakeSettings, type IntakeSettings } from "@/lib/site/settings-schema";
import { queryDb } from "./database";
import { readDb } from "./own-server";

/**
 * The server's minimum time to fill the form under this harness: playwright.config.ts
 * sets it shorter than a real site's (lib/inquiries/inquiry-form.ts), so the journeys need not sleep.
 */
export const MIN_FILL_MS = Number(process.env.E2E_CONTACT_MIN_FILL_MS);

/** The honeypot input of the contact form, which people never see. */
export function honeypot(page: Page) {
  return page.locator(`input[name="${HONEYPOT_FIELD}"]`);
}

/** A name nobody else's test uses, so database checks count only this test's rows. */
export function uniqueName(first = "Jordan"): string {
  const tag = randomUUID().replace(/[^a-f]/g, "").slice(0, 6).padEnd(6, "x");
  return `${first} Test${tag.charAt(0).toUpperCase()}${tag.slice(1)}`;
}

/** Gives every page of the context the same made-up client address (the server trusts X-Forwarded-For in tests). */
export async function ownContextAddress(context: BrowserContext): Promise<string> {
  const address = `127.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}`;
  await context.setExtraHTTPHeaders({ "x-forwarded-for": address });
  return address;
}

export type InquiryAnswers = {
  name: string;
  email?: string;
  phone?: string;
  aboutWhom?: string;
  /** Asked when the inquiry is about someone else (the default, "A family member"). */
  personCharged?: string;
  matterType?: string;
  county?: string;
  custody?: string;
  courtDate?: string;
  charges?: string;
  otherParties?: string;
  message?: string;
  heardFrom?: string;
  consent?: boolean;
};

/** Fills the contact form the way a person would. */
export async function fillInquiry(page: Page, answers: InquiryAnswers) {
  await page.getByLabel("Your name").fill(answers.name);
  if (answers.email !== undefined) await page.getByRole("textbox", { name: "Email" }).fill(answers.email);
  if (answers.phone !== undefined) await page.getByRole("textbox", { name: "Phone" }).fill(answers.phone);
  const aboutWhom = answers.aboutWhom ?? "A family member";
  await page.getByRole("group", { name: /Who is this about/ }).getByLabel(aboutWhom, { exact: true }).check();
  if (aboutWhom !== "Me") await page.getByLabel("Name of the person charged").fill(answers.personCharged ?? `Kin ${answers.name.split(" ").at(-1)}`);
  await page.getByLabel("Type of matter").selectOption({ label: answers.matterType ?? "DUI" });
  await page.getByLabel("County").selectOption({ label: answers.county ?? "Jefferson" });
  await page.getByRole("group", { name: /in custody/ }).getByLabel(answers.custody ?? "Not arrested", { exact: true }).check();
  if (answers.courtDate !== undefined) await page.getByLabel(/Next court date/).fill(answers.courtDate);
  if (answers.charges !== undefined) await page.getByLabel(/Charges/).fill(answers.charges);
  if (answers.otherParties !== undefined) await page.getByLabel("Names of other people involved").fill(answers.otherParties);
  if (answers.message !== undefined) await page.getByLabel("What happened?").fill(answers.message);
  if (answers.heardFrom !== undefined) await page.getByLabel("How did you hear about us?").fill(answers.heardFrom);
  const consent = page.getByLabel("I have read this notice");
  if (answers.consent === false) await consent.uncheck();
  else await consent.check();
}

/**
 * Fills the required answers in one step, for the too-fast journeys: typing field by
 * field can itself take longer than the minimum fill time on a loaded machine.
 */
export async function fillRequiredAtOnce(page: Page, name: string) {
  await page.evaluate(
    ({ personName, honeypotField }) => {
      const form = document.querySelector<HTMLFormElement>(`form:has(input[name="${honeypotField}"])`)!;
      const set = (field: string, value: string) => {
        const element = form.elements.namedItem(field);
        if (element instanceof RadioNodeList) {
          for (const radio of element) if ((radio as HTMLInputElement).value === value) (radio as HTMLInputElement).checked = true;
        } else if (element instanceof HTMLInputElement && element.type === "checkbox") element.checked = true;
        else if (element) (element as HTMLInputElement).value = value;
      };
      set("name", personName);
      set("phone", "555 010 0166");
      set("aboutWhom", "family");
      set("personCharged", `Kin ${personName.split(" ").at(-1)}`);
      set("matterType", "DUI");
      set("county", "Jefferson");
      set("custodyStatus", "not_arrested");
      set("consent", "yes");
    },
    { personName: name, honeypotField: HONEYPOT_FIELD },
  );
}

/** Opens the form, fills it in and waits out the minimum fill time. */
export async function openAndFill(page: Page, answers: InquiryAnswers) {
  await page.goto("/contact");
  const opened = Date.now();
  await fillInquiry(page, answers);
  await page.waitForTimeout(Math.max(0, MIN_FILL_MS + 300 - (Date.now() - opened)));
}

/** Sends the form and returns the reference the confirmation page shows. */
export async function sendAndReadReference(page: Page): Promise<string> {
  await page.getByRole("button", { name: "Send message" }).click();
  await expect(page).toHaveURL(/\/contact\/sent\?ref=/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/we received your message/);
  const reference = (await page.locator("strong.font-mono").textContent())?.trim() ?? "";
  expect(reference).toMatch(/^[A-Z0-9]{3}-[A-Z0-9]{4}$/);
  return reference;
}

export type InquiryRow = {
  id: number;
  reference: string;
  name: string;
  email: string | null;
  phone: string | null;
  county: string | null;
  court_date: string | null;
  custody_status: string | null;
  message: string | null;
  other_parties: string | null;
  consent_text: string;
  consent_version: string;
  consent_at: number;
  status: string;
};

export function inquiriesNamed(name: string): InquiryRow[] {
  return queryDb<InquiryRow>("select * from inquiries where name = ? order by id", name);
}

/** The first inquiry of that name in the database of a server of a journey's own (e2e/own-server.ts). */
export function inquiryNamedIn(dbFile: string, name: string): InquiryRow | undefined {
  return readDb<InquiryRow>(dbFile, "select * from inquiries where name = ? order by id", name)[0];
}

/** An inquiry sent through the contact form with the required answers only; its row. */
export async function sendQuickInquiry(page: Page, first = "Jordan"): Promise<InquiryRow> {
  const name = uniqueName(first);
  await page.goto("/contact");
  const opened = Date.now();
  await fillRequiredAtOnce(page, name);
  await page.waitForTimeout(Math.max(0, MIN_FILL_MS + 300 - (Date.now() - opened)));
  await sendAndReadReference(page);
  return inquiriesNamed(name)[0]!;
}

/** A calendar date `days` from today, as YYYY-MM-DD in the firm's time zone (America/Chicago by default). */
export function firmDate(days: number): string {
  const today = new Intl.DateTimeFormat("en-CA", { timeZone: "America/Chicago" }).format(new Date());
  const date = new Date(`${today}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** An intake setting as the server sees it: the stored value, else the default. */
export function intakeSetting<K extends keyof IntakeSettings>(key: K): IntakeSettings[K] {
  const [row] = queryDb<{ value: string }>("select value from settings where key = ?", key);
  return row ? (JSON.parse(row.value) as IntakeSettings[K]) : defaultIntakeSettings[key];
}
