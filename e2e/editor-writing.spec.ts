import { expect, test, type Page } from "@playwright/test";
import { expectAccessible } from "./accessibility";
import { queryDb } from "./database";
import { editorBody, expectSaved, paste, postRow, saveStatus, uniqueTitle, writeDraft } from "./post-editor";
import { signIn } from "./sign-in";

/** 3,000 words in 150 paragraphs of 20 (a number and 19 words), as a long article pasted from a document. */
function longArticle(): string {
  const sentence = "The court sets bail after an arrest and the family may pay it through a bondsman today or tomorrow";
  return Array.from({ length: 150 }, (_, i) => `<p>${i + 1} ${sentence}</p>`).join("");
}

/** Whether an element lies wholly inside the viewport. */
async function inView(page: Page, selector: string): Promise<boolean> {
  return page.locator(selector).first().evaluate((element) => {
    const box = element.getBoundingClientRect();
    return box.top >= 0 && box.bottom <= window.innerHeight && box.height > 0;
  });
}

for (const size of [
  { name: "desktop", width: 1280, height: 800 },
  { name: "phone", width: 390, height: 844 },
]) {
  test(`after a 3,000-word paste the toolbar, the save status, the words and the main action stay in reach (${size.name})`, async ({ page }) => {
    test.setTimeout(60_000);
    await page.setViewportSize({ width: size.width, height: size.height });
    await signIn(page, undefined, "/admin/posts");
    await writeDraft(page, uniqueTitle("Long paste"), "Start.");
    await editorBody(page).click();
    await page.keyboard.press("ControlOrMeta+End");
    await paste(page, longArticle());
    await expectSaved(page);
    await expect(page.locator("[data-word-count]")).toHaveText("3,001 words · 13 min read");
    // The cursor is at the end of the text, thousands of pixels down; the bar came along.
    await page.keyboard.press("ControlOrMeta+End");
    await page.keyboard.type(" The end.");
    await page.locator(".ProseMirror p").last().scrollIntoViewIfNeeded();
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(3000);
    const bar = page.locator("[data-editor-bar]");
    expect(await inView(page, "[data-editor-bar]")).toBe(true);
    await expect(bar.getByRole("toolbar", { name: "Formatting" }).getByRole("button", { name: "Bold" })).toBeInViewport();
    await expect(bar.getByRole("button", { name: "Publish now" })).toBeInViewport();
    await expect(saveStatus(page)).toBeInViewport();
    await expectSaved(page);
    // Compact: on a phone the bar is its status line and one line of buttons.
    const height = (await bar.boundingBox())!.height;
    expect(height).toBeLessThan(size.name === "phone" ? 140 : 130);
    await expectAccessible(page);
  });
}

test("shortcuts: the help lists them, Ctrl+K opens the link field, undo and redo are buttons too", async ({ page }) => {
  await signIn(page, undefined, "/admin/posts");
  const id = await writeDraft(page, uniqueTitle("Shortcuts"), "Call the firm");
  await page.getByRole("button", { name: "Shortcuts" }).click();
  const help = page.getByRole("region", { name: "Keyboard shortcuts" });
  await expect(help.getByRole("row", { name: /Link/ })).toContainText("Ctrl+K");
  await expect(help.getByRole("row", { name: /^Undo/ })).toContainText("Ctrl+Z");
  await expectAccessible(page);
  await page.keyboard.press("Escape");
  await expect(help).toBeHidden();

  // Select "the firm", Ctrl+K, type an address, Enter.
  await editorBody(page).click();
  await page.keyboard.press("End");
  for (let i = 0; i < "the firm".length; i++) await page.keyboard.press("Shift+ArrowLeft");
  await page.keyboard.press("Control+k");
  const address = page.getByLabel("Link address");
  await expect(address).toBeFocused();
  await address.fill("/contact");
  await address.press("Enter");
  await expectSaved(page);
  expect(postRow(id).body_html).toBe('<p>Call <a href="/contact">the firm</a></p>');

  const undo = page.getByRole("button", { name: "Undo" });
  const redo = page.getByRole("button", { name: "Redo" });
  await undo.click();
  await expect(editorBody(page).locator("a")).toHaveCount(0);
  await expectSaved(page);
  expect(postRow(id).body_html).toBe("<p>Call the firm</p>");
  await redo.click();
  await expect(editorBody(page).locator("a")).toHaveText("the firm");
  await expectSaved(page);
  expect(postRow(id).body_html).toBe('<p>Call <a href="/contact">the firm</a></p>');
});

