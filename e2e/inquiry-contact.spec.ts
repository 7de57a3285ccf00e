import { expect, test, type Locator, type Page } from "@playwright/test";
import { expectAccessible } from "./accessibility";
import {
  fillInquiry,
  honeypot,
  fillRequiredAtOnce,
  MIN_FILL_MS,
  firmDate,
  intakeSetting,
  inquiriesNamed,
  openAndFill,
  ownContextAddress,
  sendAndReadReference,
  uniqueName,
  type InquiryAnswers,
} from "./inquiry-form";

test.beforeEach(async ({ context }) => {
  await ownContextAddress(context);
});

test("a valid inquiry: confirmation with a reference, and the row with its consent record in the database", async ({ page }) => {
  const name = uniqueName("Casey");
  const courtDate = firmDate(10);
  await openAndFill(page, {
    name,
    email: "casey@example.com",
    phone: "(555) 010-0123",
    county: "St. Clair",
    custody: "Released on bond",
    courtDate,
    charges: "Possession",
    otherParties: "Pat Doe",
    message: "My son was arrested on Friday. Please call me.",
    heardFrom: "A friend",
  });
  await expectAccessible(page);
  const reference = await sendAndReadReference(page);
  await expect(page.getByRole("main")).toContainText(reference);
  await expect(page.getByRole("main")).toContainText("What happens next");
  await expect(page.getByRole("main").getByRole("link", { name: "(334) 555-0142" })).toHaveAttribute("href", "tel:+13345550142");
  await expectAccessible(page);

  const rows = inquiriesNamed(name);
  expect(rows).toHaveLength(1);
  expect(rows[0]).toMatchObject({
    reference,
    email: "casey@example.com",
    phone: "(555) 010-0123",
    county: "St. Clair",
    court_date: courtDate,
    custody_status: "released_on_bond",
    other_parties: "Pat Doe",
    message: "My son was arrested on Friday. Please call me.",
    status: "new",
    consent_text: intakeSetting("intakeConsentText"),
    consent_version: intakeSetting("intakeConsentVersion"),
  });
  expect(Date.now() - rows[0]!.consent_at).toBeLessThan(60_000);
});

test("the confidentiality notice comes from the settings, above the button, and its box starts unticked", async ({ page }) => {
  await page.goto("/contact");
  const text = intakeSetting("intakeConsentText");
  const notice = page.getByRole("region", { name: "Before you send" });
  await expect(notice).toContainText(text);
  await expect(page.getByLabel("I have read this notice")).not.toBeChecked();
  const noticeBox = (await notice.boundingBox())!;
  const buttonBox = (await page.getByRole("button", { name: "Send message" }).boundingBox())!;
  expect(noticeBox.y + noticeBox.height).toBeLessThanOrEqual(buttonBox.y);
  // 67 Alabama counties and "Other".
  await expect(page.getByLabel("County").locator("option")).toHaveCount(1 + 67 + 1);
});

type BadCase = {
  what: string;
  answers: Partial<InquiryAnswers>;
  message: RegExp;
  field: (page: Page) => Locator;
};

const base = (name: string): InquiryAnswers => ({
  name,
  email: "robin@example.com",
  phone: "555 010 0155",
  courtDate: firmDate(5),
  message: "A few words about it.",
  otherParties: "Lee Roe",
});

