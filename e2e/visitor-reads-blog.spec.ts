import { expect, test } from "@playwright/test";
import { expectAccessible } from "./accessibility";
import { hiddenSlugs, publicSlugs, queryDb } from "./database";

function titleOf(slug: string): string {
  return queryDb<{ title: string }>("select title from posts where slug = ?", slug)[0]!.title;
}

function authorOf(slug: string): string {
  return queryDb<{ name: string }>("select coalesce(profiles.display_name, users.name) as name from posts join users on users.id = posts.created_by left join profiles on profiles.id = posts.byline_profile_id where posts.slug = ?", slug)[0]!.name;
}

// The admin journeys publish posts while these run, so what the blog lists is read
// from the database next to each page load, and checked again if a publish came between.

test("a visitor goes home → blog → a post → Read more → another post", async ({ page }) => {
  const [newest, second] = publicSlugs();
  const firmName = JSON.parse(queryDb<{ value: string }>("select value from settings where key = 'firmName'")[0]!.value);

  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(firmName);
  await expect(page.getByRole("link", { name: /^Call \(334\) 555-0142$/ }).first()).toHaveAttribute("href", "tel:+13345550142");
  await expect(page.getByRole("link", { name: titleOf(newest!) })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Blog" }).click();
  await expect(page).toHaveURL(/\/blog$/);
  await expect(page.getByRole("heading", { level: 1, name: "Blog" })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("link", { name: titleOf(second!) }).click();
  await expect(page).toHaveURL(new RegExp(`/blog/${second}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(titleOf(second!));
  await expect(page.getByText(`By ${authorOf(second!)}`).first()).toBeVisible();
  await expect(page.getByRole("complementary", { name: "Disclaimer" })).toContainText("not legal advice");
  await expect(page.getByRole("complementary", { name: "Disclaimer" })).toContainText("reviewed for Alabama law only");
  await expectAccessible(page);

  // "Read more": up to four other posts, never the one being read, and a way to contact the firm.
  const readMore = page.getByRole("region", { name: "Read more" });
  const entries = readMore.getByRole("listitem");
  await expect(entries).toHaveCount(4);
  await expect(readMore.getByRole("link", { name: titleOf(second!) })).toHaveCount(0);
  await expect(page.getByRole("region", { name: "Talk to a lawyer about your situation" }).getByRole("link", { name: "Send us a message" })).toHaveAttribute("href", "/contact");

  // It starts with a post on the same topics when there is one.
  const next = (await readMore.getByRole("link").first().getAttribute("href"))!.replace("/blog/", "");
  const sharing = (other: string | null) =>
    queryDb<{ n: number }>(
      `select count(*) as n from post_tags a join post_tags b on a.tag_id = b.tag_id join posts p on p.id = b.post_id
       where a.post_id = (select id from posts where slug = ?) and p.id <> a.post_id and (? is null or p.slug = ?)
       and p.kind = 'post' and p.status = 'published' and p.deleted_at is null and p.published_at <= ?`,
      second!,
      other,
      other,
      Date.now(),
    )[0]!.n;
  if (sharing(null) > 0) expect(sharing(next), `${next} shares a topic with ${second}`).toBeGreaterThan(0);
  await readMore.getByRole("link").first().click();
  await expect(page).toHaveURL(new RegExp(`/blog/${next}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(titleOf(next));
});

test("the blog pages ten posts at a time, newest first, and a page out of range is a 404", async ({ page }) => {
  const titles = page.getByRole("main").getByRole("article").getByRole("heading");
  let pageCount = 0;
  await expect(async () => {
    await page.goto("/blog");
    const slugs = publicSlugs();
    expect(slugs.length).toBeGreaterThan(10);
    pageCount = Math.ceil(slugs.length / 10);
    await expect(titles).toHaveText(slugs.slice(0, 10).map(titleOf), { timeout: 1000 });
    await expect(page.getByText(`Page 1 of ${pageCount}`)).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 20_000 });
  await expect(page.getByRole("link", { name: /Newer posts/ })).toHaveCount(0);

  await page.getByRole("link", { name: /Older posts/ }).click();
  await expect(page).toHaveURL(/\/blog\/page\/2$/);
  await expect(async () => {
    await page.goto("/blog/page/2");
    await expect(titles).toHaveText(publicSlugs().slice(10, 20).map(titleOf), { timeout: 1000 });
  }).toPass({ timeout: 20_000 });
  await page.getByRole("link", { name: /Newer posts/ }).click();
  await expect(page).toHaveURL(/\/blog$/);

  // The last page has no "Older posts"; the one after it does not exist.
  await page.goto(`/blog/page/${pageCount}`);
  await expect(page.getByRole("link", { name: /Older posts/ })).toHaveCount(0);
  const beyond = String(Math.ceil(publicSlugs().length / 10) + 1);
  for (const bad of [beyond, "0", "-1", "abc", "1.5"]) {
    const response = await page.goto(`/blog/page/${bad}`);
    expect(response?.status(), `page ${bad}`).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("We couldn’t find that page");
  }
  // The old addresses lead to the new ones: /blog?page=N is /blog/page/N (and page 1 is /blog).
  const old = await page.request.get("/blog?page=2", { maxRedirects: 0 });
  expect(old.status()).toBe(308);
  expect(new URL(old.headers()["location"]!, page.url()).pathname).toBe("/blog/page/2");
  await page.goto("/blog?page=1");
  await expect(page).toHaveURL(/\/blog$/);
  expect((await page.goto("/blog?page=abc"))?.status()).toBe(404);
});

test("an unknown address is a real 404 page with a way back", async ({ page }) => {
  // A missing post, a page of the blog past the last (the old ?page= address too), a missing
  // topic, an address that matches nothing: one header, one footer, a search box, the
  // phone number and the latest posts.
  for (const path of ["/blog/no-such-post", "/blog?page=999", "/blog/tag/no-such-topic", "/not/a/page"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("We couldn’t find that page");
    await expect(page.getByRole("banner")).toHaveCount(1);
    await expect(page.getByRole("contentinfo")).toHaveCount(1);
    await expect(page.getByRole("search", { name: "Search posts" })).toBeVisible();
    await expect(page.getByRole("main").getByRole("link", { name: "(334) 555-0142" })).toHaveAttribute("href", "tel:+13345550142");
    await expect(page.getByRole("region", { name: "Latest posts" }).getByRole("listitem")).toHaveCount(3);
  }
  await page.goto("/blog/no-such-post");
  await expectAccessible(page);
  await page.getByRole("link", { name: "Go to the home page" }).click();
  await expect(page).toHaveURL(/\/$/);

  expect((await page.goto("/not/a/page"))?.status()).toBe(404);
  await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
});

test("drafts and scheduled posts stay hidden everywhere", async ({ page }) => {
  const hidden = hiddenSlugs();
  expect(hidden).toEqual(expect.arrayContaining(["what-is-a-preliminary-hearing", "how-plea-bargains-work"]));

  const listed: string[] = [];
  for (const path of ["/", "/blog", "/blog?page=2"]) {
    await page.goto(path);
    const hrefs = await page.getByRole("main").locator('a[href^="/blog/"]').evaluateAll((links) => links.map((a) => a.getAttribute("href")!));
    listed.push(...hrefs.map((href) => href.replace("/blog/", "")));
  }
  expect(listed.length).toBeGreaterThan(0);
  for (const slug of hidden) {
    expect(listed).not.toContain(slug);
    const response = await page.goto(`/blog/${slug}`);
    expect(response?.status(), slug).toBe(404);
  }
});

test("share links carry the post's absolute address", async ({ page, baseURL }) => {
  const [slug] = publicSlugs();
  const url = `${baseURL}/blog/${slug}`;
  const encoded = encodeURIComponent(url);
  await page.goto(`/blog/${slug}`);
  const share = page.getByRole("navigation", { name: "Share this post" });
  await expect(share.getByRole("link", { name: "Share on Facebook" })).toHaveAttribute("href", `https://www.facebook.com/sharer/sharer.php?u=${encoded}`);
  await expect(share.getByRole("link", { name: "Share on X" })).toHaveAttribute("href", new RegExp(`^https://x\\.com/intent/post\\?url=${encoded.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}&text=`));
  await expect(share.getByRole("link", { name: "Share on LinkedIn" })).toHaveAttribute("href", `https://www.linkedin.com/sharing/share-offsite/?url=${encoded}`);
  await expect(share.getByRole("link", { name: "Share on Email" })).toHaveAttribute("href", new RegExp(`body=${encoded.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`));
  await expect(share.getByRole("link", { name: "Copy link" })).toHaveAttribute("href", url);

  await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
  await share.getByRole("link", { name: "Copy link" }).click();
  await expect(share.getByText("Link copied")).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url);
  await expect(page).toHaveURL(url);
});

test("the contact page works from the navigation", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Contact" }).click();
  await expect(page).toHaveURL(/\/contact$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Contact");
  await expectAccessible(page);
});
