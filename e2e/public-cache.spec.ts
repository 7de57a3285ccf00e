import fs from "node:fs";
import Database from "better-sqlite3";
import { test as base, expect, type APIRequestContext, type Page } from "@playwright/test";
import { EMPTY_POST_FIELDS } from "@/lib/posts/post-input";
import { readDb, startOwnServer, tempDatabase } from "./own-server";
import { uniqueTitle } from "./post-editor";
import { signIn } from "./sign-in";
import { sitemapFiles } from "./sitemap";

// The public pages come from Next's cache. Every change the attorney makes must show on
// the very next request of every page that shows it, and nothing unpublished ever may.

// These journeys run their own server (e2e/own-server.ts), on a database of their own,
// with no other traffic: what it shows can only come from that database, its clock and
// the changes made here.
const startServer = (dbFile: string) => startOwnServer({ dbFile });

/** The text of a public page as a visitor's browser receives it (no JavaScript needed). */
async function pageText(request: APIRequestContext, url: string): Promise<{ status: number; text: string }> {
  const response = await request.get(url, { maxRedirects: 0 });
  return { status: response.status(), text: await response.text() };
}

/** Whether `url` shows `text` now; a failure names the page, not its whole HTML. */
async function expectShown(request: APIRequestContext, url: string, text: string, shown: boolean) {
  const { text: html } = await pageText(request, url);
  expect(html.includes(text), `${url} ${shown ? "shows" : "does not show"} "${text}"`).toBe(shown);
}

/** Whether one of the sitemap's files (read through its index) lists `loc` now. */
async function expectInSitemap(request: APIRequestContext, indexUrl: string, loc: string, shown: boolean) {
  const listed = (await sitemapFiles(request, indexUrl)).some((xml) => xml.includes(loc));
  expect(listed, `the sitemap ${shown ? "lists" : "does not list"} ${loc}`).toBe(shown);
}

/** Whether searching for `query` lists a result titled `title` (the results list only: every page carries the latest posts in its not-found fallback). */
async function expectFound(request: APIRequestContext, url: string, title: string, shown: boolean) {
  const { text: html } = await pageText(request, url);
  const results = html.split('aria-label="Search results"')[1]?.split("</ol>")[0] ?? "";
  expect(results.includes(title), `${url} ${shown ? "lists" : "does not list"} "${title}"`).toBe(shown);
}

/** Saves through the editor's own route, as the editor does. */
async function save(page: Page, dbFile: string, id: number, intent: string, fields: Record<string, unknown>) {
  const revision = readDb<{ revision: number }>(dbFile, "select revision from posts where id = ?", id)[0]!.revision;
  const response = await page.request.post(`/admin/api/posts/${id}`, {
    data: { revision, intent, fields },
    headers: { Origin: new URL(page.url()).origin },
  });
  expect(response.status(), `${intent}: ${await response.text()}`).toBe(200);
}

const fieldsFor = (title: string, slug: string, body: string, tags = "") => ({ ...EMPTY_POST_FIELDS, title, slug, bodyHtml: `<p>${body}</p>`, tags });

type OwnSite = { origin: string; dbFile: string; page: Page; at: (path: string) => string };

// A server of this file's own for the test, with the owner signed in.
const test = base.extend<{ site: OwnSite }>({
  site: async ({ browser }, use) => {
    const dbFile = tempDatabase("firm-site-cache-");
    const server = await startServer(dbFile);
    const context = await browser.newContext({ baseURL: server.origin });
    const page = await context.newPage();
    await signIn(page);
    await use({ origin: server.origin, dbFile, page, at: (path) => `${server.origin}${path}` });
    await context.close();
    await server.stop();
  },
});