const badCases: BadCase[] = [
  { what: "no name", answers: { name: "" }, message: /tell us your name/, field: (p) => p.getByLabel("Your name") },
  { what: "a long name", answers: { name: "N".repeat(121) }, message: /under 120 characters/, field: (p) => p.getByLabel("Your name") },
  { what: "a bad email", answers: { email: "robin@@example" }, message: /check the email address/, field: (p) => p.getByRole("textbox", { name: "Email" }) },
  { what: "a bad phone", answers: { phone: "call me maybe" }, message: /check the phone number/, field: (p) => p.getByRole("textbox", { name: "Phone" }) },
  { what: "neither email nor phone", answers: { email: "", phone: "" }, message: /an email address or a phone number/, field: (p) => p.getByRole("textbox", { name: "Email" }) },
  { what: "a past court date", answers: { courtDate: firmDate(-2) }, message: /date has passed/, field: (p) => p.getByLabel(/Next court date/) },
  { what: "long charges", answers: { charges: "c".repeat(301) }, message: /under 300 characters/, field: (p) => p.getByLabel(/Charges/) },
  { what: "long names of others", answers: { otherParties: "o".repeat(501) }, message: /under 500 characters/, field: (p) => p.getByLabel("Names of other people involved") },
  { what: "a long message", answers: { message: "m".repeat(1501) }, message: /under 1500 characters/, field: (p) => p.getByLabel("What happened?") },
  { what: "a long answer about us", answers: { heardFrom: "h".repeat(201) }, message: /under 200 characters/, field: (p) => p.getByLabel("How did you hear about us?") },
  { what: "the notice not acknowledged", answers: { consent: false }, message: /read the notice/, field: (p) => p.getByLabel("I have read this notice") },
];

/** Each bad answer in turn on one form: the right message by the field, the rest kept, nothing stored; then it sends. */
async function badInputJourney(page: Page, { scripts }: { scripts: boolean }) {
  const name = uniqueName("Robin");
  await page.goto("/contact");
  await page.waitForTimeout(MIN_FILL_MS + 300);

  // An empty form: every required question says what it needs.
  await page.getByRole("button", { name: "Send message" }).click();
  const summary = page.getByRole("alert").filter({ hasText: "Please check these answers" });
  await expect(summary).toBeVisible();
  await expect(page.getByLabel("Your name")).toHaveAccessibleDescription(/tell us your name/);
  await expect(page.getByRole("textbox", { name: "Email" })).toHaveAccessibleDescription(/an email address or a phone number/);
  await expect(page.getByRole("group", { name: /in custody/ })).toHaveAccessibleDescription(/whether the person is in custody/);
  // The short path: who it is about, the matter and the county may wait for the call.
  await expect(page.getByRole("group", { name: /Who is this about/ }).getByRole("radio").first()).not.toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Type of matter")).not.toHaveAttribute("aria-invalid", "true");
  // Each radio of a group in error says so too: a screen reader landing on one hears the problem.
  const custodyRadios = page.getByRole("group", { name: /in custody/ }).getByRole("radio");
  await expect(custodyRadios).toHaveCount(3);
  for (const radio of await custodyRadios.all()) {
    await expect(radio).toHaveAttribute("aria-invalid", "true");
    await expect(radio).toHaveAccessibleDescription(/whether the person is in custody/);
  }
  await expect(page.getByLabel("I have read this notice")).toHaveAccessibleDescription(/read the notice/);
  if (scripts) await expectAccessible(page); // axe runs as a script in the page

  for (const bad of badCases) {
    await fillInquiry(page, { ...base(name), ...bad.answers });
    await page.getByRole("button", { name: "Send message" }).click();
    await expect(summary, bad.what).toContainText(bad.message);
    await expect(bad.field(page), bad.what).toHaveAttribute("aria-invalid", "true");
    await expect(bad.field(page), bad.what).toHaveAccessibleDescription(bad.message);
    // What was typed is still there.
    if (bad.answers.name === undefined) await expect(page.getByLabel("Your name")).toHaveValue(name);
    if (bad.answers.message === undefined) await expect(page.getByLabel("What happened?")).toHaveValue("A few words about it.");
    await expect(page.getByLabel("Names of other people involved")).toHaveValue(bad.answers.otherParties ?? "Lee Roe");
    await expect(page.getByLabel("County")).toHaveValue(bad.answers.county ? "" : "Jefferson");
    expect(inquiriesNamed(name), bad.what).toHaveLength(0);
    // Put it right for the next case.
    await page.getByLabel("What happened?").fill("A few words about it.");
    await page.getByLabel(/Charges/).fill("");
    await page.getByLabel("How did you hear about us?").fill("");
  }

  await fillInquiry(page, base(name));
  await sendAndReadReference(page);
  expect(inquiriesNamed(name)).toHaveLength(1);
}

