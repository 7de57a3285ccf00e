import { expect, test } from "@playwright/test";
import { expectAccessible } from "./accessibility";
import { queryDb } from "./database";
import { inquiriesNamed, openAndFill, ownContextAddress, sendAndReadReference, uniqueName } from "./inquiry-form";
import { signIn } from "./sign-in";

// 11 pm, someone is in jail: the attorney triages from a 390 × 844 phone.
test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

test("on a phone the inbox is cards above the fold, urgent first, with tap-to-text first for a person who asked for a text", async ({ page, context }) => {
  test.setTimeout(60_000);
  await ownContextAddress(context);
  const name = uniqueName("Marisol");
  await openAndFill(page, { name, phone: "(334) 555-0142", custody: "In custody (in jail now)", personCharged: "Tomas Reyes-Ortiz", message: "He was arrested tonight." });
  await page.getByRole("group", { name: "Best way to contact you" }).getByLabel("Text message", { exact: true }).check();
  const reference = await sendAndReadReference(page);
  const [row] = inquiriesNamed(name);
  expect(queryDb<{ person_charged: string; contact_method: string }>("select person_charged, contact_method from inquiries where id = ?", row!.id)[0]).toEqual({
    person_charged: "Tomas Reyes-Ortiz",
    contact_method: "text",
  });

  await signIn(page, undefined, "/admin/inquiries");
  // The header is one line.
  const header = page.getByRole("banner");
  expect((await header.boundingBox())!.height).toBeLessThanOrEqual(60);
  // Nothing scrolls sideways.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  // Cards, urgent first: the first card is above the fold.
  const cards = page.getByRole("list", { name: "Inquiries, urgent first, then newest first" }).getByRole("listitem").filter({ has: page.getByRole("link") });
  const first = page.locator("li[data-reference]").first();
  await expect(first).toBeVisible();
  expect((await first.boundingBox())!.y).toBeLessThan(844 - 100);
  await expect(first).toContainText("Urgent");
  expect(await cards.count()).toBeGreaterThan(0);

  const card = page.locator(`li[data-reference="${reference}"]`);
  await expect(card).toContainText("Urgent");
  await expect(card).toContainText("In custody");
  await expect(card).toContainText(/just now|min ago/);
  const reach = card.getByRole("list", { name: `Reach ${name}` }).getByRole("link");
  await expect(reach).toHaveText(["Text (334) 555-0142 (the way they asked for)", "Call (334) 555-0142"]);
  await expect(reach.nth(0)).toHaveAttribute("href", "sms:+13345550142");
  await expect(reach.nth(1)).toHaveAttribute("href", "tel:+13345550142");
  await expectAccessible(page);

  // The menu opens from the one-line header (without JavaScript too: a details element).
  const menu = page.getByRole("banner").locator("summary", { hasText: "Menu" });
  await menu.click();
  await expect(page.getByRole("navigation", { name: "Admin" }).getByRole("link", { name: "Posts" })).toBeVisible();
  await expectAccessible(page);
  await menu.click();

  // The inquiry itself: the same links first, the person charged among what they told us.
  await card.getByRole("link", { name }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
  const links = page.getByRole("main").getByRole("list", { name: `Reach ${name}` }).getByRole("link");
  await expect(links.first()).toHaveAttribute("href", "sms:+13345550142");
  await expect(links.nth(1)).toHaveAttribute("href", "tel:+13345550142");
  await expect(page.getByRole("region", { name: "What they told us" })).toContainText("Tomas Reyes-Ortiz");
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await expectAccessible(page);
});

test("the dashboard puts urgent and new inquiries first, on a phone too", async ({ page }) => {
  await signIn(page, undefined, "/admin");
  for (const heading of ["Urgent inquiries", "New inquiries", "Waiting for your review", "Drafts", "Scheduled", "Due for review"]) {
    await expect(page.getByRole("heading", { name: new RegExp(`^${heading}`) })).toBeVisible();
  }
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await expectAccessible(page);
  await page.setViewportSize({ width: 1280, height: 800 });
  await expectAccessible(page);
});