test("every change shows on the next request of every public page, and nothing unpublished ever does", async ({ site, request }) => {
  test.setTimeout(60_000);
  const { page, dbFile, at } = site;
  const title = uniqueTitle("Cache check");
  const slug = title.toLowerCase().replace(/\s+/g, "-");
  const [other] = readDb<{ slug: string }>(dbFile, "select slug from posts where status = 'published' and deleted_at is null and published_at <= ? order by published_at limit 1", Date.now());
  const pages = ["/", "/blog", `/blog/${other!.slug}`].map(at);
  // Fill the cache first, so every check below is of a cached page.
  for (const url of pages) expect((await pageText(request, url)).status).toBe(200);

  const created = await page.request.post("/admin/api/posts", { data: { revision: 0, intent: "save", fields: fieldsFor(title, slug, "Draft words.") }, headers: { Origin: site.origin } });
  const id = ((await created.json()) as { post: { id: number } }).post.id;
  for (const url of pages) await expectShown(request, url, title, false);
  expect((await pageText(request, at(`/blog/${slug}`))).status).toBe(404);

  // Publish: the home page, the blog and another post's "Read more" list it at once.
  await save(page, dbFile, id, "publish", fieldsFor(title, slug, "Published words."));
  for (const url of pages) await expectShown(request, url, title, true);
  await expectShown(request, at(`/blog/${slug}`), "Published words.", true);

  // An edit saved but not applied stays off every page.
  const edited = `${title} edited`;
  await save(page, dbFile, id, "save", fieldsFor(edited, slug, "Pending words."));
  for (const url of [...pages, at(`/blog/${slug}`)]) {
    await expectShown(request, url, "Pending words.", false);
    await expectShown(request, url, edited, false);
  }

  // Update applies it everywhere, a slug change with it: the old address now redirects.
  await save(page, dbFile, id, "update", fieldsFor(edited, `${slug}-moved`, "Updated words."));
  for (const url of pages) await expectShown(request, url, edited, true);
  await expectShown(request, at(`/blog/${slug}-moved`), "Updated words.", true);
  expect((await pageText(request, at(`/blog/${slug}`))).status).toBe(308);

  // Unpublish takes it away everywhere.
  await save(page, dbFile, id, "unpublish", fieldsFor(edited, `${slug}-moved`, "Updated words."));
  for (const url of pages) await expectShown(request, url, edited, false);
  expect((await pageText(request, at(`/blog/${slug}-moved`))).status).toBe(404);

  // Trash and restore, through the admin's own buttons.
  await save(page, dbFile, id, "publish", fieldsFor(edited, `${slug}-moved`, "Updated words."));
  await expectShown(request, at("/blog"), edited, true);
  await page.goto(`/admin/posts/${id}`);
  await page.getByText("Move to trash…").click();
  await page.getByRole("button", { name: "Yes, move to trash" }).click();
  await expect(page.getByRole("status")).toContainText(`“${edited}” is in the trash.`);
  for (const url of pages) await expectShown(request, url, edited, false);
  await page.goto("/admin/posts?view=trash");
  await page.getByRole("button", { name: `Restore ${edited}` }).click();
  await expect(page.getByText("The post is back")).toBeVisible();
  for (const url of pages) await expectShown(request, url, edited, true);

  // The firm's details: the opening hours are in every page's footer.
  const hours = `Open ${uniqueTitle("hours")}`;
  await page.goto("/admin/settings");
  await page.getByLabel("Hours note").fill(hours);
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByText("Settings saved.")).toBeVisible();
  for (const url of [...pages, at(`/blog/${slug}-moved`)]) await expectShown(request, url, hours, true);
});

