import { expect, test, type Page } from "@playwright/test";
import { expectAccessible } from "./accessibility";
import { sendQuickInquiry } from "./inquiry-form";
import { addEditor, signIn } from "./sign-in";

// One rule for every admin form (WCAG 2.4.3, 4.1.3): after an action, focus is on its
// answer (or on the next field needed), never back on the page itself; the answer sits in
// a status region that was there before it; an older answer clears.

/** The message focused now, as a screen reader reads it: its text, and that a status region holds it. */
async function focusedMessage(page: Page) {
  const focused = page.locator(":focus");
  await expect(focused).toHaveAttribute("data-form-message");
  expect(await focused.evaluate((element) => element.closest('[role="status"]') !== null)).toBe(true);
  return focused;
}

test("after Change status, Add note and Save settings focus is on the answer, and the older answer clears", async ({ page, browser }) => {
  test.setTimeout(60_000);
  const visitor = await browser.newPage();
  const inquiry = await sendQuickInquiry(visitor, "Focus");
  await visitor.close();
  await signIn(page, undefined, `/admin/inquiries/${inquiry.id}`);

  // The status regions are in the page before anything is said in them.
  await expect(page.getByRole("region", { name: "Status" }).getByRole("status")).toBeAttached();
  await page.getByLabel("Status of this inquiry").selectOption({ label: "Contacted" });
  await page.getByRole("button", { name: "Change status" }).click();
  await expect(await focusedMessage(page)).toHaveText("Status changed.");

  await page.getByLabel(/^Note/).fill("Called back, no answer.");
  await page.getByRole("button", { name: "Add note" }).click();
  await expect(await focusedMessage(page)).toHaveText("Note added. It is at the end of the history.");
  // "Status changed." is old news now.
  await expect(page.getByText("Status changed.")).toHaveCount(0);
  await expectAccessible(page);

  await page.goto("/admin/settings");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(await focusedMessage(page)).toHaveText("Settings saved. The public site shows them now.");
  // The save stays on screen: the button is in view wherever the page is scrolled.
  await page.getByLabel("Phone", { exact: true }).scrollIntoViewIfNeeded();
  await expect(page.getByRole("button", { name: "Save settings" })).toBeInViewport();
});

test("after Set up an authenticator app focus is in the code field; a wrong code brings it back there", async ({ page, browser }) => {
  await signIn(page, undefined, "/admin/users");
  const editor = await addEditor(page, "Frank Focus");
  const own = await browser.newPage();
  await signIn(own, editor, "/admin/account");
  // The offer of a second factor is inside the main landmark.
  await expect(own.getByRole("main").getByTestId("second-factor-offer")).toBeVisible();
  await own.getByRole("button", { name: "Set up an authenticator app" }).click();
  await expect(own.getByLabel("Code from the app")).toBeFocused();
  await own.getByLabel("Code from the app").fill("12");
  await own.getByRole("button", { name: "Turn on" }).click();
  await expect(own.locator("#totp-code-error")).toBeVisible();
  await expect(own.getByLabel("Code from the app")).toBeFocused();
  await own.close();
});

test("the body editor shows the site's focus ring when the text has focus", async ({ page }) => {
  await signIn(page, undefined, "/admin/posts");
  await page.goto("/admin/posts/new");
  await page.getByRole("textbox", { name: "Body" }).focus();
  const outline = await page.getByRole("textbox", { name: "Body" }).evaluate((text) => {
    let element: HTMLElement | null = text as HTMLElement;
    while (element && getComputedStyle(element).outlineStyle !== "solid") element = element.parentElement;
    const style = element ? getComputedStyle(element) : null;
    return style ? { width: style.outlineWidth, offset: style.outlineOffset } : null;
  });
  expect(outline).toEqual({ width: "2px", offset: "2px" });
});