test("each bad answer gets its own message beside the field, keeps what was typed and stores nothing", async ({ page }) => {
  test.setTimeout(90_000);
  await badInputJourney(page, { scripts: true });
});

test("the message shows a counter near its limit", async ({ page }) => {
  await page.goto("/contact");
  const message = page.getByLabel("What happened?");
  await message.fill("x".repeat(1400));
  await expect(message).toHaveAccessibleDescription(/100 characters left/);
  await message.fill("x".repeat(1510));
  await expect(page.getByText("10 characters over the limit of 1500")).toBeVisible();
});

test("a reader gets no cookie from the posts, and the form reached through the site's links goes through the first time", async ({ page, context }) => {
  const name = uniqueName("Avery");
  await page.goto("/blog/can-a-victim-drop-the-charges");
  // The router prefetches the contact page from the header's link: that brings no cookie.
  await page.waitForLoadState("networkidle");
  expect(await context.cookies()).toEqual([]);
  // The router's navigation loads no page; the form asks for its token as it appears.
  const navigated = page.waitForURL("**/contact");
  await page.getByRole("banner").getByRole("link", { name: "Contact", exact: true }).click();
  await navigated;
  await expect.poll(async () => (await context.cookies()).map((cookie) => `${cookie.name} ${cookie.path} ${cookie.httpOnly}`)).toEqual(["contact_form /contact true"]);
  const opened = Date.now();
  await fillInquiry(page, { name, phone: "555 010 0166" });
  await page.waitForTimeout(Math.max(0, MIN_FILL_MS + 300 - (Date.now() - opened)));
  await sendAndReadReference(page);
  expect(inquiriesNamed(name)).toHaveLength(1);
});

test("a form sent faster than a person could fill it is refused kindly, then goes through", async ({ page }) => {
  const name = uniqueName("Quinn");
  await page.goto("/contact");
  await fillRequiredAtOnce(page, name);
  await page.getByRole("button", { name: "Send message" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "quicker than we expected" })).toBeVisible();
  await expect(page.getByLabel("Your name")).toHaveValue(name);
  expect(inquiriesNamed(name)).toHaveLength(0);
  await page.waitForTimeout(MIN_FILL_MS);
  await sendAndReadReference(page);
  expect(inquiriesNamed(name)).toHaveLength(1);
});

test("a filled-in honeypot looks like success and stores nothing", async ({ page }) => {
  const name = uniqueName("Botty");
  await openAndFill(page, { name, email: "bot@example.com" });
  await honeypot(page).fill("https://spam.example");
  await sendAndReadReference(page);
  expect(inquiriesNamed(name)).toHaveLength(0);
});

test("a sixth inquiry within a minute from one address is refused", async ({ context }) => {
  test.setTimeout(60_000);
  const names = Array.from({ length: 6 }, () => uniqueName("Avery"));
  // Six forms open at once from the same address, so the minimum fill time is waited out once.
  const pages = await Promise.all(names.map(() => context.newPage()));
  for (const [i, page] of pages.entries()) {
    await page.goto("/contact");
    await fillInquiry(page, { name: names[i]!, email: "avery@example.com" });
  }
  await pages[0]!.waitForTimeout(MIN_FILL_MS + 300);
  for (const page of pages.slice(0, 5)) await sendAndReadReference(page);
  const sixth = pages[5]!;
  await sixth.getByRole("button", { name: "Send message" }).click();
  await expect(sixth.getByRole("alert").filter({ hasText: "wait a minute" })).toBeVisible();
  await expect(sixth.getByLabel("Your name")).toHaveValue(names[5]!);
  for (const name of names.slice(0, 5)) expect(inquiriesNamed(name)).toHaveLength(1);
  expect(inquiriesNamed(names[5]!)).toHaveLength(0);
});

