import fs from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { EMPTY_POST_FIELDS } from "@/lib/posts/post-input";
import { queryDb } from "./database";
import { editorBody, expectSaved, paste, postRow, saveStatus, uniqueTitle, writeDraft } from "./post-editor";
import { OWNER, signIn } from "./sign-in";

const fixtures = path.resolve(import.meta.dirname, "fixtures");

test.beforeEach(async ({ page }) => {
  await signIn(page, undefined, "/admin/posts");
});

test("autosave shows Saving… then Saved, and the database holds what was typed", async ({ page }) => {
  const id = await writeDraft(page, uniqueTitle("Autosave"));
  await editorBody(page).click();
  await page.keyboard.press("End");
  await page.keyboard.type(" More words.");
  await expect(saveStatus(page)).toHaveText("Saving…");
  await expectSaved(page);
  expect(postRow(id).body_html).toBe("<p>A first paragraph. More words.</p>");
});

test("leaving with unsaved changes asks first", async ({ page }) => {
  await writeDraft(page, uniqueTitle("Leave warning"));
  await editorBody(page).click();
  await page.keyboard.type(" Not saved yet");
  const dialog = page.waitForEvent("dialog");
  void page.evaluate(() => window.location.reload());
  const shown = await dialog;
  expect(shown.type()).toBe("beforeunload");
  await shown.dismiss();
  await expect(page).toHaveURL(/\/admin\/posts\/\d+$/);

  // A link inside the admin (no page unload) asks too.
  await page.keyboard.type(" And more");
  const asked: string[] = [];
  page.once("dialog", (d) => {
    asked.push(`${d.type()}: ${d.message()}`);
    void d.dismiss();
  });
  await page.getByRole("link", { name: "Versions" }).click();
  expect(asked).toEqual(["confirm: Your latest changes are not saved yet. Leave this page anyway?"]);
  await expect(page).toHaveURL(/\/admin\/posts\/\d+$/);
  await expectSaved(page);
});

test("two tabs on one post: the later save is told the post changed and nothing is overwritten", async ({ page, context }) => {
  const id = await writeDraft(page, uniqueTitle("Two tabs"));
  const other = await context.newPage();
  await other.goto(`/admin/posts/${id}`);
  await expect(editorBody(other)).toHaveText("A first paragraph.");

  await editorBody(page).click();
  await page.keyboard.press("End");
  await page.keyboard.type(" From tab one.");
  await expectSaved(page);

  await editorBody(other).click();
  await other.keyboard.press("End");
  await other.keyboard.type(" From tab two.");
  await expect(other.getByText("This post changed in another tab or by someone else.")).toBeVisible({ timeout: 10_000 });
  await expect(saveStatus(other)).toHaveText("Not saved");
  expect(postRow(id).body_html).toBe("<p>A first paragraph. From tab one.</p>");

  // The second tab's text is kept in the browser and offered back after a reload.
  other.on("dialog", (d) => void d.accept());
  await other.getByRole("link", { name: "Reload the latest version" }).click();
  await expect(editorBody(other)).toHaveText("A first paragraph. From tab one.");
  await expect(other.getByRole("button", { name: "Restore unsaved changes" })).toBeVisible();
  await other.close();
});

test("when the session runs out, the text is kept in the browser and offered back after signing in again", async ({ page, context }) => {
  const id = await writeDraft(page, uniqueTitle("Session ends"));
  await context.clearCookies();
  await editorBody(page).click();
  await page.keyboard.press("End");
  await page.keyboard.type(" Written after the session ended.");
  await expect(page.getByText("Not saved: your session has ended. Your text is kept in this browser.")).toBeVisible({ timeout: 10_000 });
  await expect(saveStatus(page)).toHaveText("Not saved");
  expect(postRow(id).body_html).toBe("<p>A first paragraph.</p>");

  page.on("dialog", (d) => void d.accept());
  await signIn(page, OWNER, `/admin/posts/${id}`);
  await page.getByRole("button", { name: "Restore unsaved changes" }).click();
  await expect(editorBody(page)).toHaveText("A first paragraph. Written after the session ended.");
  await expectSaved(page);
  expect(postRow(id).body_html).toBe("<p>A first paragraph. Written after the session ended.</p>");
});

test("pasting from Word and Google Docs keeps the structure and drops the rest", async ({ page }) => {
  const id = await writeDraft(page, uniqueTitle("Pasted"), "Intro.");
  await editorBody(page).click();
  await page.keyboard.press("End");
  await page.keyboard.press("Enter");
  await paste(page, fs.readFileSync(path.join(fixtures, "paste-word.html"), "utf8"));
  await page.keyboard.press("Enter");
  await paste(page, fs.readFileSync(path.join(fixtures, "paste-google-docs.html"), "utf8"));
  await expectSaved(page);
  const html = postRow(id).body_html;
  expect(html).toContain("<h2>What happens at a bond hearing</h2>");
  expect(html).toContain("<strong>released</strong>");
  expect(html).toContain("<ul><li><p>Bring proof of employment</p></li><li><p>Bring a family member if you can</p></li></ul>");
  expect(html).toContain("<h2>Can I talk to the other driver?</h2>");
  expect(html).toContain("<ol><li><p><em>Write down</em> what you remember.</p></li><li><p>Call a lawyer.</p></li></ol>");
  expect(html).toContain("<blockquote><p>Anything you say can be used in court.</p></blockquote>");
  expect(html).toContain('<a href="https://example.org/faq">More answers</a>');
  expect(html).not.toMatch(/style=|class=|id=|dir=|role=|o:p|<span|<b>|<p><\/p>|&nbsp;|·/);
});

