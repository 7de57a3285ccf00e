import { expect, test, type Page } from "@playwright/test";
import { expectAccessible } from "./accessibility";
import { queryDb } from "./database";

// A visitor searches from the box in the header: results with the words marked, then a post.

async function searchFromHeader(page: Page, words: string) {
  const box = page.getByRole("search", { name: "Site search" }).getByRole("searchbox", { name: "Search posts" });
  await box.fill(words);
  await box.press("Enter");
  await expect(page).toHaveURL(new RegExp(`/search\\?q=${encodeURIComponent(words).replace(/%20/g, "\\+")}$`));
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(javaScriptEnabled ? "with JavaScript" : "without JavaScript", () => {
    test.use({ javaScriptEnabled });

    test("search from the header: highlighted results, then the post", async ({ page }) => {
      await page.goto("/blog");
      await searchFromHeader(page, "bond hearing");
      const results = page.getByRole("list", { name: "Search results" });
      await expect(page.getByText(/\d+ results? match/)).toContainText("bond hearing");
      await expect(results.getByRole("listitem").first()).toBeVisible();
      // The words are marked in the passages shown.
      await expect(results.locator("mark").filter({ hasText: /^bond$/i }).first()).toBeVisible();
      await expect(results.locator("mark").filter({ hasText: /^hearings?$/i }).first()).toBeVisible();
      const first = results.getByRole("heading").first();
      const title = (await first.textContent())!;
      await first.getByRole("link").click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
      expect(queryDb("select id from posts where title = ? and status = 'published'", title)).toHaveLength(1);
    });
  });
}

test("any query is safe, and drafts and scheduled posts are never found", async ({ page }) => {
  const hostile = ['"', '"bond', "DUI OR", "*", "NEAR(", "NEAR(bond, 2)", "(((", "'; drop table posts; --", "%_", "🚓🚓", "x".repeat(2000), "bond ".repeat(300)];
  for (const q of hostile) {
    const response = await page.request.get(`/search?q=${encodeURIComponent(q)}`);
    expect(response.status(), q).toBe(200);
  }
  for (const q of ["", "   ", "🚓"]) {
    await page.goto(`/search?q=${encodeURIComponent(q)}`);
    await expect(page.getByRole("heading", { level: 1, name: "Search" })).toBeVisible();
    await expect(page.getByRole("list", { name: "Search results" })).toHaveCount(0);
  }
  await page.goto("/search?q=bond&page=abc");
  await expect(page.getByText(/\d+ results? match/)).toBeVisible();

  // The seeded draft and scheduled post have words of their own in their titles.
  for (const slug of ["what-is-a-preliminary-hearing", "how-plea-bargains-work"]) {
    const [row] = queryDb<{ title: string }>("select title from posts where slug = ?", slug);
    await page.goto(`/search?q=${encodeURIComponent(row!.title)}`);
    await expect(page.getByRole("main").getByRole("link", { name: row!.title })).toHaveCount(0);
  }
});

test("the search page and the 404 page pass axe at phone and desktop widths", async ({ page }) => {
  for (const width of [375, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    await page.goto("/search?q=bond");
    await expectAccessible(page);
    await page.goto("/search?q=zzzzqqq");
    await expectAccessible(page);
    expect((await page.goto("/blog/no-such-post"))?.status()).toBe(404);
    await expectAccessible(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  }
});

test("a synonym finds a practice page: “bail” finds “Bond and jail release”, with one count in the right number", async ({ page }) => {
  await page.goto("/search?q=bail");
  const results = page.getByRole("list", { name: "Search results" });
  const practice = results.getByRole("listitem").filter({ has: page.getByRole("link", { name: "Bond and jail release" }) });
  await expect(practice).toHaveCount(1);
  await expect(practice).toContainText(/practice area/i);
  await practice.getByRole("link", { name: "Bond and jail release" }).click();
  await expect(page).toHaveURL(/\/practice-areas\/bond-and-jail$/);

  // "bondsman" is in the same group of words the firm keeps in Settings.
  await page.goto("/search?q=bondsman");
  await expect(page.getByRole("list", { name: "Search results" }).getByRole("link", { name: "Bond and jail release" })).toBeVisible();
  // The count reads as English: "One result matches", "N results match".
  await expect(page.getByText(/^(One result matches|\d+ results match) bondsman\.$/)).toBeVisible();
  await expectAccessible(page);
});
