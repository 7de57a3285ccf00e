import { expect, test } from "@playwright/test";
import { publicSlugs } from "./database";

test.use({ viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true });

test("on a 375 px phone the pages fit the screen and the phone number is one tap away", async ({ page }) => {
  const [slug] = publicSlugs();
  for (const path of ["/", "/blog", `/blog/${slug}`, "/contact"]) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, `${path} scrolls sideways`).toBeLessThanOrEqual(0);
    const call = page.getByRole("banner").getByRole("link", { name: /^Call / });
    await expect(call).toBeInViewport();
    const size = await call.boundingBox();
    expect(size!.height, "tap target height").toBeGreaterThanOrEqual(24);
  }
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a post and the blog's pages still work", async ({ page }) => {
    const [first] = publicSlugs();
    await page.goto("/blog");
    await page.getByRole("link", { name: /Older posts/ }).click();
    await expect(page).toHaveURL(/\/blog\/page\/2$/);
    await page.goto(`/blog/${first}`);
    await expect(page.getByRole("main").getByRole("paragraph").first()).toBeVisible();
    await expect(page.getByRole("region", { name: "Read more" }).getByRole("listitem")).toHaveCount(4);
  });

  test("a missing post is a whole 404 page: header and footer once, a search box, the latest posts", async ({ page }) => {
    const response = await page.goto("/blog/no-such-post");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("We couldn’t find that page");
    await expect(page.getByRole("banner")).toHaveCount(1);
    await expect(page.getByRole("contentinfo")).toHaveCount(1);
    await expect(page.getByRole("region", { name: "Latest posts" }).getByRole("listitem")).toHaveCount(3);
    await page.getByRole("search", { name: "Search posts" }).getByRole("searchbox").fill("bond");
    await page.getByRole("search", { name: "Search posts" }).getByRole("button", { name: "Search" }).click();
    await expect(page).toHaveURL(/\/search\?q=bond$/);
    await expect(page.getByRole("list", { name: "Search results" }).getByRole("listitem").first()).toBeVisible();
  });
});