test("the save route stores a hostile body sanitized, and refuses other origins and anonymous callers", async ({ page, request, baseURL }) => {
  const id = await writeDraft(page, uniqueTitle("Hostile body"));
  const fields = {
    ...EMPTY_POST_FIELDS,
    title: postRow(id).title,
    slug: postRow(id).slug,
    bodyHtml:
      '<p onclick="alert(1)">Hi<script>alert(1)</script><a href="jav&#x09;ascript:alert(1)">x</a><a href="data:text/html,x">y</a></p><iframe src="https://evil.example"></iframe><style>p{}</style><p style="color:red">ok</p><svg onload=alert(1)></svg><object data=x></object><form><input></form>',
  };
  const revision = postRow(id).revision;
  const ok = await page.request.post(`/admin/api/posts/${id}`, { data: { revision, intent: "save", fields }, headers: { Origin: baseURL! } });
  expect(ok.status()).toBe(200);
  expect(postRow(id).body_html).toBe("<p>Hi<a>x</a><a>y</a></p><p>ok</p>");

  const crossSite = await page.request.post(`/admin/api/posts/${id}`, { data: { revision: revision + 1, intent: "save", fields: { ...fields, bodyHtml: "<p>from elsewhere</p>" } }, headers: { Origin: "https://evil.example" } });
  expect(crossSite.status()).toBe(403);
  const anonymous = await request.post(`/admin/api/posts/${id}`, { data: { revision: revision + 1, intent: "save", fields: { ...fields, bodyHtml: "<p>anonymous</p>" } }, headers: { Origin: baseURL! } });
  expect(anonymous.status()).toBe(401);
  expect((await request.post("/admin/api/posts", { data: { revision: 0, intent: "save", fields }, headers: { Origin: baseURL! } })).status()).toBe(401);
  expect((await request.post("/admin/api/media", { multipart: { file: { name: "a.png", mimeType: "image/png", buffer: Buffer.from("x") } }, headers: { Origin: baseURL! } })).status()).toBe(401);
  expect(postRow(id).body_html).toBe("<p>Hi<a>x</a><a>y</a></p><p>ok</p>");
  for (const admin of ["/admin/posts", "/admin/posts/new", `/admin/posts/${id}`, `/admin/posts/${id}/versions`, `/admin/posts/${id}/preview`]) {
    const response = await request.get(admin, { maxRedirects: 0, headers: { "x-middleware-subrequest": "proxy:proxy:proxy:proxy:proxy" } });
    // No session cookie: proxy.ts sends the visitor to sign in (the page would too).
    expect(response.status(), admin).toBe(307);
    expect(new URL(response.headers()["location"]!, baseURL).pathname, admin).toBe("/admin/login");
  }
  expect(queryDb("select count(*) as n from posts where body_html like '%anonymous%' or body_html like '%elsewhere%'")).toEqual([{ n: 0 }]);
});

test("a field over its limit gets a message next to it", async ({ page }) => {
  await writeDraft(page, uniqueTitle("Limits"));
  await page.getByLabel("Slug").fill("Not a slug!");
  await expect(page.getByText("Use lowercase letters, numbers and single hyphens only.")).toBeVisible();
  await expect(page.getByLabel("Slug")).toHaveAttribute("aria-invalid", "true");
  await page.getByLabel("Use the firm's default disclaimer").uncheck();
  await expect(page.getByLabel("This post's disclaimer")).toHaveValue(/not legal advice/);
});

test("after signing in again in another tab, coming back saves the kept text", async ({ page, context }) => {
  const id = await writeDraft(page, uniqueTitle("Sign in elsewhere"));
  await context.clearCookies();
  await editorBody(page).click();
  await page.keyboard.press("End");
  await page.keyboard.type(" Kept while signed out.");
  await expect(saveStatus(page)).toHaveText("Not saved", { timeout: 10_000 });

  const popup = context.waitForEvent("page");
  await page.getByRole("link", { name: "Sign in again" }).click();
  const login = await popup;
  await login.waitForLoadState();
  await signIn(login, OWNER, `/admin/posts/${id}`);
  await login.close();
  await page.bringToFront();
  await page.evaluate(() => window.dispatchEvent(new Event("focus")));
  await expectSaved(page);
  expect(postRow(id).body_html).toBe("<p>A first paragraph. Kept while signed out.</p>");
});