test("a new post with a title another post has is saved at once under -2, and the page says so", async ({ page }) => {
  await signIn(page, undefined, "/admin/posts");
  const title = uniqueTitle("Can a victim drop the charges?");
  const first = await writeDraft(page, title);
  const base = postRow(first).slug;
  const second = await writeDraft(page, title, "Another answer.");
  expect(second).not.toBe(first);
  expect(postRow(second).slug).toBe(`${base}-2`);
  await expect(page.getByLabel(/^Slug/)).toHaveValue(`${base}-2`);
  await expect(page.getByText(`Another post already uses “${base}”, so this one’s address is “${base}-2”.`)).toBeVisible();
  await expect(saveStatus(page)).toHaveText("Saved");
  // A third goes to -3.
  const third = await writeDraft(page, title, "A third.");
  expect(postRow(third).slug).toBe(`${base}-3`);
});

test("a refused schedule keeps the editor saved and says what to fix by the field; nothing is asked on leaving", async ({ page }) => {
  await signIn(page, undefined, "/admin/posts");
  const id = await writeDraft(page, uniqueTitle("Refused schedule"));
  await page.getByLabel(/^Publish at/).fill("0202-03-01T09:00");
  await page.getByRole("button", { name: "Publish with this date" }).click();
  await expect(page.locator("#publishAt-error")).toHaveText("Enter a date after 1990.");
  await expect(saveStatus(page)).toHaveText("Saved");
  expect(postRow(id).status).toBe("draft");
  // Leaving asks nothing: everything was saved.
  let asked = false;
  page.on("dialog", (dialog) => {
    asked = true;
    void dialog.dismiss();
  });
  await page.goto("/admin/posts");
  expect(asked).toBe(false);
});

test("tags keep the order the writer gave them", async ({ page }) => {
  await signIn(page, undefined, "/admin/posts");
  const id = await writeDraft(page, uniqueTitle("Tag order"));
  const box = page.getByLabel("Tags", { exact: true });
  for (const tag of ["Zebra crossings", "Appeals", "Mid-case"]) {
    await box.fill(tag);
    await box.press("Enter");
  }
  await expectSaved(page);
  const names = () => queryDb<{ name: string }>("select t.name from post_tags pt join tags t on t.id = pt.tag_id where pt.post_id = ? order by pt.position", id).map((r) => r.name);
  expect(names()).toEqual(["Zebra crossings", "Appeals", "Mid-case"]);
  await page.reload();
  await expect(page.getByRole("list", { name: "Tags of this post" }).getByRole("listitem")).toHaveText([/Zebra crossings/, /Appeals/, /Mid-case/]);
});

test("moving a post to the trash offers Undo for a few seconds, which brings it back", async ({ page }) => {
  await signIn(page, undefined, "/admin/posts");
  const title = uniqueTitle("Trash undo");
  const id = await writeDraft(page, title);
  await page.getByText("Move to trash…").click();
  await page.getByRole("button", { name: "Yes, move to trash" }).click();
  await expect(page.getByRole("status")).toContainText(`“${title}” is in the trash.`);
  expect(postRow(id).deleted_at).not.toBeNull();
  await page.getByRole("button", { name: `Undo moving ${title} to the trash` }).click();
  await expect(page.getByRole("status")).toHaveText("The post is back, with the status it had.");
  expect(postRow(id).deleted_at).toBeNull();
});
