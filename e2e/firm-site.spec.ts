import { expect, test, type Page } from "@playwright/test";
import { expectAccessible } from "./accessibility";
import { queryDb } from "./database";
import { editorBody, expectSaved, uniqueTitle, writeDraft } from "./post-editor";
import { signIn } from "./sign-in";

// The firm's own site: its lawyers and their bylines, its pages and practice areas, its
// settings, and the advertising rules the editor checks.

/** Publishes the post open in the editor and waits until it is out. */
async function publishNow(page: Page) {
  await page.getByRole("button", { name: "Publish now" }).click();
  await expect(page.getByText("Published. It is on the site now.")).toBeVisible();
}

test("a back-dated post is published at once with its date and sorted where that date puts it", async ({ page }) => {
  await signIn(page);
  const title = uniqueTitle("Imported from the old site");
  const id = await writeDraft(page, title, "An older answer, brought over.");
  await page.getByLabel(/Publish at/).fill("2021-06-15T09:30");
  await expect(page.getByText("Back-dated.")).toBeVisible();
  await page.getByRole("button", { name: "Publish with this date" }).click();
  await expect(page.getByText("Published with the date you chose.")).toBeVisible();
  // 9:30 in Chicago (CDT) is 14:30 UTC.
  expect(queryDb<{ status: string; published_at: number }>("select status, published_at from posts where id = ?", id)[0]).toEqual({
    status: "published",
    published_at: Date.UTC(2021, 5, 15, 14, 30),
  });

  await page.goto(`/blog/${queryDb<{ slug: string }>("select slug from posts where id = ?", id)[0]!.slug}`);
  await expect(page.getByRole("main").locator("time").first()).toHaveText("June 15, 2021");
  // On the blog it comes after every newer post: its page is the one its date gives it.
  const newer = queryDb<{ n: number }>("select count(*) as n from posts where kind = 'post' and status = 'published' and deleted_at is null and published_at > ? and published_at <= ?", Date.UTC(2021, 5, 15, 14, 30), Date.now())[0]!.n;
  const blogPage = Math.floor(newer / 10) + 1;
  await page.goto(blogPage === 1 ? "/blog" : `/blog/page/${blogPage}`);
  await expect(page.getByRole("link", { name: title })).toBeVisible();
});

test("a practice area is created, shows on the home page and is linked from a post with its tag", async ({ page }) => {
  test.setTimeout(60_000);
  await signIn(page);
  const area = uniqueTitle("Probation violations");
  const tag = `probation-${Date.now().toString(36)}`;
  await page.goto("/admin/pages");
  await expectAccessible(page);
  await page.getByRole("link", { name: "New practice area" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "New practice area" })).toBeVisible();
  await page.getByLabel("Title", { exact: true }).fill(area);
  await editorBody(page).click();
  await page.keyboard.type("What happens when probation is said to be violated.");
  await expect(page).toHaveURL(/\/admin\/posts\/\d+$/, { timeout: 10_000 });
  await page.getByLabel("Summary").fill("A hearing, a judge, and what you can do before it.");
  await page.getByLabel("Tags").fill(tag);
  await expectSaved(page);
  await publishNow(page);

  await page.goto("/");
  const handled = page.getByRole("region", { name: "What we handle" });
  await expect(handled.getByRole("link", { name: new RegExp(area) })).toContainText("A hearing, a judge");

  const post = uniqueTitle("Missed a probation meeting");
  await writeDraft(page, post, "Call your lawyer first.");
  await page.getByLabel("Tags").fill(tag);
  await expectSaved(page);
  await publishNow(page);
  await page.getByRole("link", { name: "View on the site" }).click();
  await page.getByRole("region", { name: "How we can help" }).getByRole("link", { name: new RegExp(area) }).click();
  await expect(page.getByRole("heading", { level: 1, name: area })).toBeVisible();
  await expect(page).toHaveURL(/\/practice-areas\/probation-violations-[0-9a-f]+$/);
  await expectAccessible(page);
});

test("the restricted-words check highlights “guarantee” in a draft and still lets it be published", async ({ page }) => {
  await signIn(page);
  await writeDraft(page, uniqueTitle("What a lawyer can promise"), "No lawyer can guarantee an outcome.");
  await expect(editorBody(page).locator("mark.restricted-word")).toHaveText("guarantee");
  const check = page.getByRole("region", { name: "Advertising rules check" });
  await expect(check).toContainText("1 place to check before publishing");
  await expect(check.locator("mark")).toHaveText("guarantee");
  await expectAccessible(page);
  // Rewording clears it.
  await editorBody(page).click();
  await page.keyboard.press("End");
  await page.keyboard.type(" The best lawyers say so.");
  await expect(check).toContainText("2 places to check");
  await expect(page.getByRole("button", { name: "Publish now" })).toBeEnabled();
});