test("the feed, the sitemap, tag pages, share cards and search follow every change on the next request", async ({ site, request }) => {
  test.setTimeout(60_000);
  const { page, dbFile, at } = site;
  const title = uniqueTitle("Feed check");
  const slug = title.toLowerCase().replace(/\s+/g, "-");
  const topic = uniqueTitle("Topic");
  const topicSlug = topic.toLowerCase().replace(/\s+/g, "-");
  // Words no other post has, for search.
  const word = `zq${slug.slice(-6)}`;
  const later = `xv${slug.slice(-6)}`;
  const feed = at("/feed.xml");
  const sitemap = at("/sitemap.xml");
  const found = (q: string) => at(`/search?q=${q}`);
  const loc = (path: string) => `<loc>${at(path)}</loc>`;
  // Fill the cache first, so every check below is of a cached answer.
  for (const url of [feed, at(`/blog/tag/${topicSlug}`)]) await pageText(request, url);
  await sitemapFiles(request, sitemap);

  const created = await page.request.post("/admin/api/posts", {
    data: { revision: 0, intent: "save", fields: fieldsFor(title, slug, `Draft ${word}.`, topic) },
    headers: { Origin: site.origin },
  });
  const id = ((await created.json()) as { post: { id: number } }).post.id;
  await expectShown(request, feed, title, false);
  await expectInSitemap(request, sitemap, loc(`/blog/${slug}`), false);
  await expectFound(request, found(word), title, false);
  expect((await pageText(request, at(`/blog/tag/${topicSlug}`))).status).toBe(404);

  // Published: in the feed (with a GUID made from its id), the sitemap, its tag's page, search; its card exists.
  await save(page, dbFile, id, "publish", fieldsFor(title, slug, `Published ${word}.`, topic));
  await expectShown(request, feed, title, true);
  await expectShown(request, feed, `<guid isPermaLink="false">${at(`/#post-${id}`)}</guid>`, true);
  await expectInSitemap(request, sitemap, loc(`/blog/${slug}`), true);
  await expectInSitemap(request, sitemap, loc(`/blog/tag/${topicSlug}`), true);
  await expectShown(request, at(`/blog/tag/${topicSlug}`), title, true);
  await expectFound(request, found(word), title, true);
  const card = await request.get(at(`/blog/${slug}/card.png`));
  expect(card.status()).toBe(200);
  expect(card.headers()["content-type"]).toBe("image/png");

  // Pending changes stay out of all of them.
  const edited = `${title} edited`;
  await save(page, dbFile, id, "save", fieldsFor(edited, `${slug}-moved`, `Pending ${later}.`, topic));
  await expectShown(request, feed, edited, false);
  await expectInSitemap(request, sitemap, loc(`/blog/${slug}-moved`), false);
  await expectFound(request, found(later), edited, false);

  // Applied, with a new address: the feed links there under the same GUID; the sitemap moves.
  await save(page, dbFile, id, "update", fieldsFor(edited, `${slug}-moved`, `Updated ${later}.`, topic));
  await expectShown(request, feed, `<link>${at(`/blog/${slug}-moved`)}</link>`, true);
  await expectShown(request, feed, `<guid isPermaLink="false">${at(`/#post-${id}`)}</guid>`, true);
  await expectInSitemap(request, sitemap, loc(`/blog/${slug}-moved`), true);
  await expectInSitemap(request, sitemap, loc(`/blog/${slug}`), false);
  await expectFound(request, found(later), edited, true);
  await expectFound(request, found(word), edited, false);

  // The tag renamed in the admin: its old address redirects, the sitemap has the new one.
  await page.goto("/admin/tags");
  const renameForm = page.locator("form").filter({ has: page.getByLabel(`New name for ${topic}`) });
  await renameForm.getByLabel(`New name for ${topic}`).fill(`${topic} renamed`);
  await renameForm.getByRole("button", { name: "Rename" }).click();
  await expect(page.getByText(`Renamed. Its page is /blog/tag/${topicSlug}-renamed.`)).toBeVisible();
  expect((await request.get(at(`/blog/tag/${topicSlug}`), { maxRedirects: 0 })).status()).toBe(308);
  const followed = await request.get(at(`/blog/tag/${topicSlug}`));
  expect(new URL(followed.url()).pathname).toBe(`/blog/tag/${topicSlug}-renamed`);
  await expectInSitemap(request, sitemap, loc(`/blog/tag/${topicSlug}-renamed`), true);
  await expectInSitemap(request, sitemap, loc(`/blog/tag/${topicSlug}`), false);
  await expectShown(request, at(`/blog/${slug}-moved`), `${topic} renamed`, true);

  // Trashed, then emptied: gone from every one of them.
  await page.goto(`/admin/posts/${id}`);
  await page.getByText("Move to trash…").click();
  await page.getByRole("button", { name: "Yes, move to trash" }).click();
  await expect(page.getByRole("status")).toContainText(`“${edited}” is in the trash.`);
  await expectShown(request, feed, edited, false);
  await expectInSitemap(request, sitemap, loc(`/blog/${slug}-moved`), false);
  await expectFound(request, found(later), edited, false);
  expect((await pageText(request, at(`/blog/tag/${topicSlug}-renamed`))).status).toBe(404);
  await page.goto("/admin/posts?view=trash");
  await page.getByText("Empty the trash…").click();
  await page.getByLabel("Yes, delete them for good").check();
  await page.getByRole("button", { name: "Empty trash" }).click();
  await expect(page).toHaveURL(/emptied=1/);
  expect(readDb<{ n: number }>(dbFile, "select count(*) as n from posts_search where posts_search match ?", later)[0]!.n).toBe(0);
});


function setFirmName(dbFile: string, name: string) {
  const sqlite = new Database(dbFile);
  sqlite.prepare("insert into settings (key, value, updated_at) values ('firmName', ?, ?) on conflict(key) do update set value = excluded.value").run(JSON.stringify(name), Date.now());
  sqlite.close();
}

test("after a restart on another database the first visitor sees that database, and a scheduled post appears on time with nobody signed in", async ({ request }) => {
  test.setTimeout(90_000);
  const first = tempDatabase();
  let server = await startServer(first);
  try {
    // A fresh database is seeded with the sample firm: never what the build saw.
    await expectShown(request, `${server.origin}/`, "Sample Defense Law (demo)", true);
    await server.stop();

    // Another database, with another firm and a post scheduled for soon after the start.
    const second = tempDatabase();
    fs.copyFileSync(first, second);
    setFirmName(second, "Restarted Firm Name");
    const sqlite = new Database(second);
    const creatorId = (sqlite.prepare("select id from users limit 1").get() as { id: number }).id;
    const dueAt = Date.now() + 12_000;
    sqlite
      .prepare("insert into posts (slug, title, excerpt, body_html, status, published_at, created_by, updated_at) values (?, ?, '', '<p>On time.</p>', 'published', ?, ?, ?)")
      .run("on-time-answer", "An answer that goes out on time", dueAt, creatorId, Date.now());
    sqlite.close();

    server = await startServer(second);
    await expectShown(request, `${server.origin}/`, "Restarted Firm Name", true);
    await expectShown(request, `${server.origin}/`, "Sample Defense Law (demo)", false);
    await expectShown(request, `${server.origin}/`, "An answer that goes out on time", false);
    await expectShown(request, `${server.origin}/blog`, "An answer that goes out on time", false);

    // Nobody signs in; nothing but these reads reaches the server.
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, dueAt - Date.now()) + 1_500));
    await expectShown(request, `${server.origin}/`, "An answer that goes out on time", true);
    await expectShown(request, `${server.origin}/blog`, "An answer that goes out on time", true);
    await expectShown(request, `${server.origin}/blog/on-time-answer`, "On time.", true);
  } finally {
    await server.stop();
  }
});

