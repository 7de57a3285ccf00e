import { expect, test, type Browser, type Page } from "@playwright/test";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { drizzle } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { expectAccessible } from "./accessibility";
import { readDb, startOwnServer, tempDatabase, type OwnServer } from "./own-server";
import { TINY_PNG, uniqueTitle, writeDraft } from "./post-editor";
import { addEditor, signIn } from "./sign-in";

// Who signs a post: a lawyer of the firm (a listed profile), never the sign-in account
// ("By owner"). The default is the writer's own lawyer profile, else the firm's only
// lawyer; an upgraded site's posts signed by an account get the lawyer. A server of its
// own: a second lawyer changes every later post's default, which the shared server's
// other journeys must not see.

test.describe.configure({ mode: "serial" });

let server: OwnServer;
test.beforeAll(async () => {
  server = await startOwnServer();
});
test.afterAll(async () => {
  await server?.stop();
});

/** The migrations before 0012 (lawyer bylines): a database as the release before left it. */
const BEFORE_LAWYER_BYLINES = 12;

/** A copy of the migrations folder whose journal stops after the first `count`. */
function migrationsUpTo(count: number): string {
  const copy = path.join(path.dirname(tempDatabase("firm-site-migrations-")), "migrations");
  fs.cpSync(path.join(process.cwd(), "db", "migrations"), copy, { recursive: true });
  const journalFile = path.join(copy, "meta", "_journal.json");
  const journal = JSON.parse(fs.readFileSync(journalFile, "utf8")) as { entries: { tag: string }[] };
  journal.entries = journal.entries.slice(0, count);
  expect(journal.entries.at(-1)!.tag).toMatch(/^0011_/);
  fs.writeFileSync(journalFile, JSON.stringify(journal));
  return copy;
}

const one = <T>(sql: string, ...params: unknown[]) => readDb<T>(server.dbFile, sql, ...params)[0]!;

async function ownerPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ baseURL: server.origin });
  const page = await context.newPage();
  await signIn(page);
  return page;
}

async function publishNow(page: Page) {
  await page.getByRole("button", { name: "Publish now" }).click();
  await expect(page.getByText("Published. It is on the site now.")).toBeVisible();
}

/** The byline in the header of the post at `slug`. */
async function bylineOf(page: Page, slug: string) {
  await page.goto(`/blog/${slug}`);
  return page.getByRole("main").getByRole("article").first().locator("header").getByText(/^By\s/);
}

test("a new post is signed by the firm's only lawyer, not the account that wrote it, and an account has no public page", async ({ browser }) => {
  const page = await ownerPage(browser);
  const lawyer = one<{ id: number }>("select id from profiles where listed = 1");
  const title = uniqueTitle("Can a victim drop the charges");
  const id = await writeDraft(page, title, "Only the prosecutor can.");
  await expect(page.getByLabel("Author")).toHaveValue(String(lawyer.id));
  await expect(page.getByLabel("Author").locator("option:checked")).toHaveText("Jordan Avery");
  await publishNow(page);

  const slug = one<{ slug: string }>("select slug from posts where id = ?", id).slug;
  const byline = await bylineOf(page, slug);
  await expect(byline).toHaveText(/^By Jordan Avery/);
  // A single-lawyer firm: the byline leads to the About page.
  await expect(byline.getByRole("link", { name: "Jordan Avery" })).toHaveAttribute("href", "/about");
  await expect(page.getByText("By owner")).toHaveCount(0);
  // The sign-in account's profile is not a lawyer's page.
  expect((await page.request.get("/attorneys/owner")).status()).toBe(404);

  // The lawyer's own page: a way to call before the posts, and only the newest of them.
  await page.goto("/attorneys/jordan-avery");
  const main = page.getByRole("main");
  const message = main.getByRole("link", { name: "Send us a message" }).first();
  const postsHeading = main.getByRole("heading", { name: "Posts by Jordan Avery" });
  expect((await message.boundingBox())!.y).toBeLessThan((await postsHeading.boundingBox())!.y);
  const listed = main.getByRole("region", { name: "Posts by Jordan Avery" }).getByRole("article");
  expect(one<{ n: number }>("select count(*) as n from posts where kind = 'post' and status = 'published' and byline_profile_id = ?", lawyer.id).n).toBeGreaterThan(6);
  await expect(listed).toHaveCount(6);
  await expect(listed.first()).toContainText(title);
  await expect(main.getByRole("link", { name: "More answers on the blog" })).toHaveAttribute("href", "/blog");
  await expectAccessible(page);
  await page.context().close();
});