test("a wrong phone number is refused next to the field, and a right one is saved in one form and dialled from it", async ({ page }) => {
  await signIn(page, undefined, "/admin/settings");
  const phone = page.getByLabel("Phone", { exact: true });
  const stored = JSON.parse(queryDb<{ value: string }>("select value from settings where key = 'phone'")[0]!.value) as string;
  await phone.fill("(334) 555-O142");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.locator("#phone-error")).toHaveText(/Enter a 10-digit US or Canadian number/);
  await expect(phone).toHaveAttribute("aria-invalid", "true");
  expect(JSON.parse(queryDb<{ value: string }>("select value from settings where key = 'phone'")[0]!.value)).toBe(stored);

  // The time zone is chosen by the name people use.
  await expect(page.getByLabel("Time zone")).toHaveValue("America/Chicago");
  await expect(page.getByLabel("Time zone").locator("option:checked")).toHaveText("Central — Chicago");

  // The same number as the sample, typed another way: saved in its one written form.
  await phone.fill("334.555.0142");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByText("Settings saved.")).toBeVisible();
  expect(JSON.parse(queryDb<{ value: string }>("select value from settings where key = 'phone'")[0]!.value)).toBe("(334) 555-0142");
  await expectAccessible(page);
  await page.goto("/contact");
  await expect(page.getByRole("main").getByRole("link", { name: "(334) 555-0142" }).first()).toHaveAttribute("href", "tel:+13345550142");
});

for (const viewport of [
  { name: "phone", width: 375, height: 740 },
  { name: "desktop", width: 1280, height: 800 },
]) {
  test(`the firm's new pages pass axe on a ${viewport.name}`, async ({ page }) => {
    test.setTimeout(60_000);
    await page.setViewportSize(viewport);
    const attorney = queryDb<{ slug: string }>("select slug from profiles where listed = 1 order by id limit 1")[0]!.slug;
    const area = queryDb<{ slug: string }>("select slug from posts where kind = 'practice_area' and status = 'published' and deleted_at is null order by id limit 1")[0]!.slug;
    for (const path of ["/about", "/privacy", "/terms", "/practice-areas", `/practice-areas/${area}`, `/attorneys/${attorney}`]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(200);
      await expectAccessible(page);
    }
    await signIn(page);
    for (const path of ["/admin/pages", "/admin/profiles", "/admin/review", "/admin/settings", "/admin/account"]) {
      await page.goto(path);
      await expectAccessible(page);
    }
  });
}

test("the privacy policy is linked from the contact form and the footer", async ({ page }) => {
  await page.goto("/contact");
  await page.getByRole("main").getByRole("link", { name: "our privacy policy" }).click();
  await expect(page).toHaveURL(/\/privacy$/);
  await expect(page.getByRole("heading", { level: 1, name: "Privacy policy" })).toBeVisible();
  await page.getByRole("contentinfo").getByRole("link", { name: "Terms and disclaimer" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Terms and disclaimer" })).toBeVisible();
  await page.getByRole("contentinfo").getByRole("link", { name: "Privacy policy" }).click();
  await expect(page).toHaveURL(/\/privacy$/);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("choosing “In custody” says to call now and shows the number; the contact page has directions and the advertising statement", async ({ page }) => {
    await page.goto("/contact");
    const callNow = page.getByText("Someone in jail now? Call us now");
    await expect(callNow).toBeHidden();
    await page.getByLabel("In custody (in jail now)").check();
    await expect(callNow).toBeVisible();
    await expect(page.getByRole("main").getByRole("link", { name: "(334) 555-0142" }).last()).toHaveAttribute("href", "tel:+13345550142");
    await expect(page.getByRole("link", { name: "Get directions" })).toHaveAttribute("href", /^https:\/\/www\.google\.com\/maps\/dir\/\?api=1&destination=100%20Sample%20Street/);
    await expect(page.getByRole("main")).toContainText("No representation is made that the quality of the legal services");
    await expect(page.getByRole("main")).toContainText("usually within one business day");
  });
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true });

  test("the call button stays within reach while reading a post, and never covers its end", async ({ page }) => {
    const slug = queryDb<{ slug: string }>("select slug from posts where kind = 'post' and status = 'published' and deleted_at is null and published_at <= ? order by length(body_html) desc limit 1", Date.now())[0]!.slug;
    await page.goto(`/blog/${slug}`);
    // The first call link in the page's main part is the bar after the article (the contact box has the other).
    const bar = page.getByRole("main").getByRole("link", { name: "Call (334) 555-0142" }).first();
    await page.getByRole("complementary", { name: "Disclaimer" }).scrollIntoViewIfNeeded();
    await expect(bar).toBeInViewport();
    // Past the post, the bar stays at the post's end, below its last words, and what follows is not under it.
    await page.getByRole("contentinfo").scrollIntoViewIfNeeded();
    const barBox = (await bar.boundingBox())!;
    const disclaimerBox = (await page.getByRole("complementary", { name: "Disclaimer" }).boundingBox())!;
    const contactBox = (await page.getByRole("region", { name: "Talk to a lawyer about your situation" }).boundingBox())!;
    expect(barBox.y).toBeGreaterThanOrEqual(disclaimerBox.y + disclaimerBox.height);
    expect(barBox.y + barBox.height).toBeLessThanOrEqual(contactBox.y);
    await expectAccessible(page);
  });
});
