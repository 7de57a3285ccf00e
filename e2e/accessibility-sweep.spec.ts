import { expect, test, type Page } from "@playwright/test";
import { expectAccessible } from "./accessibility";
import { queryDb } from "./database";
import { sendQuickInquiry } from "./inquiry-form";
import { expectNoSidewaysScroll, expectVisibleFieldEdges } from "./measure";
import { signIn } from "./sign-in";

// Every page, public and admin, at a 320 px phone and a desktop: axe, no sideways scroll
// at 320 px (WCAG 1.4.10), and every field's edge at 3:1 (1.4.11) where there are fields.
// A few journeys that visit many pages each (the suite runs on 2 cores).

const PHONE = { width: 320, height: 720 };
const DESKTOP = { width: 1280, height: 800 };

function one<T>(sql: string, ...params: unknown[]): T {
  const [row] = queryDb<T>(sql, ...params);
  if (!row) throw new Error(`nothing for ${sql}`);
  return row;
}

function publicPaths(): string[] {
  const post = one<{ slug: string }>("select slug from posts where kind = 'post' and status = 'published' and deleted_at is null and published_at <= ? order by published_at desc limit 1", Date.now());
  const tag = one<{ slug: string }>(
    `select t.slug from tags t join post_tags pt on pt.tag_id = t.id join posts p on p.id = pt.post_id
     where p.kind = 'post' and p.status = 'published' and p.deleted_at is null and p.published_at <= ? limit 1`,
    Date.now(),
  );
  const area = one<{ slug: string }>("select slug from posts where kind = 'practice_area' and status = 'published' and deleted_at is null order by id limit 1");
  const attorney = one<{ slug: string }>("select slug from profiles where listed = 1 order by id limit 1");
  return [
    "/",
    "/blog",
    "/blog/page/2",
    `/blog/${post.slug}`,
    `/blog/tag/${tag.slug}`,
    "/search?q=bail",
    "/contact",
    "/about",
    "/privacy",
    "/terms",
    "/accessibility",
    "/practice-areas",
    `/practice-areas/${area.slug}`,
    `/attorneys/${attorney.slug}`,
    "/a-page-that-is-not-there",
    // The Spanish site (issue 24): its home, blog, a translated post and page, search, the form, its 404.
    "/es",
    "/es/blog",
    "/es/blog/como-funciona-la-fianza",
    "/es/blog/tag/bond",
    "/es/attorneys/jordan-avery",
    "/es/privacidad",
    "/es/search?q=fianza",
    "/es/contact",
    "/es/no-existe",
  ];
}

async function visit(page: Page, path: string, fields: boolean) {
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(path === "/a-page-that-is-not-there" || path === "/es/no-existe" ? 404 : 200);
  await expectAccessible(page);
  if (fields) await expectVisibleFieldEdges(page);
}

for (const viewport of [PHONE, DESKTOP]) {
  test(`every public page at ${viewport.width} px: axe, no sideways scroll, fields that show their edge`, async ({ page }) => {
    test.setTimeout(90_000);
    await page.setViewportSize(viewport);
    for (const path of publicPaths()) {
      // Every public page has the header's search field.
      await visit(page, path, true);
      await expectNoSidewaysScroll(page);
    }
    // The message-received page, and the form's answer with problems (no JavaScript needed for either).
    await page.goto("/contact");
    await page.getByRole("button", { name: "Send message" }).click();
    await expect(page.getByRole("alert", { name: /not sent yet|check these answers/ })).toBeVisible();
    await expectAccessible(page);
    await expectNoSidewaysScroll(page);
  });
}

/** Makes an inquiry through the contact form (checking the received page too); its id. */
async function sendInquiry(page: Page): Promise<number> {
  const inquiry = await sendQuickInquiry(page, "Sweep");
  // After the form's client-side navigation the new title arrives with the page's metadata.
  await expect(page).toHaveTitle(/^Message received/);
  await expectAccessible(page);
  return inquiry.id;
}