test("shared caches may keep public pages for a minute, never the admin, sign-in or contact pages", async ({ request }) => {
  for (const url of ["/", "/blog", "/blog/can-a-victim-drop-the-charges"]) {
    expect((await request.get(url)).headers()["cache-control"], url).toBe("s-maxage=60, stale-while-revalidate=60");
  }
  for (const url of ["/contact", "/admin/login", "/admin/posts"]) {
    expect((await request.get(url, { maxRedirects: 0 })).headers()["cache-control"], url).toContain("no-store");
  }
});

test("the firm's icon answers at /favicon.ico, in the sizes a phone asks for, and in the manifest", async ({ request }) => {
  const png = (bytes: Buffer) => ({ signature: bytes.subarray(1, 4).toString(), width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) });
  const favicon = await request.get("/favicon.ico");
  expect(favicon.headers()["content-type"]).toBe("image/png");
  expect(png(await favicon.body())).toEqual({ signature: "PNG", width: 32, height: 32 });
  expect(png(await (await request.get("/apple-icon")).body())).toMatchObject({ width: 180, height: 180 });
  const manifest = (await (await request.get("/manifest.webmanifest")).json()) as { name: string; icons: { src: string; sizes: string }[] };
  expect(manifest.name).toBe("Sample Defense Law (demo)");
  for (const icon of manifest.icons) {
    const [width] = icon.sizes.split("x").map(Number);
    expect(png(await (await request.get(icon.src)).body()), icon.src).toMatchObject({ width, height: width });
  }
  const home = await (await request.get("/")).text();
  expect(home).toMatch(/<link rel="icon" href="\/icon\/32\?[^"]*" type="image\/png" sizes="32x32"/);
  expect(home).toMatch(/<link rel="apple-touch-icon" href="\/apple-icon\?/);
});
