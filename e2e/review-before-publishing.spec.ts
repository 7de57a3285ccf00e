import { expect, test } from "@playwright/test";
import { expectAccessible } from "./accessibility";
import { editorBody, expectSaved, postRow, saveStatus, uniqueTitle, writeDraft } from "./post-editor";
import { addEditor, signIn } from "./sign-in";

test("an editor's update waits in review and goes live only when the owner publishes it; a second one goes back with a note", async ({ page, browser, baseURL }) => {
  test.setTimeout(90_000);
  // The owner publishes a post and adds an editor.
  await signIn(page, undefined, "/admin/posts");
  const title = uniqueTitle("Review me");
  const id = await writeDraft(page, title, "The lawyer's own wording.");
  await page.getByRole("button", { name: "Publish now" }).click();
  await expect(page.getByText("Published. It is on the site now.")).toBeVisible();
  const slug = postRow(id).slug;
  const editorAccount = await addEditor(page, "Riley Reviewed");

  // The editor changes it: no publish or update button, only "Send changes for review".
  const editorContext = await browser.newContext({ baseURL });
  const editor = await editorContext.newPage();
  await signIn(editor, editorAccount, `/admin/posts/${id}`);
  await editorBody(editor).click();
  await editor.keyboard.press("ControlOrMeta+End");
  await editor.keyboard.type(" Added by the editor.");
  await expectSaved(editor);
  await expect(editor.getByRole("button", { name: "Update the published post" })).toHaveCount(0);
  await expect(editor.getByRole("button", { name: "Unpublish" })).toHaveCount(0);

  // The server refuses the editor's publish, whatever the page shows.
  const refused = await editor.request.post(`/admin/api/posts/${id}`, {
    headers: { Origin: baseURL! },
    data: { revision: postRow(id).revision, intent: "update", fields: { title, slug, excerpt: "", bodyHtml: "<p>Sneaked in.</p>", tags: "", coverMediaId: null, coverAlt: "", seoTitle: "", seoDescription: "", useDefaultDisclaimer: true, disclaimer: "" } },
  });
  expect(refused.status()).toBe(403);
  expect(((await refused.json()) as { error: string }).error).toMatch(/send them for review/);

  await editor.getByRole("button", { name: "Send changes for review" }).click();
  await expect(editor.getByText("Sent for review.")).toBeVisible();
  await expect(editor.getByRole("region", { name: "Publishing" })).toContainText("In review");
  await expect(saveStatus(editor)).toHaveText("Saved");
  await expectAccessible(editor);

  // The public page still says what the lawyer wrote.
  await page.goto(`/blog/${slug}`);
  await expect(page.getByRole("main").getByRole("article").first()).toContainText("The lawyer's own wording.");
  await expect(page.getByRole("main").getByRole("article").first()).not.toContainText("Added by the editor.");

  // The owner sees it waiting, with what would change, and publishes it.
  await page.goto("/admin");
  await expect(page.getByRole("region", { name: /^Waiting for your review/ })).toContainText(title);
  await page.goto("/admin/in-review");
  await expectAccessible(page);
  await page.getByRole("link", { name: title }).click();
  const changes = page.getByRole("region", { name: "What would change on the site" });
  await expect(changes.locator("ins")).toHaveText("[added: Added by the editor.]");
  await expectAccessible(page);
  await page.setViewportSize({ width: 390, height: 844 });
  await expectAccessible(page);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.getByRole("button", { name: "Publish it" }).click();
  await expect(page.getByRole("status")).toHaveText(`“${title}” is published.`);
  await page.goto(`/blog/${slug}`);
  await expect(page.getByRole("main").getByRole("article").first()).toContainText("The lawyer's own wording. Added by the editor.");

  // A second change goes back with a note, which the editor reads in the editor; nothing goes public.
  await editor.reload();
  await editorBody(editor).click();
  await editor.keyboard.press("ControlOrMeta+End");
  await editor.keyboard.type(" We guarantee results.");
  await expectSaved(editor);
  await editor.getByRole("button", { name: "Send changes for review" }).click();
  await expect(editor.getByText("Sent for review.")).toBeVisible();
  await page.goto(`/admin/in-review/${id}`);
  await page.getByLabel("Note for the editor").fill("No guarantees, please: the bar rules forbid them.");
  await page.getByRole("button", { name: "Send it back" }).click();
  await expect(page.getByRole("status")).toHaveText(`“${title}” went back to its editor with your note.`);
  await page.goto(`/blog/${slug}`);
  await expect(page.getByRole("main").getByRole("article").first()).not.toContainText("guarantee");
  await editor.reload();
  await expect(editor.getByRole("region", { name: "Publishing" })).toContainText("No guarantees, please: the bar rules forbid them.");
  await editorContext.close();
});

test("an editor's new draft is published by the owner; an editor the owner trusts publishes directly", async ({ page, browser, baseURL }) => {
  test.setTimeout(90_000);
  await signIn(page, undefined, "/admin/users");
  const editorAccount = await addEditor(page, "Casey Trusted");
  const editorContext = await browser.newContext({ baseURL });
  const editor = await editorContext.newPage();
  await signIn(editor, editorAccount, "/admin/posts");
  const title = uniqueTitle("Editor's draft");
  const id = await writeDraft(editor, title, "Written by an editor.");
  await expect(editor.getByRole("button", { name: "Publish now" })).toHaveCount(0);
  await editor.getByRole("button", { name: "Send for review" }).click();
  await expect(editor.getByText("Sent for review.")).toBeVisible();
  expect(postRow(id).status).toBe("draft");

  await page.goto(`/admin/in-review/${id}`);
  await expect(page.getByRole("region", { name: "What would go on the site" }).locator("ins").first()).toContainText(title);
  await page.getByRole("button", { name: "Publish it" }).click();
  await expect(page.getByRole("status")).toHaveText(`“${title}” is published.`);
  expect(postRow(id).status).toBe("published");

  // Trusted: the owner lets this editor publish without review.
  await page.goto("/admin/users");
  await page.getByRole("button", { name: "Let Casey Trusted publish without review" }).click();
  await expect(page.getByText("Casey Trusted publishes without review now.")).toBeVisible();
  const second = await writeDraft(editor, uniqueTitle("Trusted post"), "Straight to the site.");
  await editor.getByRole("button", { name: "Publish now" }).click();
  await expect(editor.getByText("Published. It is on the site now.")).toBeVisible();
  expect(postRow(second).status).toBe("published");
  await editorContext.close();
});
