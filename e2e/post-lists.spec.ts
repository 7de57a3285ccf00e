import { expect, test, type Locator, type Page } from "@playwright/test";
import { queryDb } from "./database";

// Every page that lists posts shows each post once: one title, one byline (linked to the
// lawyer when the post has a profile), one date, one reading time. A merge once left two
// bylines and two dates on every item of every list; this is the journey that would have seen it.

const PUBLIC = "p.kind = 'post' and p.status = 'published' and p.deleted_at is null and p.published_at <= ?";

function one<T>(sql: string, ...params: unknown[]): T {
  const [row] = queryDb<T>(sql, ...params);
  if (!row) throw new Error(`nothing for ${sql}`);
  return row;
}

/** Where the byline of the post at `slug` leads: null unless a listed lawyer signs it. */
function authorSlugOf(slug: string): string | null {
  return one<{ slug: string | null }>(
    "select case when profiles.listed then profiles.slug end as slug from posts left join profiles on profiles.id = posts.byline_profile_id where posts.slug = ?",
    slug,
  ).slug;
}

/** One byline, one date and one reading time in `summary`, and the byline's name a link when the post has a profile. */
async function expectOneMeta(summary: Locator, slug: string) {
  await expect(summary.getByText(/^By\s/)).toHaveCount(1);
  await expect(summary.locator("time")).toHaveCount(1);
  await expect(summary.getByText(/^\d+ min read$/)).toHaveCount(1);
  const byline = summary.getByText(/^By\s/).getByRole("link");
  await expect(byline).toHaveCount(authorSlugOf(slug) ? 1 : 0);
}

/**
 * Every post in the list on `page` (at least one), each with its one byline and date. Search
 * lists practice areas and pages among the posts (`mixed`): those carry no byline at all.
 */
async function expectEachPostOnce(page: Page, list: Locator, mixed = false) {
  const items = list.getByRole("listitem");
  await expect(items.first()).toBeVisible();
  const count = await items.count();
  for (let i = 0; i < count; i++) {
    const article = items.nth(i).getByRole("article");
    await expect(article).toHaveCount(1);
    const href = await article.getByRole("heading").getByRole("link").getAttribute("href");
    if (mixed && !href?.startsWith("/blog/")) {
      await expect(article.getByText(/^By\s/)).toHaveCount(0);
      continue;
    }
    expect(href, `item ${i + 1} on ${page.url()}`).toMatch(/^\/blog\/[^/]+$/);
    await expectOneMeta(article, href!.replace("/blog/", ""));
  }
}

/** The list of posts in the region named `name` (the page's only list of posts when none is named). */
function postsIn(page: Page, region?: string): Locator {
  const scope = region ? page.getByRole("region", { name: region }) : page.getByRole("main");
  return scope.getByRole("list").filter({ has: page.getByRole("article") });
}

test("every list of posts shows one byline and one date per post", async ({ page }) => {
  const post = one<{ slug: string }>(`select p.slug from posts p where ${PUBLIC} order by p.published_at desc, p.id desc limit 1`, Date.now());
  const tag = one<{ slug: string }>(
    `select t.slug from tags t join post_tags pt on pt.tag_id = t.id join posts p on p.id = pt.post_id where ${PUBLIC}
     group by t.id order by count(*) desc, t.id limit 1`,
    Date.now(),
  );
  const attorney = one<{ slug: string }>(
    `select pr.slug from profiles pr join posts p on p.byline_profile_id = pr.id where pr.listed = 1 and ${PUBLIC}
     group by pr.id order by count(*) desc, pr.id limit 1`,
    Date.now(),
  );

  const lists: [path: string, region?: string][] = [
    ["/", "Latest answers"],
    ["/blog"],
    ["/blog/page/2"],
    [`/blog/tag/${tag.slug}`],
    [`/blog/${post.slug}`, "Read more"],
    [`/attorneys/${attorney.slug}`, undefined],
    ["/a-page-that-is-not-there", "Latest posts"],
    ["/search?q=bail"],
    ["/search?q=bond"],
  ];
  for (const [path, region] of lists) {
    await test.step(path, async () => {
      await page.goto(path);
      const list = postsIn(page, region);
      await expect(list, `one list of posts on ${path}`).toHaveCount(1);
      await expectEachPostOnce(page, list, path.startsWith("/search"));
      // Search passes its marked title and passage in: the matches are still marked.
      if (path.startsWith("/search")) await expect(list.locator("mark").first()).toBeVisible();
    });
  }
});

test("a post's page shows its byline and date once", async ({ page }) => {
  const post = one<{ slug: string }>(`select p.slug from posts p where ${PUBLIC} order by p.published_at desc, p.id desc limit 1`, Date.now());
  await page.goto(`/blog/${post.slug}`);
  // The post's own article comes first; "Read more" below it has its own summaries.
  const header = page.getByRole("main").getByRole("article").first().locator("header");
  await expect(header.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(header.getByText(/^By\s/)).toHaveCount(1);
  // The publication date stands in the byline's line; "Updated" and "Last reviewed" dates sit in their own phrases.
  await expect(header.locator("p > time")).toHaveCount(1);
  await expect(header.getByText(/^\d+ min read$/)).toHaveCount(1);
  await expect(header.getByText(/^By\s/).getByRole("link")).toHaveCount(authorSlugOf(post.slug) ? 1 : 0);
});