test("going back and sending the same form again finds the first inquiry", async ({ page }) => {
  const name = uniqueName("Rowan");
  await openAndFill(page, { name, phone: "555 010 0199" });
  const reference = await sendAndReadReference(page);
  await page.goBack();
  await expect(page).toHaveURL(/\/contact$/);
  await fillInquiry(page, { name, phone: "555 010 0199" });
  expect(await sendAndReadReference(page)).toBe(reference);
  expect(inquiriesNamed(name)).toHaveLength(1);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the same messages come from the server, with what was typed kept", async ({ page }) => {
    test.setTimeout(90_000);
    await badInputJourney(page, { scripts: false });
  });

  test("a double click on Send stores one inquiry", async ({ page }) => {
    const name = uniqueName("Morgan");
    await openAndFill(page, { name, phone: "555 010 0188", custody: "In custody (in jail now)" });
    await page.getByRole("button", { name: "Send message" }).dblclick();
    await expect(page).toHaveURL(/\/contact\/sent\?ref=/);
    const reference = new URL(page.url()).searchParams.get("ref");
    const rows = inquiriesNamed(name);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.reference).toBe(reference);
  });

  test("honeypot and too-fast work without JavaScript", async ({ page }) => {
    const fast = uniqueName("Fastly");
    await page.goto("/contact");
    await fillRequiredAtOnce(page, fast);
    await page.getByRole("button", { name: "Send message" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "quicker than we expected" })).toBeVisible();
    await expect(page.getByLabel("Your name")).toHaveValue(fast);
    expect(inquiriesNamed(fast)).toHaveLength(0);

    const bot = uniqueName("Botly");
    await openAndFill(page, { name: bot, email: "bot@example.com" });
    await honeypot(page).fill("spam");
    await sendAndReadReference(page);
    expect(inquiriesNamed(bot)).toHaveLength(0);
  });
});

test("with JavaScript, each error clears as its answer becomes right, before the next send", async ({ page }) => {
  await page.goto("/contact");
  // The short path comes first: name, a way to reach them, what happened, custody.
  const order = await page.locator("main form :is(input:not([type=hidden]), textarea, select)").evaluateAll((fields) => fields.slice(0, 5).map((f) => (f as HTMLInputElement).name));
  expect(order).toEqual(["name", "email", "phone", "message", "custodyStatus"]);
  await page.getByLabel("Your name").focus();
  await page.getByRole("button", { name: "Send message" }).click();
  const summary = page.getByRole("alert").filter({ hasText: "Please check these answers" });
  await expect(summary).toContainText("tell us your name");
  await expect(page.getByLabel("Your name")).toHaveAttribute("aria-invalid", "true");

  await page.getByLabel("Your name").fill("Casey Quick");
  await expect(page.getByLabel("Your name")).not.toHaveAttribute("aria-invalid", "true");
  await expect(page.locator("#inquiry-name-error")).toHaveCount(0);
  await expect(summary).not.toContainText("tell us your name");
  // The others still say what they need.
  await expect(summary).toContainText("an email address or a phone number");
  await page.getByRole("textbox", { name: "Phone" }).fill("555 010 0177");
  await expect(summary).not.toContainText("an email address or a phone number");
  await expect(page.getByRole("textbox", { name: "Phone" })).not.toHaveAttribute("aria-invalid", "true");
  await page.getByRole("group", { name: /in custody/ }).getByLabel("Not arrested").check();
  await expect(page.locator("#inquiry-custodyStatus-error")).toHaveCount(0);
  await page.getByLabel("I have read this notice").check();
  // Nothing left to fix: the summary has gone.
  await expect(summary).toHaveCount(0);
  // A defense firm's matters are among the choices.
  for (const matter of ["Assault", "Probation violation", "Warrant", "Bond or bail"]) await expect(page.getByLabel("Type of matter").locator("option", { hasText: matter })).toHaveCount(1);
});