test("after an upgrade, posts signed by the sign-in account carry the firm's lawyer", async ({ request }) => {
  // A site as the release before this one left it (migrations up to 0011): the owner's
  // blank profile listed and signing a post, beside the firm's lawyer, filled in.
  const dbFile = tempDatabase();
  const sqlite = new Database(dbFile);
  migrate(drizzle(sqlite), { migrationsFolder: migrationsUpTo(BEFORE_LAWYER_BYLINES) });
  sqlite.prepare("insert into users (id, email, name, role) values (1, 'old.owner@firm.test', 'owner', 'owner'), (2, 'jordan@firm.test', 'Jordan Avery', 'editor')").run();
  const profile = sqlite.prepare("insert into profiles (id, slug, user_id, display_name, title, bio, listed, updated_at) values (?, ?, ?, ?, ?, ?, 1, 0)");
  profile.run(1, "owner", 1, "owner", "", "");
  profile.run(2, "jordan-avery", 2, "Jordan Avery", "Attorney", "Jordan defends people in Montgomery.");
  sqlite
    .prepare("insert into posts (slug, title, body_html, status, published_at, created_by, byline_profile_id, updated_at) values ('by-owner', 'Signed by the account', '<p>Words.</p>', 'published', ?, 1, 1, ?)")
    .run(Date.now() - 86_400_000, Date.now());
  sqlite.close();

  const upgraded = await startOwnServer({ dbFile });
  try {
    const page = await request.get(`${upgraded.origin}/blog/by-owner`);
    expect(page.status()).toBe(200);
    const html = await page.text();
    expect(html).toMatch(/By\s*(<!-- -->)?\s*<a[^>]*>Jordan Avery<\/a>/);
    expect(html).not.toContain(">owner<");
    expect(readDb<{ listed: number }>(dbFile, "select listed from profiles where id = 1")[0]!.listed).toBe(0);
    expect((await request.get(`${upgraded.origin}/attorneys/owner`)).status()).toBe(404);
  } finally {
    await upgraded.stop();
  }
});

test("a lawyer who signs in fills in her profile and signs her own posts; with two lawyers the writer chooses", async ({ browser }) => {
  test.setTimeout(90_000);
  const page = await ownerPage(browser);
  const name = `Dana Whitfield ${Date.now().toString(36)}`;
  const editor = await addEditor(page, "Dana New");
  // She is a lawyer of the firm: the owner lets her publish without review.
  await page.goto("/admin/users");
  await page.getByRole("button", { name: "Let Dana New publish without review" }).click();
  await expect(page.getByText("Dana New publishes without review now.")).toBeVisible();

  // She signs in herself and fills in her profile under "Your account".
  const context = await browser.newContext({ baseURL: server.origin });
  const own = await context.newPage();
  await signIn(own, editor, "/admin/account");
  await expect(own.getByText(/Posts are signed by the firm's lawyers/)).toBeVisible();
  await own.getByLabel("Name on the byline").fill(name);
  await own.getByLabel("Title", { exact: true }).fill("Attorney");
  await own.getByLabel("Photo", { exact: true }).setInputFiles({ name: "dana.png", mimeType: "image/png", buffer: TINY_PNG });
  await own.getByLabel("Photo description").fill("Dana Whitfield at her desk");
  await own.getByLabel("Short bio").fill("Dana defends people charged with DUI in Montgomery County.");
  await own.getByLabel("Bar admissions").fill("Alabama, 2016");
  await own.getByLabel("Languages spoken").fill("English, Spanish");
  await own.getByLabel("A lawyer of the firm").check();
  await own.getByRole("button", { name: "Save profile" }).click();
  await expect(own.getByText("Profile saved. The public site shows it now.")).toBeVisible();
  const profile = one<{ id: number; slug: string; photo_media_id: number | null; bar_admissions: string }>("select id, slug, photo_media_id, bar_admissions from profiles where display_name = ?", name);
  expect(profile.photo_media_id).not.toBeNull();
  expect(JSON.parse(profile.bar_admissions)).toEqual([{ jurisdiction: "Alabama", year: 2016 }]);
  await expectAccessible(own);

  // Her post is signed with her own profile.
  const title = uniqueTitle("Refusing a breath test");
  await writeDraft(own, title, "What happens to your license.");
  await expect(own.getByLabel("Author")).toHaveValue(String(profile.id));
  await publishNow(own);
  await context.close();

  await page.goto("/blog");
  const entry = page.getByRole("article").filter({ has: page.getByRole("link", { name: title }) });
  await entry.getByRole("link", { name: title }).click();
  const byline = page.getByRole("main").getByRole("link", { name, exact: true });
  await expect(byline).toHaveAttribute("href", `/attorneys/${profile.slug}`);
  await byline.click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(page.getByRole("img", { name: "Dana Whitfield at her desk" })).toBeVisible();
  await expect(page.getByText("Alabama (2016)")).toBeVisible();
  await expect(page.getByRole("region", { name: `Posts by ${name}` }).getByRole("link", { name: title })).toBeVisible();
  await expectAccessible(page);

  // The owner edits her profile: the cached page shows it on the very next request.
  await page.goto(`/admin/profiles/${profile.id}`);
  await page.getByLabel("Title", { exact: true }).fill("Senior attorney");
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(page.getByText("Profile saved. The public site shows it now.")).toBeVisible();
  expect(await (await page.request.get(`/attorneys/${profile.slug}`)).text()).toContain("Senior attorney");

  // Two lawyers now: the owner's new post names nobody until the owner chooses.
  await writeDraft(page, uniqueTitle("Bond hearings"), "What the judge weighs.");
  await expect(page.getByLabel("Author")).toHaveValue("");
  await page.getByRole("button", { name: "Publish now" }).click();
  await expect(page.getByText("Choose the lawyer who signs this post.").first()).toBeVisible();
  await page.getByLabel("Author").selectOption({ label: "Jordan Avery" });
  await publishNow(page);
  await page.context().close();
});
