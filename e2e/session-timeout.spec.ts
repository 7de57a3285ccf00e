import { expect, test, type Page } from "@playwright/test";
import { expectAccessible } from "./accessibility";
import { changeDb, queryDb } from "./database";
import { sendQuickInquiry } from "./inquiry-form";
import { expectAnnounced } from "./measure";
import { signIn } from "./sign-in";

// Sessions end after 30 minutes idle (WCAG 2.2.1: warn, and let the person extend it).
// Half an hour cannot be waited for: the journey moves its own session's last activity
// back in the database (by the address it signed in from) and the page's clock forward.

const MINUTE = 60_000;

function ownSession(address: string): { id: string; last_seen_at: number } {
  const [row] = queryDb<{ id: string; last_seen_at: number }>("select id, last_seen_at from sessions where address = ? and revoked_at is null order by created_at desc limit 1", address);
  if (!row) throw new Error(`no session from ${address}`);
  return row;
}

/** Opens an admin page and waits for its session watch's first question (made once the page is interactive). */
async function openAdminPage(page: Page, path: string) {
  const firstCheck = page.waitForResponse((response) => new URL(response.url()).pathname === "/admin/api/session");
  await page.goto(path);
  await firstCheck;
}

function idleFor(sessionId: string, ms: number) {
  changeDb("update sessions set last_seen_at = ? where id = ?", Date.now() - ms, sessionId);
}

test("two minutes before the idle limit the admin warns; Stay signed in keeps the session; once it has ended nothing typed is sent or lost", async ({ page }) => {
  test.setTimeout(60_000);
  await page.clock.install();
  const address = await signIn(page);
  const session = ownSession(address);
  await openAdminPage(page, "/admin/tags");
  const rename = page.getByLabel(/^New name for /).first();
  await rename.fill("A name typed before lunch");
  const tagsBefore = queryDb<{ name: string }>("select name from tags order by id");

  // 28½ minutes idle: at the next minute's check the warning is up, on "Stay signed in".
  idleFor(session.id, 28.5 * MINUTE);
  await page.clock.fastForward(MINUTE + 5_000);
  const warning = page.getByRole("dialog", { name: "You will be signed out soon" });
  await expect(warning).toBeVisible();
  await expect(warning).toContainText(/In about [12] minutes? you will be signed out/);
  await expect(warning.getByRole("button", { name: "Stay signed in" })).toBeFocused();
  await expectAccessible(page);

  await warning.getByRole("button", { name: "Stay signed in" }).click();
  await expect(warning).toBeHidden();
  expect(Date.now() - ownSession(address).last_seen_at).toBeLessThan(MINUTE);
  // Focus is back on the page, not on <body>.
  await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).not.toBe("BODY");

  // Ended (31 minutes idle): the page says so, and a form sent now is held, its text kept.
  idleFor(session.id, 31 * MINUTE);
  await page.clock.fastForward(MINUTE + 5_000);
  const ended = page.getByRole("dialog", { name: "Your session has ended" });
  await expect(ended).toBeVisible();
  await expect(ended.getByRole("link", { name: "Sign in again (opens in a new tab)" })).toBeFocused();
  await ended.getByRole("button", { name: "Back to the page" }).click();
  await expect(ended).toBeHidden();
  await page.getByRole("button", { name: "Rename" }).first().click();
  await expect(ended).toBeVisible();
  await expect(page).toHaveURL(/\/admin\/tags$/);
  await expect(rename).toHaveValue("A name typed before lunch");
  expect(queryDb<{ name: string }>("select name from tags order by id")).toEqual(tagsBefore);
});

test("a note written after the session ended stays in the field with the reason, and is added after signing in again", async ({ page, context }) => {
  test.setTimeout(60_000);
  const inquiry = await sendQuickInquiry(page, "Noted");
  const address = await signIn(page);
  const session = ownSession(address);
  await openAdminPage(page, `/admin/inquiries/${inquiry.id}`);
  // Opening it marks it read (a POST once shown): done before the session is made to end.
  await expect.poll(() => queryDb<{ read_at: number | null }>("select read_at from inquiries where id = ?", inquiry.id)[0]!.read_at).not.toBeNull();
  const note = "Called back at 4 pm; the hearing moved to Thursday.";
  await page.getByLabel(/^Note/).fill(note);

  idleFor(session.id, 31 * MINUTE);
  await page.getByRole("button", { name: "Add note" }).click();
  await expectAnnounced(page.getByText("Not added: your session has ended. Your note is kept here."));
  await expect(page.getByLabel(/^Note/)).toHaveValue(note);
  await expect(page).toHaveURL(`/admin/inquiries/${inquiry.id}`);
  await expect(page.getByText("Note added.")).toHaveCount(0);
  expect(queryDb("select id from inquiry_events where inquiry_id = ? and kind = 'note'", inquiry.id)).toEqual([]);

  // Signing in again in another tab, as the message says; then the same button.
  const other = await context.newPage();
  await signIn(other);
  await other.close();
  // If this tab's session watch noticed the end meanwhile, it notices the new sign-in too.
  await expect(page.getByRole("dialog")).toHaveCount(0);
  await page.getByRole("button", { name: "Add note" }).click();
  await expectAnnounced(page.getByText("Note added. It is at the end of the history."));
  await expect(page.getByRole("region", { name: "History" })).toContainText(`note: ${note}`);
  await expect(page.getByLabel(/^Note/)).toHaveValue("");
  expect(queryDb<{ note: string }>("select note from inquiry_events where inquiry_id = ? and kind = 'note'", inquiry.id)).toEqual([{ note }]);

  // A reload does not say "Note added." again (no ?saved=note in the address).
  await page.reload();
  await expect(page.getByText("Note added.")).toHaveCount(0);
});
