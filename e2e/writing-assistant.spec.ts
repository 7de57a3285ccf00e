import { expect, test, type Page } from "@playwright/test";
import { expectAccessible } from "./accessibility";
import { queryDb } from "./database";
import { expectAnnounced } from "./measure";
import { editorBody, expectSaved, paste, postRow, uniqueTitle, writeDraft } from "./post-editor";
import { signIn } from "./sign-in";

const LEGALESE =
  "<p>Pursuant to Alabama law, the alleged victim's recantation does not terminate the prosecution. Prior to the arraignment, the accused shall not contact the complainant. In the event that the complainant initiates contact, notify your attorney forthwith.</p>";

const panel = (page: Page) => page.getByRole("region", { name: "Plain language and search" });

async function readabilityScore(page: Page): Promise<number> {
  const text = await panel(page).getByText(/^Readability \d+ of 100/).textContent();
  return Number(/Readability (\d+) of 100/.exec(text ?? "")?.[1]);
}

test("the attorney pastes legalese, sees the grade and the highlights, puts two phrases plainly with the keyboard, and the score goes up", async ({ page }) => {
  test.setTimeout(60_000);
  await signIn(page, undefined, "/admin/posts");
  const id = await writeDraft(page, uniqueTitle("Plain words"), "Start.");
  await editorBody(page).click();
  await page.keyboard.press("ControlOrMeta+End");
  await page.keyboard.press("Enter");
  await paste(page, LEGALESE);
  await expectSaved(page);

  // The panel is a named region, its summary in a live region.
  const summary = panel(page).getByText(/^Readability \d+ of 100 \(\w[\w ]*\), grade [\d.]+\. Search \d+ of 100/);
  await expectAnnounced(summary);
  await expect.poll(async () => Number(/grade (\d+(?:\.\d)?)/.exec((await summary.textContent()) ?? "")?.[1])).toBeGreaterThan(12);
  await expect(panel(page).getByText(/^Grade level [\d.]+ \(Flesch-Kincaid [\d.]+, Coleman-Liau [\d.]+\): aim for 8 or below\.$/)).toBeVisible();
  // Each legal phrase is highlighted in the text, and listed once.
  await expect(editorBody(page).locator(".writing-legalese")).toHaveText(["Pursuant to", "alleged victim", "recantation", "terminate", "the prosecution", "Prior to", "arraignment", "the accused", "shall not", "complainant", "In the event that", "complainant", "forthwith"]);
  await expect(panel(page).getByRole("heading", { name: "Legal words (13)" })).toBeVisible();
  const before = await readabilityScore(page);

  // Step to the first place with the keyboard, hear what it is, and replace it.
  await panel(page).getByRole("button", { name: "Next place" }).focus();
  await page.keyboard.press("Enter");
  await expectAnnounced(panel(page).getByText("1 of 13: legal words, “Pursuant to”. Plain words: “under”."));
  await expect(editorBody(page).locator(".writing-current")).toHaveText("Pursuant to");
  await page.keyboard.press("Tab");
  await expect(page.locator(":focus")).toHaveText("Replace “Pursuant to” with “Under”");
  await page.keyboard.press("Enter");
  await expectAnnounced(panel(page).getByText("Replaced “Pursuant to” with “Under”."));

  // Focus went on to the next phrase's button: Enter again.
  await expect(page.locator(":focus")).toHaveAccessibleName("Replace “alleged victim” with “person who made the complaint”");
  await page.keyboard.press("Enter");
  await expectAnnounced(panel(page).getByText("Replaced “alleged victim” with “person who made the complaint”."));

  await expect(editorBody(page).locator("p").last()).toContainText("Under Alabama law, the person who made the complaint's recantation");
  await expect(panel(page).getByRole("heading", { name: "Legal words (11)" })).toBeVisible();
  await expect(editorBody(page).locator(".writing-legalese")).toHaveCount(11);
  await expect.poll(() => readabilityScore(page)).toBeGreaterThan(before);
  await expectSaved(page);
  expect(postRow(id).body_html).toContain("Under Alabama law, the person who made the complaint's recantation");
  // Advice only: publishing is still offered.
  await expect(page.getByRole("button", { name: "Publish now" }).first()).toBeEnabled();
  await expectAccessible(page);
});

test("search checks: the title's width in results, links and headings, and a focus phrase", async ({ page }) => {
  await signIn(page, undefined, "/admin/posts");
  const title = "What Happens When a Witness Who Made the Complaint Wants the Whole Case Dismissed in Alabama Courts";
  await writeDraft(page, title, "Start.");
  await page.keyboard.press("Enter");
  await paste(page, '<h3>Too deep a heading</h3><p>More about bond is <a href="https://example.org/">here</a>.</p>');
  const search = panel(page).getByRole("list").last();
  await expect(search.getByRole("listitem").filter({ hasText: /^ImproveThe title is \d+ px wide: search results cut it at about 600 px, after “What Happens When a Witness/ })).toBeVisible();
  await expect(search.getByText("Say where a link leads instead of “here”.")).toBeVisible();
  await expect(search.getByText("Link to at least one other post or practice page of the firm’s, so readers (and search engines) find more.")).toBeVisible();
  await expect(search.getByText("A heading skips a level (like a heading 3 with no heading 2 before it).")).toBeVisible();
  await panel(page).getByLabel("Focus question or phrase (optional)").fill("witness complaint");
  await expect(search.getByText("“witness complaint” is not in the title, the first paragraph, a subheading, the address, the description.")).toBeVisible();
});

