import { expect, test } from "@playwright/test";
import { zonedTimeToUtc, utcToZonedTime } from "@/lib/dates/zoned-time";
import { expectAccessible } from "./accessibility";
import { queryDb } from "./database";
import { editorBody, expectSaved, postRow, TINY_PNG, uniqueTitle, writeDraft } from "./post-editor";
import { addEditor, signIn } from "./sign-in";

test.beforeEach(async ({ page }) => {
  await signIn(page, undefined, "/admin/posts");
});

test("the attorney writes a formatted post with a cover, previews the draft and publishes it", async ({ page, request }) => {
  // The longest journey (four accessibility scans), and the first on a cold server.
  test.setTimeout(60_000);
  const title = uniqueTitle("What to bring to a bond hearing");
  const list = await page.goto("/admin/posts");
  expect(list?.headers()["cache-control"]).toContain("no-store");
  await expectAccessible(page);
  await page.getByRole("link", { name: "New post" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "New post" })).toBeVisible();
  await expectAccessible(page);

  await page.getByLabel("Title", { exact: true }).fill(title);
  await expect(page.getByLabel("Slug")).toHaveValue(/^what-to-bring-to-a-bond-hearing-[0-9a-f]{6}$/);
  const body = editorBody(page);
  await body.click();
  await page.getByRole("button", { name: "Heading 2" }).click();
  await expect(page.getByRole("button", { name: "Heading 2" })).toHaveAttribute("aria-pressed", "true");
  await page.keyboard.type("Before the hearing");
  await page.keyboard.press("Enter");
  await page.keyboard.type("Bring ");
  await page.getByRole("button", { name: "Bold", exact: true }).click();
  await page.keyboard.type("proof of work");
  await page.getByRole("button", { name: "Bold", exact: true }).click();
  await page.keyboard.type(" and ");
  await page.getByRole("button", { name: "Italic" }).click();
  await page.keyboard.type("a calm friend");
  await page.getByRole("button", { name: "Italic" }).click();
  await page.keyboard.type(".");
  await page.keyboard.press("Enter");
  await page.getByRole("button", { name: "Bulleted list" }).click();
  await page.keyboard.type("Pay stubs");
  await page.keyboard.press("Enter");
  await page.keyboard.type("A letter from your boss");
  await page.keyboard.press("Enter");
  await page.keyboard.press("Enter");
  await page.getByRole("button", { name: "Quote" }).click();
  await page.keyboard.type("Be on time.");
  await page.keyboard.press("Enter");
  await page.keyboard.press("Enter");
  await page.keyboard.type("Read the court rules");
  for (let i = 0; i < "court rules".length; i++) await page.keyboard.press("Shift+ArrowLeft");
  await page.getByRole("button", { name: "Link", exact: true }).click();
  await page.getByLabel("Link address").fill("https://example.org/rules");
  await page.getByRole("button", { name: "Apply link" }).click();

  await page.getByLabel("Excerpt").fill("What a judge looks at, and what to bring.");
  await page.getByLabel("Upload a cover image").setInputFiles({ name: "cover.png", mimeType: "image/png", buffer: TINY_PNG });
  await expect(page.getByText("Describe the image for people who cannot see it.").or(page.getByLabel("Image description (alt text)"))).toBeVisible();
  await page.getByLabel("Image description (alt text)").fill("A courthouse door");
  await expect(page).toHaveURL(/\/admin\/posts\/\d+$/, { timeout: 10_000 });
  await expectSaved(page);
  await expectAccessible(page);

  const id = Number(new URL(page.url()).pathname.split("/").pop());
  const row = postRow(id);
  expect(row).toMatchObject({ title, status: "draft", cover_alt: "A courthouse door" });
  expect(row.body_html).toBe(
    '<h2>Before the hearing</h2><p>Bring <strong>proof of work</strong> and <em>a calm friend</em>.</p><ul><li><p>Pay stubs</p></li><li><p>A letter from your boss</p></li></ul><blockquote><p>Be on time.</p></blockquote><p>Read the <a href="https://example.org/rules">court rules</a></p>',
  );
  expect(row.cover_media_id).not.toBeNull();

  // A draft is not public.
  expect((await request.get(`/blog/${row.slug}`)).status()).toBe(404);

  await page.getByRole("link", { name: "Preview" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(page.getByText("the public cannot see this post yet")).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Before the hearing" })).toBeVisible();
  await expect(page.getByRole("img", { name: "A courthouse door" })).toBeVisible();
  await expect(page.getByRole("complementary", { name: "Disclaimer" })).toContainText("reviewed for Alabama law only");
  await expectAccessible(page);
  // The preview is for signed-in people only.
  const anonymous = await request.get(`/admin/posts/${id}/preview`, { maxRedirects: 0 });
  expect([302, 303, 307, 308, 401]).toContain(anonymous.status());

  await page.getByRole("link", { name: "Back to the editor" }).click();
  await page.getByRole("button", { name: "Publish now" }).click();
  await expect(page.getByText("Published. It is on the site now.")).toBeVisible();
  expect(postRow(id).status).toBe("published");
  expect(queryDb("select id from post_versions where post_id = ?", id)).toHaveLength(1);

  await page.goto("/blog");
  await expect(page.getByRole("main").getByRole("article").first().getByRole("heading")).toHaveText(title);
  await page.goto("/");
  await expect(page.getByRole("main").getByRole("article").first().getByRole("heading")).toHaveText(title);
  await page.getByRole("link", { name: title }).click();
  const cover = page.getByRole("img", { name: "A courthouse door" });
  await expect(cover).toBeVisible();
  // The page offers the cover resized at upload (a WebP here, beside AVIF in srcset); the upload as sent is kept and served too.
  const src = (await cover.getAttribute("src"))!;
  expect(src).toMatch(/^\/media\/[a-f0-9]{32}-1\.webp$/);
  const resized = await request.get(src);
  expect(resized.headers()["content-type"]).toBe("image/webp");
  expect(resized.headers()["x-content-type-options"]).toBe("nosniff");
  const image = await request.get(src.replace(/-1\.webp$/, ".png"));
  expect(image.headers()["content-type"]).toBe("image/png");
  expect(Buffer.from(await image.body()).equals(TINY_PNG)).toBe(true);
  expect((await request.get("/media/00000000000000000000000000000000.png")).status()).toBe(404);
});

test("a cover that is not really an image is refused with a message", async ({ page }) => {
  await writeDraft(page, uniqueTitle("Cover check"));
  await page.getByLabel("Upload a cover image").setInputFiles({ name: "cover.png", mimeType: "image/png", buffer: Buffer.from("<html><script>alert(1)</script></html>") });
  await expect(page.getByText("Use a JPEG, PNG or WebP image.")).toBeVisible();
  await expect(page.getByLabel("Image description (alt text)")).toHaveCount(0);
});

test("changing a published post's slug leaves a permanent redirect from the old address", async ({ page, request }) => {
  const title = uniqueTitle("Slug change");
  const id = await writeDraft(page, title);
  await page.getByRole("button", { name: "Publish now" }).click();
  await expect(page.getByText("Published. It is on the site now.")).toBeVisible();
  const oldSlug = postRow(id).slug;

  // A slug another post has is refused, with a message next to the field.
  const [taken] = queryDb<{ slug: string }>("select slug from posts where id != ? and deleted_at is null limit 1", id);
  await page.getByLabel("Slug").fill(taken!.slug);
  await expect(page.getByText("Another post already uses this address. Choose a different slug.")).toBeVisible();
  await expect(page.getByRole("status")).toHaveText("Not saved");

  const newSlug = `${oldSlug}-moved`;
  await page.getByLabel("Slug").fill(newSlug);
  await expectSaved(page);
  // Saved as an unpublished change: the address stays until the post is updated.
  expect(postRow(id).slug).toBe(oldSlug);
  expect((await request.get(`/blog/${oldSlug}`, { maxRedirects: 0 })).status()).toBe(200);
  await page.getByRole("button", { name: "Update the published post" }).click();
  await expect(page.getByText("Updated. The public site shows the changes now.")).toBeVisible();
  expect(postRow(id).slug).toBe(newSlug);

  const moved = await request.get(`/blog/${oldSlug}`, { maxRedirects: 0 });
  expect(moved.status()).toBe(308);
  expect(moved.headers()["location"]).toMatch(new RegExp(`/blog/${newSlug}$`));
  await page.goto(`/blog/${oldSlug}`);
  await expect(page).toHaveURL(new RegExp(`/blog/${newSlug}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
});

test("a post scheduled a few seconds ahead appears on the blog by itself, then unpublishing takes it away", async ({ page, browser }) => {
  test.setTimeout(60_000);
  const title = uniqueTitle("Scheduled answer");
  const id = await writeDraft(page, title);
  const timeZone = "America/Chicago"; // the sample settings' time zone
  const at = new Date(Date.now() + 15_000);
  const local = utcToZonedTime(at, timeZone);
  await page.getByLabel(/Publish at/).fill(local);
  await page.getByRole("button", { name: "Schedule" }).click();
  await expect(page.getByText("Scheduled.", { exact: true })).toBeVisible();
  // The time as the post list writes it ("Nov 28, 2026, 11:06 PM"), not as the field holds it.
  await expect(page.getByRole("region", { name: "Publishing" })).toContainText(/Status: Scheduled for [A-Z][a-z]{2} \d{1,2}, \d{4}, \d{1,2}:\d{2}\s[AP]M/);
  const row = postRow(id);
  expect(row.status).toBe("published");
  expect(row.published_at).toBe(zonedTimeToUtc(local, timeZone)!.getTime());

  // An edit of the scheduled post waits for the update, which keeps the time.
  await editorBody(page).click();
  await page.keyboard.press("End");
  await page.keyboard.type(" Edited before it went out.");
  await expectSaved(page);
  await expect(page.getByText("Unpublished changes — saved, not yet in the scheduled post.")).toBeVisible();
  expect(postRow(id).body_html).toBe("<p>A first paragraph.</p>");
  await page.getByRole("button", { name: "Update the scheduled post" }).click();
  await expect(page.getByText("Updated. The changes will be public at the scheduled time.")).toBeVisible();
  expect(postRow(id)).toMatchObject({ body_html: "<p>A first paragraph. Edited before it went out.</p>", published_at: row.published_at });

  await page.goto("/admin/posts?status=scheduled");
  await expect(page.getByRole("row", { name: new RegExp(title) })).toContainText("Scheduled");

  // A visitor who never signed in: nothing in the admin is touched from here on.
  const visitor = await browser.newPage();
  await visitor.goto(`/blog/${row.slug}`);
  await expect(visitor.getByRole("heading", { level: 1 })).toHaveText("We couldn’t find that page");
  await expect
    .poll(
      async () => {
        await visitor.goto("/blog");
        return visitor.getByRole("main").getByRole("article").first().getByRole("heading").textContent();
      },
      { timeout: 25_000, intervals: [1_000] },
    )
    .toBe(title);
  await visitor.goto(`/blog/${row.slug}`);
  await expect(visitor.getByRole("main")).toContainText("Edited before it went out.");

  await page.goto(`/admin/posts/${id}`);
  await page.getByRole("button", { name: "Unpublish" }).click();
  await expect(page.getByText("Unpublished. It is a draft again and off the site.")).toBeVisible();
  expect((await visitor.goto(`/blog/${row.slug}`))?.status()).toBe(404);
  await visitor.close();
});

test("an earlier version is compared side by side and restored", async ({ page }) => {
  const title = uniqueTitle("Versions");
  const id = await writeDraft(page, title, "The first wording.");
  await page.getByRole("button", { name: "Publish now" }).click();
  await expect(page.getByText("Published. It is on the site now.")).toBeVisible();

  await editorBody(page).click();
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.type("The second wording.");
  await expectSaved(page);
  expect(postRow(id).body_html).toBe("<p>The first wording.</p>");
  expect(queryDb("select id from post_versions where post_id = ?", id)).toHaveLength(1);
  await page.getByRole("button", { name: "Update the published post" }).click();
  await expect(page.getByText("Updated. The public site shows the changes now.")).toBeVisible();
  expect(postRow(id).body_html).toBe("<p>The second wording.</p>");
  expect(queryDb("select id from post_versions where post_id = ?", id)).toHaveLength(2);

  await page.getByRole("link", { name: "Versions" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(title);
  await page.getByRole("link", { name: /^Compare version of/ }).last().click();
  // What changed, word by word, in place: "first" taken out, "second" put in.
  const changes = page.getByRole("region", { name: /^What changed since the version of/ });
  await expect(changes.locator("del")).toHaveText("[removed: first]");
  await expect(changes.locator("ins")).toHaveText("[added: second]");
  await page.getByText("Side by side, as the page shows them").click();
  const current = page.getByRole("region", { name: "Current" });
  const earlier = page.getByRole("region", { name: /^Version of/ });
  await expect(current).toContainText("The second wording.");
  await expect(earlier).toContainText("The first wording.");
  await expect(earlier).toContainText(/by owner/i); // the author's name
  await expectAccessible(page);
  await page.getByRole("button", { name: "Restore this version" }).click();

  await expect(page).toHaveURL(new RegExp(`/admin/posts/${id}\\?restored=1$`));
  await expect(page.getByText("The version was restored")).toBeVisible();
  await expect(editorBody(page)).toHaveText("The first wording.");
  expect(postRow(id).body_html).toBe("<p>The first wording.</p>");
  const versions = queryDb<{ body_html: string }>("select body_html from post_versions where post_id = ? order by id", id);
  expect(versions.map((v) => v.body_html)).toEqual(["<p>The first wording.</p>", "<p>The second wording.</p>", "<p>The first wording.</p>"]);
  await page.goto(`/blog/${postRow(id).slug}`);
  await expect(page.getByRole("main")).toContainText("The first wording.");
});

test("edits to a published post stay off the site until the attorney updates it", async ({ page, browser }) => {
  // Two browsers and a dozen saves: 28 s on a loaded 2-core machine, too near the default 30.
  test.setTimeout(60_000);
  const title = uniqueTitle("Live edits");
  const id = await writeDraft(page, title, "The published wording.");
  await page.getByRole("button", { name: "Publish now" }).click();
  await expect(page.getByText("Published. It is on the site now.")).toBeVisible();
  await expect(page.getByText("The public site shows what you see here.")).toBeVisible();
  const slug = postRow(id).slug;

  await editorBody(page).click();
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.type("The new wording, typed slowly.");
  await expectSaved(page);
  await expect(page.getByText("Unpublished changes — saved, not yet on the public site.")).toBeVisible();
  await expectAccessible(page);
  expect(queryDb<{ body_html: string }>("select body_html from post_drafts where post_id = ?", id)).toEqual([{ body_html: "<p>The new wording, typed slowly.</p>" }]);
  expect(postRow(id).body_html).toBe("<p>The published wording.</p>");
  expect(queryDb("select id from post_versions where post_id = ?", id)).toHaveLength(1);

  // A visitor still reads what was published.
  const visitor = await browser.newPage();
  await visitor.goto(`/blog/${slug}`);
  await expect(visitor.getByRole("main")).toContainText("The published wording.");
  await expect(visitor.getByRole("main")).not.toContainText("The new wording");
  await expect(visitor.getByRole("main")).not.toContainText("Updated");

  // The list marks the post; the editor and the preview show the changes.
  await page.goto("/admin/posts");
  await expect(page.getByRole("row", { name: new RegExp(title) })).toContainText("Unpublished changes");
  await page.goto(`/admin/posts/${id}/preview`);
  await expect(page.getByText("this is what the public will see after you update the published post")).toBeVisible();
  await expect(page.getByRole("main")).toContainText("The new wording, typed slowly.");
  await expectAccessible(page);
  await page.goto(`/admin/posts/${id}`);
  await expect(editorBody(page)).toHaveText("The new wording, typed slowly.");

  await page.getByRole("button", { name: "Update the published post" }).click();
  await expect(page.getByText("Updated. The public site shows the changes now.")).toBeVisible();
  await expect(page.getByText("The public site shows what you see here.")).toBeVisible();
  expect(postRow(id).body_html).toBe("<p>The new wording, typed slowly.</p>");
  expect(queryDb("select post_id from post_drafts where post_id = ?", id)).toHaveLength(0);
  expect(queryDb("select id from post_versions where post_id = ?", id)).toHaveLength(2);
  await visitor.goto(`/blog/${slug}`);
  await expect(visitor.getByRole("main")).toContainText("The new wording, typed slowly.");
  // Edited on the day it came out: no "Updated" beside the date (only from a later day, in the firm's time zone).
  await expect(visitor.getByRole("main").getByRole("article").first()).not.toContainText(/Updated/);
  await visitor.close();
  await page.goto("/admin/posts");
  await expect(page.getByRole("row", { name: new RegExp(title) })).not.toContainText("Unpublished changes");
});

test("unpublished changes to a published post can be discarded", async ({ page, request }) => {
  const title = uniqueTitle("Discard edits");
  const id = await writeDraft(page, title, "Keep these words.");
  await page.getByRole("button", { name: "Publish now" }).click();
  await expect(page.getByText("Published. It is on the site now.")).toBeVisible();

  await editorBody(page).click();
  await page.keyboard.press("End");
  await page.keyboard.type(" A regrettable sentence.");
  await expectSaved(page);
  expect(queryDb("select post_id from post_drafts where post_id = ?", id)).toHaveLength(1);

  page.once("dialog", (d) => void d.accept());
  await page.getByRole("button", { name: "Discard changes" }).click();
  await expect(page.getByText("The unpublished changes were discarded")).toBeVisible();
  await expect(editorBody(page)).toHaveText("Keep these words.");
  await expect(page.getByRole("button", { name: "Discard changes" })).toHaveCount(0);
  expect(queryDb("select post_id from post_drafts where post_id = ?", id)).toHaveLength(0);
  expect(postRow(id).body_html).toBe("<p>Keep these words.</p>");
  expect(queryDb("select id from post_versions where post_id = ?", id)).toHaveLength(1);
  expect(await (await request.get(`/blog/${postRow(id).slug}`)).text()).not.toContain("regrettable");

  // Nothing comes back after a reload (no local copy offered, no pending changes).
  await page.reload();
  await expect(editorBody(page)).toHaveText("Keep these words.");
  await expect(page.getByRole("button", { name: "Restore unsaved changes" })).toHaveCount(0);
  await expectSaved(page);

  // Discarding again from the same address works the same way.
  await editorBody(page).click();
  await page.keyboard.press("End");
  await page.keyboard.type(" Another one.");
  await expectSaved(page);
  expect(queryDb("select post_id from post_drafts where post_id = ?", id)).toHaveLength(1);
  page.once("dialog", (d) => void d.accept());
  await page.getByRole("button", { name: "Discard changes" }).click();
  await expect(editorBody(page)).toHaveText("Keep these words.");
  expect(queryDb("select post_id from post_drafts where post_id = ?", id)).toHaveLength(0);
});

test("the list filters and searches; a post goes to the trash and comes back; the owner empties the trash", async ({ page }) => {
  const title = uniqueTitle("Trash me");
  const id = await writeDraft(page, title);
  await page.goto("/admin/posts");
  await page.getByLabel("Search titles").fill(title);
  await page.getByLabel("Status").selectOption("draft");
  await page.getByRole("button", { name: "Show" }).click();
  await expect(page.getByText("1 post with")).toBeVisible();
  await expect(page.getByRole("link", { name: title })).toBeVisible();
  await page.getByLabel("Status").selectOption("published");
  await page.getByRole("button", { name: "Show" }).click();
  await expect(page.getByText("No posts match.")).toBeVisible();

  await page.goto(`/admin/posts/${id}`);
  await page.getByText("Move to trash…").click();
  await page.getByRole("button", { name: "Yes, move to trash" }).click();
  await expect(page.getByText(`“${title}” is in the trash.`)).toBeVisible();
  expect(postRow(id).deleted_at).not.toBeNull();
  await page.getByRole("link", { name: "Trash", exact: true }).click();
  await expectAccessible(page);
  await page.getByRole("button", { name: `Restore ${title}` }).click();
  await expect(page.getByText("The post is back")).toBeVisible();
  expect(postRow(id).deleted_at).toBeNull();

  await page.goto(`/admin/posts/${id}`);
  await page.getByText("Move to trash…").click();
  await page.getByRole("button", { name: "Yes, move to trash" }).click();
  await page.goto("/admin/posts?view=trash");
  await page.getByText("Empty the trash…").click();
  await expect(page.getByText("The versions that were published are kept")).toBeVisible();
  await page.getByLabel("Yes, delete them for good").check();
  await page.getByRole("button", { name: "Empty trash" }).click();
  await expect(page.getByText(/The trash is empty \(\d+ deleted for good\)/)).toBeVisible();
  expect(queryDb("select id from posts where id = ?", id)).toHaveLength(0);
});

test("an editor writes and trashes posts, but only the owner can empty the trash", async ({ page, browser }) => {
  const name = uniqueTitle("Erin Editor");
  const editor = await addEditor(page, name);

  const editorPage = await browser.newPage();
  await signIn(editorPage, editor, "/admin/posts");
  const title = uniqueTitle("By the editor");
  const id = await writeDraft(editorPage, title);
  await expect(editorPage.getByRole("heading", { name: "Edit post" })).toBeVisible();
  await editorPage.goto("/admin/posts");
  // Signed by the firm's lawyer (the editor's own profile is not a lawyer's), never by the account.
  const row = editorPage.getByRole("row", { name: new RegExp(title) });
  await expect(row).toContainText("Jordan Avery");
  await expect(row).not.toContainText(name);
  await editorPage.goto(`/admin/posts/${id}`);
  await editorPage.getByText("Move to trash…").click();
  await editorPage.getByRole("button", { name: "Yes, move to trash" }).click();
  await editorPage.goto("/admin/posts?view=trash");
  await expect(editorPage.getByRole("button", { name: `Restore ${title}` })).toBeVisible();
  await expect(editorPage.getByText("Empty the trash…")).toHaveCount(0);
  expect(postRow(id).deleted_at).not.toBeNull();
  await editorPage.close();
});

test("a scheduled post is published now, with its pending changes; an editor without publishing rights still sends for review", async ({ page, browser }) => {
  test.setTimeout(60_000);
  const title = uniqueTitle("Scheduled, then needed today");
  const id = await writeDraft(page, title);
  const timeZone = "America/Chicago"; // the sample settings' time zone
  await page.getByLabel(/Publish at/).fill(utcToZonedTime(new Date(Date.now() + 7 * 86_400_000), timeZone).slice(0, 16));
  await page.getByRole("button", { name: "Schedule" }).click();
  await expect(page.getByText("Scheduled.", { exact: true })).toBeVisible();
  // A whole minute: the field shows no seconds.
  await expect(page.getByLabel(/Publish at/)).toHaveAttribute("step", "60");

  await editorBody(page).click();
  await page.keyboard.press("End");
  await page.keyboard.type(" Out today.");
  await expectSaved(page);
  const before = Date.now();
  await page.getByRole("button", { name: "Publish now" }).click();
  const notice = page.getByText("Published. It is on the site now.");
  await expect(notice).toBeVisible();
  await expect(page.locator("[data-editor-notice]")).toBeFocused();
  await expect(page.getByRole("region", { name: "Publishing" })).toContainText("Status: Published");
  await expect(page.getByRole("button", { name: "Schedule" })).toHaveCount(0);
  const row = postRow(id);
  expect(row).toMatchObject({ status: "published", body_html: "<p>A first paragraph. Out today.</p>" });
  expect(row.published_at).toBeGreaterThanOrEqual(before - 1_000);
  expect(row.published_at).toBeLessThanOrEqual(Date.now());
  const visitor = await browser.newPage();
  await visitor.goto(`/blog/${row.slug}`);
  await expect(visitor.getByRole("main")).toContainText("Out today.");
  await visitor.close();

  // An editor the owner does not trust to publish sees no Publish now on a scheduled post.
  const other = uniqueTitle("Scheduled for the editor");
  const otherId = await writeDraft(page, other);
  await page.getByLabel(/Publish at/).fill(utcToZonedTime(new Date(Date.now() + 7 * 86_400_000), timeZone).slice(0, 16));
  await page.getByRole("button", { name: "Schedule" }).click();
  await expect(page.getByText("Scheduled.", { exact: true })).toBeVisible();
  const account = await addEditor(page, "Paula Paralegal");
  const editorPage = await browser.newPage();
  await signIn(editorPage, account, "/admin/posts");
  await editorPage.goto(`/admin/posts/${otherId}`);
  await expect(editorPage.getByRole("region", { name: "Publishing" })).toContainText("Status: Scheduled");
  await expect(editorPage.getByRole("button", { name: "Publish now" })).toHaveCount(0);
  await editorBody(editorPage).click();
  await editorPage.keyboard.press("End");
  await editorPage.keyboard.type(" A paralegal's edit.");
  await expect(editorPage.getByRole("button", { name: "Send changes for review" })).toBeVisible();
  await editorPage.close();
  expect(postRow(otherId).status).toBe("published");
  expect(postRow(otherId).published_at).toBeGreaterThan(Date.now());
});