function adminPaths(inquiryId: number): string[] {
  const post = one<{ id: number }>("select id from posts where kind = 'post' and status = 'published' and deleted_at is null order by id limit 1");
  const profile = one<{ id: number }>("select id from profiles order by id limit 1");
  return [
    "/admin",
    "/admin/posts",
    "/admin/posts?view=trash",
    "/admin/posts/new",
    `/admin/posts/${post.id}`,
    `/admin/posts/${post.id}/preview`,
    `/admin/posts/${post.id}/versions`,
    "/admin/pages",
    "/admin/in-review",
    "/admin/media",
    "/admin/review",
    "/admin/tags",
    "/admin/inquiries",
    "/admin/insights",
    `/admin/inquiries/${inquiryId}`,
    `/admin/inquiries/${inquiryId}/delete`,
    "/admin/inquiries/conflicts",
    "/admin/inquiries/settings",
    "/admin/users",
    "/admin/profiles",
    `/admin/profiles/${profile.id}`,
    "/admin/settings",
    "/admin/import",
    "/admin/account",
  ];
}

for (const viewport of [PHONE, DESKTOP]) {
  test(`every admin page at ${viewport.width} px: axe, no sideways scroll, fields that show their edge`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.setViewportSize(viewport);
    const inquiryId = await sendInquiry(page);
    await page.goto("/admin/login");
    await expectAccessible(page);
    await expectVisibleFieldEdges(page, 2);
    await expectNoSidewaysScroll(page);
    await signIn(page);
    for (const path of adminPaths(inquiryId)) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(200);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expectAccessible(page);
      await expectNoSidewaysScroll(page);
      // Fields with an edge to see (text, selects; not a lone checkbox, as on the insights page).
      const fields = "input:not([type=hidden]):not([type=checkbox]):not([type=radio]):not([type=file]), select, textarea";
      if (await page.getByRole("main").locator(fields).count()) await expectVisibleFieldEdges(page);
    }
  });
}

test("tabs can be told apart: paginated lists and each post, inquiry and profile have titles of their own", async ({ page }) => {
  test.setTimeout(60_000);
  await page.goto("/blog");
  const first = await page.title();
  await page.goto("/blog/page/2");
  const second = await page.title();
  expect(second).toMatch(/^Blog, page 2 \| /);
  expect(first).not.toBe(second);

  const inquiryA = await sendInquiry(page);
  const inquiryB = await sendInquiry(page);
  await signIn(page);
  const titles = new Map<string, string>();
  const posts = queryDb<{ id: number; title: string }>("select id, title from posts where kind = 'post' and deleted_at is null order by id limit 2");
  for (const post of posts) {
    await page.goto(`/admin/posts/${post.id}`);
    await expect(page).toHaveTitle(`Edit post: ${post.title} | Admin`);
    titles.set(`post ${post.id}`, await page.title());
  }
  // A page says it is a page.
  const about = one<{ id: number; title: string }>("select id, title from posts where kind = 'page' and slug = 'about'");
  await page.goto(`/admin/posts/${about.id}`);
  await expect(page).toHaveTitle(`Edit page: ${about.title} | Admin`);
  for (const id of [inquiryA, inquiryB]) {
    const { reference } = one<{ reference: string }>("select reference from inquiries where id = ?", id);
    await page.goto(`/admin/inquiries/${id}`);
    // The reference, not the person's name: titles stay in the browser's history.
    await expect(page).toHaveTitle(`Inquiry ${reference} | Admin`);
    titles.set(`inquiry ${id}`, await page.title());
  }
  expect(new Set(titles.values()).size).toBe(titles.size);

  // A new post's tab follows its title once autosave has given it an address.
  await page.goto("/admin/posts/new");
  await expect(page).toHaveTitle("New post | Admin");
  const title = `Titled tab ${Date.now()}`;
  await page.getByLabel("Title", { exact: true }).fill(title);
  await page.getByRole("textbox", { name: "Body" }).click();
  await page.keyboard.type("A paragraph.");
  await expect(page).toHaveURL(/\/admin\/posts\/\d+$/, { timeout: 10_000 });
  await expect(page).toHaveTitle(`Edit post: ${title} | Admin`);
});
