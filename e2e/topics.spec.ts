import { expect, test } from "@playwright/test";
import { expectAccessible } from "./accessibility";
import { queryDb } from "./database";
import { expectSaved, uniqueTitle, writeDraft } from "./post-editor";
import { signIn } from "./sign-in";

// The attorney tags a post; readers follow a topic from the post to its page and on.

test("the editor tags a post from suggestions and new names, in order; readers follow the topic", async ({ page }) => {
  test.setTimeout(45_000);
  await signIn(page);
  const title = uniqueTitle("Bond for a first offense");
  const topic = uniqueTitle("Topic");
  const id = await writeDraft(page, title, "What bond means and how it is set.");

  // Existing tags are offered; a new name makes a new tag; the order is the writer's.
  const tags = page.getByRole("combobox", { name: "Tags" });
  await expect(page.locator("datalist#tag-suggestions option[value='Court']")).toHaveCount(1);
  await tags.fill(topic);
  await tags.press("Enter");
  await tags.fill("Bond");
  await tags.press("Enter");
  await tags.fill("court");
  await tags.press("Enter");
  await tags.fill("bond"); // the same tag as "Bond": not added twice
  await tags.press("Enter");
  const chips = page.getByRole("list", { name: "Tags of this post" }).getByRole("listitem");
  await expect(chips).toHaveText([new RegExp(`^${topic}`), /^Bond/, /^court/]);
  await page.getByRole("button", { name: "Remove tag court" }).click();
  await tags.fill("Court");
  await tags.press("Enter");
  await expectSaved(page);
  expect(queryDb<{ name: string }>("select tags.name from post_tags join tags on tags.id = post_tags.tag_id where post_id = ? order by position", id).map((t) => t.name)).toEqual([topic, "Bond", "Court"]);

  await page.getByRole("button", { name: "Publish now" }).click();
  await expect(page.getByText("Published. It is on the site now.")).toBeVisible();
  const slug = queryDb<{ slug: string }>("select slug from posts where id = ?", id)[0]!.slug;

  // The post shows its topics in order; each leads to its page, which lists the post.
  await page.goto(`/blog/${slug}`);
  const topics = page.getByRole("navigation", { name: "Topics" });
  await expect(topics.getByRole("link")).toHaveText([topic, "Bond", "Court"]);
  await expect(page.getByText(/\d+ min read/).first()).toBeVisible();
  // "Read more" starts with posts that share its tags (Bond and Court).
  const firstRelated = page.getByRole("region", { name: "Read more" }).getByRole("link").first();
  const relatedSlug = (await firstRelated.getAttribute("href"))!.replace("/blog/", "");
  const shared = queryDb<{ n: number }>(
    "select count(*) as n from post_tags where post_id = (select id from posts where slug = ?) and tag_id in (select tag_id from post_tags where post_id = ?)",
    relatedSlug,
    id,
  )[0]!.n;
  expect(shared).toBeGreaterThan(0);

  await topics.getByRole("link", { name: topic }).click();
  const topicSlug = topic.toLowerCase().replace(/\s+/g, "-");
  await expect(page).toHaveURL(new RegExp(`/blog/tag/${topicSlug}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(topic);
  await expect(page.getByRole("main").getByRole("link", { name: title })).toBeVisible();
  for (const width of [375, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    await expectAccessible(page);
  }
});

test("the admin merges a tag into another; the old topic's address leads to the new one", async ({ page }) => {
  await signIn(page);
  const from = uniqueTitle("Bail money");
  const into = uniqueTitle("Bail");
  const id = await writeDraft(page, uniqueTitle("A post about bail"));
  const tags = page.getByRole("combobox", { name: "Tags" });
  for (const name of [from, into]) {
    await tags.fill(name);
    await tags.press("Enter");
  }
  await expectSaved(page);
  await page.getByRole("button", { name: "Publish now" }).click();
  await expect(page.getByText("Published. It is on the site now.")).toBeVisible();

  await page.goto("/admin/tags");
  for (const width of [375, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    await expectAccessible(page);
  }
  const mergeForm = page.locator("form").filter({ has: page.getByLabel(`Merge ${from} into`) });
  await mergeForm.getByLabel(`Merge ${from} into`).selectOption({ label: into });
  await mergeForm.getByRole("button", { name: "Merge" }).click();
  const intoSlug = into.toLowerCase().replace(/\s+/g, "-");
  await expect(page.getByRole("status").filter({ hasText: "Merged" })).toHaveText(`Merged: those posts are tagged “${into}” now, and the old tag’s page leads to /blog/tag/${intoSlug}.`);
  expect(queryDb<{ name: string }>("select tags.name from post_tags join tags on tags.id = post_tags.tag_id where post_id = ?", id).map((t) => t.name)).toEqual([into]);

  await page.goto(`/blog/tag/${from.toLowerCase().replace(/\s+/g, "-")}`);
  await expect(page).toHaveURL(new RegExp(`/blog/tag/${intoSlug}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(into);
});