test("a 3,000-word post: the panel keeps up (the pass time is recorded, not asserted)", async ({ page }, testInfo) => {
  test.setTimeout(60_000);
  await signIn(page, undefined, "/admin/posts");
  await writeDraft(page, uniqueTitle("Long post"), "Start.");
  const sentence = "The court sets bail after an arrest and the family may pay it through a bondsman prior to the hearing";
  await paste(page, Array.from({ length: 150 }, (_, i) => `<p>${i + 1} ${sentence}.</p>`).join(""));
  await expect(panel(page).getByRole("heading", { name: "Legal words (150)" })).toBeVisible();
  const ms = await panel(page).getAttribute("data-pass-ms");
  testInfo.annotations.push({ type: "writing pass on 3,000 words (ms)", description: ms ?? "" });
});

test("the posts list shows each post's two scores and sorts by readability; the seed post scores well", async ({ page }) => {
  test.setTimeout(60_000);
  await signIn(page, undefined, "/admin/posts");
  const title = uniqueTitle("Legal words");
  await writeDraft(page, title, "Pursuant to the statute, the alleged victim's recantation is not sufficient to terminate the prosecution prior to the arraignment.");
  await page.goto("/admin/posts");
  await page.getByLabel("Search titles").fill(title);
  await page.getByLabel("Order").selectOption("readability");
  await page.getByRole("button", { name: "Show" }).click();
  await expect(page).toHaveURL(/sort=readability/);
  await expect(page.getByText(/^1 post with “Legal words/)).toBeVisible();
  const table = page.getByRole("table", { name: "Posts" });
  // The sorted column says so to screen readers (aria-sort), and its link offers the usual order back.
  await expect(table.locator("th[aria-sort=ascending]")).toHaveText("Readability, sorted lowest first: sort by last change instead");
  const row = table.getByRole("row", { name: new RegExp(title) });
  await expect(row.getByRole("cell").nth(4)).toHaveText(/^\d+ (needs work|fair)$/);
  await expect(row.getByRole("cell").nth(5)).toHaveText(/^\d+ (needs work|fair|good)$/);

  await page.goto(`/admin/posts?q=${encodeURIComponent("Can a victim drop the charges?")}`);
  await expect(table.getByRole("row", { name: /Can a victim drop the charges\?/ }).getByRole("cell").nth(4)).toHaveText(/^\d+ good$/);
  await expectAccessible(page);
});

test("restoring an earlier version brings its writing scores back to the posts list", async ({ page }) => {
  test.setTimeout(60_000);
  await signIn(page, undefined, "/admin/posts");
  const title = uniqueTitle("Scores of a version");
  const id = await writeDraft(page, title, "Start.");
  await editorBody(page).click();
  await page.keyboard.press("ControlOrMeta+a");
  await paste(page, LEGALESE);
  await expectSaved(page);
  await page.getByRole("button", { name: "Publish now" }).click();
  await expect(page.getByText("Published. It is on the site now.")).toBeVisible();
  const scoreOf = () => queryDb<{ readability_score: number }>("select readability_score from posts where id = ?", id)[0]!.readability_score;
  const legal = scoreOf();

  await editorBody(page).click();
  await page.keyboard.press("ControlOrMeta+a");
  await paste(page, "<p>You can call us at any time. We will tell you what happens next. Bring your papers to the meeting.</p>");
  await expectSaved(page);
  await page.getByRole("button", { name: "Update the published post" }).click();
  await expect(page.getByText("Updated. The public site shows the changes now.")).toBeVisible();
  const plain = scoreOf();
  expect(plain).toBeGreaterThan(legal);

  await page.getByRole("link", { name: "Versions" }).click();
  await page.getByRole("link", { name: /^Compare version of/ }).last().click();
  await page.getByRole("button", { name: "Restore this version" }).click();
  await expect(page).toHaveURL(new RegExp(`/admin/posts/${id}\\?restored=1$`));
  await expect(editorBody(page)).toContainText("Pursuant to Alabama law");
  expect(scoreOf()).toBe(legal);

  await page.goto(`/admin/posts?q=${encodeURIComponent(title)}`);
  const row = page.getByRole("table", { name: "Posts" }).getByRole("row", { name: new RegExp(title) });
  await expect(row.getByRole("cell").nth(4)).toHaveText(new RegExp(`^${legal} (needs work|fair|good)$`));
});
