import { expect, test } from "@playwright/test";
import { expectAccessible } from "./accessibility";
import { queryDb } from "./database";
import { MIN_FILL_MS } from "./inquiry-form";
import { expectAnnounced, expectFocusNotOnBody, expectVisibleFocusRings } from "./measure";
import { editorBody, expectSaved, uniqueTitle, writeDraft } from "./post-editor";
import { signIn } from "./sign-in";

// Where focus is, and whether it can be seen; what the admin says after an action, and
// whether a screen reader hears it. Measured in the browser (axe checks neither).

test("every focus ring in the headers, navigation and footers reaches 3:1 against what is behind it", async ({ page }) => {
  test.setTimeout(60_000);
  for (const viewport of [
    { width: 320, height: 720 },
    { width: 1280, height: 800 },
  ]) {
    await page.setViewportSize(viewport);
    await page.goto("/");
    // The dark header (firm name, Call, Home, Blog, Contact, search, the skip link) and the light footer.
    await expectVisibleFocusRings(page, "header", 5);
    await expectVisibleFocusRings(page, "footer", 2);
    const post = queryDb<{ slug: string }>("select slug from posts where kind = 'post' and status = 'published' and deleted_at is null and published_at <= ? limit 1", Date.now())[0]!;
    await page.goto(`/blog/${post.slug}`);
    await expectVisibleFocusRings(page, "header, nav, footer", 10);
  }

  await signIn(page);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto("/admin");
  // The first Tab offers to skip the admin's navigation; it lands on the page's content.
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Skip to content" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("main")).toBeFocused();
  // Every nav link, the skip link, "Admin" and Sign out, on the admin's darker header.
  await expectVisibleFocusRings(page, "header", 8);
  await page.setViewportSize({ width: 320, height: 720 });
  await page.getByRole("banner").locator("summary", { hasText: "Menu" }).click();
  await expectVisibleFocusRings(page, "header", 8);

  // Names that do not run together: "Inquiries (2 new)", not "Inquiries2 new".
  await expect(page.getByRole("navigation", { name: "Admin" }).getByRole("link", { name: /^Inquiries( \(\d+ new\))?$/ })).toBeVisible();
});

test("after publish, discard, unpublish and the link field, focus is somewhere sensible and the news is announced", async ({ page }) => {
  test.setTimeout(60_000);
  page.on("dialog", (dialog) => void dialog.accept());
  await signIn(page);
  const title = uniqueTitle("Focus kept");
  const id = await writeDraft(page, title, "Some words to link here.");

  // The link field, opened from its button: Escape goes back to the button.
  await editorBody(page).click();
  await page.keyboard.press("ControlOrMeta+a");
  const linkButton = page.getByRole("toolbar", { name: "Formatting" }).getByRole("button", { name: "Link" });
  await linkButton.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByLabel("Link address")).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(page.getByLabel("Link address")).toBeHidden();
  await expect(linkButton).toBeFocused();

  // Opened with Ctrl+K in the text: a wrong address is announced; Escape goes back to the
  // text with the same words selected.
  await editorBody(page).click();
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.press("ControlOrMeta+k");
  await page.getByLabel("Link address").fill("not an address");
  await page.keyboard.press("Enter");
  await expectAnnounced(page.locator("[aria-live]").getByText(/^Enter a web address/));
  await page.keyboard.press("Escape");
  await expect(editorBody(page)).toBeFocused();
  expect(await page.evaluate(() => window.getSelection()?.toString())).toBe("Some words to link here.");

  // "Publish now" goes away once pressed: focus goes to the notice saying it worked.
  await page.getByRole("button", { name: "Publish now" }).click();
  const published = page.getByText("Published. It is on the site now.");
  await expectAnnounced(published);
  await expect(page.getByRole("button", { name: "Publish now" })).toBeHidden();
  expect(await expectFocusNotOnBody(page)).toContain("Published. It is on the site now.");

  // A change, then "Discard changes": the editor starts again on the public text, focus on the notice.
  await editorBody(page).click();
  await page.keyboard.press("End");
  await page.keyboard.type(" More.");
  await expectSaved(page);
  await page.getByRole("button", { name: "Discard changes" }).click();
  await expect(page).toHaveURL(`/admin/posts/${id}?discarded=1`);
  const discarded = page.getByText("The unpublished changes were discarded");
  await expectAnnounced(discarded);
  expect(await expectFocusNotOnBody(page)).toContain("The unpublished changes were discarded");

  // Unpublish goes away too.
  await page.getByRole("button", { name: "Unpublish" }).click();
  await expectAnnounced(page.getByText("Unpublished. It is a draft again and off the site."));
  expect(await expectFocusNotOnBody(page)).toContain("Unpublished.");
  expect(queryDb<{ status: string }>("select status from posts where id = ?", id)[0]!.status).toBe("draft");
  await expectAccessible(page);

  // The trash's notice on the posts page is announced too, and its Undo keeps focus while focused.
  await page.getByText("Move to trash…").click();
  await page.getByRole("button", { name: "Yes, move to trash" }).click();
  await expectAnnounced(page.getByText(`“${title}” is in the trash.`));
});

test("a new post's status does not claim it is saved before anything is", async ({ page }) => {
  await signIn(page);
  await page.goto("/admin/posts/new");
  await expect(page.locator("[data-editor-bar]").getByRole("status")).toHaveText("Not saved yet");
  // The shortcuts are documented beside the bar.
  await expect(page.getByRole("button", { name: /shortcuts/i })).toBeVisible();
});

test("the contact form answered without JavaScript starts on its error summary and says Error in the title", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/contact");
  await page.waitForTimeout(MIN_FILL_MS + 300); // not refused as too fast for a person
  await page.getByRole("button", { name: "Send message" }).click();
  const summary = page.getByRole("alert").filter({ hasText: "Please check these answers" });
  await expect(summary).toBeVisible();
  await expect(summary).toBeFocused();
  await expect(page).toHaveTitle(/^Error: Contact \| /);
  // A summary link leaves the field's label in view.
  await summary.getByRole("link").first().click();
  const label = page.locator("label, legend").filter({ hasText: /Your name|name/i }).first();
  await expect(label).toBeInViewport();
  await context.close();
});

test("share links that open a new tab say so", async ({ page }) => {
  const post = queryDb<{ slug: string }>("select slug from posts where kind = 'post' and status = 'published' and deleted_at is null and published_at <= ? limit 1", Date.now())[0]!;
  await page.goto(`/blog/${post.slug}`);
  const share = page.getByRole("navigation", { name: "Share this post" });
  await expect(share.getByRole("link", { name: "Share on Facebook (opens in a new tab)" })).toHaveAttribute("target", "_blank");
  await expect(share.getByRole("link", { name: "Share on Email", exact: true })).not.toHaveAttribute("target", "_blank");
});
