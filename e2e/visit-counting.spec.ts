import { expect, test, type Page } from "@playwright/test";
import { expectAccessible } from "./accessibility";
import { queryDb } from "./database";
import { fillInquiry, inquiriesNamed, MIN_FILL_MS, ownContextAddress, sendAndReadReference, uniqueName } from "./inquiry-form";
import { signIn } from "./sign-in";

// Visit counting (lib/visits/): a visitor arrives from a search engine, reads two posts and
// writes; the inbox shows the path and the report counts the visit, the post and the inquiry.
// Bots, prefetches and the firm's signed-in users are not counted. This journey's browser is a
// tablet (no other journey's is), so the counts below are its own.
const TABLET = "Mozilla/5.0 (Linux; Android 14; SM-X710) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36";
const FIRST = "/blog/can-a-victim-drop-the-charges";
const UNSEEN = "/blog/how-are-juvenile-cases-different";

test.use({ userAgent: TABLET });

const viewsOf = (path: string, since: number) =>
  queryDb<{ n: number }>("select count(*) as n from page_views where path = ? and device = 'tablet' and created_at >= ?", path, since)[0]!.n;

function beaconAnswered(page: Page) {
  return page.waitForResponse((response) => response.url().endsWith("/api/visit") && response.request().method() === "POST");
}

test("a visitor from Google reads two posts and writes; the inbox and the report show where they came from", async ({ page, context, browser, baseURL }) => {
  test.setTimeout(90_000);
  const since = Date.now() - 1000;
  await ownContextAddress(context);

  // The search engine's results page (served here: nothing leaves the machine) links to a post.
  await page.route("http://www.google.com/**", (route) =>
    route.fulfill({ contentType: "text/html", body: `<!doctype html><title>Results</title><a href="${baseURL}${FIRST}">Can a victim drop the charges?</a>` }),
  );
  await page.goto("http://www.google.com/search?q=victim+drop+charges");
  const firstBeacon = beaconAnswered(page);
  await page.getByRole("link", { name: "Can a victim drop the charges?" }).click();
  await expect(page).toHaveURL(`${baseURL}${FIRST}`);
  expect((await firstBeacon).status()).toBe(204);
  await expect.poll(() => viewsOf(FIRST, since)).toBe(1);
  const stored = queryDb<{ source: string; visitor_key: string | null }>("select source, visitor_key from page_views where path = ? and device = 'tablet' and created_at >= ?", FIRST, since)[0]!;
  expect(stored.source).toBe("Google search");
  expect(stored.visitor_key).toMatch(/^[\w-]{22}$/);
  // No cookie was set for it, and nothing in localStorage.
  expect(await context.cookies()).toEqual([]);
  expect(await page.evaluate(() => localStorage.length)).toBe(0);

  // A second post, from the first one's links (the router's navigation: no full load).
  const next = page.locator(`main a[href^="/blog/"]:not([href^="/blog/tag/"]):not([href^="/blog/page/"]):not([href="${FIRST}"]):not([href="${UNSEEN}"])`).first();
  const secondPath = (await next.getAttribute("href"))!;
  const secondTitle = (await next.textContent())!.trim();
  await next.click();
  await expect(page).toHaveURL(`${baseURL}${secondPath}`);
  await expect.poll(() => viewsOf(secondPath, since)).toBe(1);
  const title = (await page.getByRole("heading", { level: 1 }).textContent())!.trim();
  expect(secondTitle).toContain(title);

  // The contact form carries the path; the privacy note says so.
  await page.goto("/contact");
  await expect(page.getByText("also sends the first page you opened on this site")).toBeVisible();
  const name = uniqueName("Robin");
  await fillInquiry(page, { name, phone: "555 010 0199" });
  await page.waitForTimeout(MIN_FILL_MS + 300);
  await sendAndReadReference(page);
  const inquiry = inquiriesNamed(name)[0] as unknown as { visit_first_page: string; visit_source: string; visit_post_path: string; visit_post_id: number };
  expect(inquiry).toMatchObject({ visit_first_page: FIRST, visit_source: "Google search", visit_post_path: secondPath });
  expect(inquiry.visit_post_id).toEqual(expect.any(Number));

  // Not counted: a bot, a prefetch, the firm's signed-in owner (each asks for the page no one else reads here).
  const origin = { origin: baseURL!, "content-type": "text/plain;charset=UTF-8" };
  const body = JSON.stringify({ p: UNSEEN, r: "" });
  const bot = await page.request.post("/api/visit", { data: body, headers: { ...origin, "user-agent": "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)" } });
  expect(bot.status()).toBe(204);
  const prefetch = await page.request.post("/api/visit", { data: body, headers: { ...origin, "sec-purpose": "prefetch" } });
  expect(prefetch.status()).toBe(204);
  const foreign = await page.request.post("/api/visit", { data: body, headers: { origin: "https://elsewhere.example", "content-type": "text/plain" } });
  expect(foreign.status()).toBe(403);
  const owner = await browser.newContext({ userAgent: TABLET });
  const ownerPage = await owner.newPage();
  await signIn(ownerPage, undefined, "/admin");
  const ownerBeacon = beaconAnswered(ownerPage);
  await ownerPage.goto(UNSEEN);
  expect((await ownerBeacon).status()).toBe(204);
  // A visit after all of them is counted; by then the ones before it would have been written too.
  const later = await browser.newContext({ userAgent: TABLET });
  const laterPage = await later.newPage();
  await ownContextAddress(later);
  await laterPage.goto("/");
  await expect.poll(() => viewsOf("/", since)).toBe(1);
  expect(viewsOf(UNSEEN, since)).toBe(0);
  await later.close();

  // The inbox and the inquiry's page: where it came from, in words.
  await ownerPage.goto("/admin/inquiries");
  await expect(ownerPage.getByText(`Came from: ${title} (Google search)`).first()).toBeVisible();
  // The report: the visit, the post and the inquiry it led to.
  await ownerPage.goto("/admin/insights?range=7d");
  await expect(ownerPage.getByRole("heading", { level: 1 })).toHaveText("Which posts bring clients");
  const byInquiries = ownerPage.getByRole("table", { name: "Posts by the inquiries they led to" });
  const row = byInquiries.locator(`tr[data-post="${secondPath}"]`);
  await expect(row).toBeVisible();
  expect(Number(await row.locator("td").nth(1).textContent())).toBeGreaterThanOrEqual(1);
  await expect(ownerPage.getByRole("table", { name: "Posts by visits" }).locator(`tr[data-post="${FIRST}"]`)).toBeVisible();
  await expect(ownerPage.getByRole("list", { name: "Sources" })).toContainText("Google search");
  expect(Number((await ownerPage.locator('[data-total="views"]').textContent())?.replace(/,/g, ""))).toBeGreaterThanOrEqual(3);
  await expectAccessible(ownerPage);
  // The privacy page says what is counted, in plain words.
  await ownerPage.goto("/privacy");
  await expect(ownerPage.getByRole("heading", { name: "What this site counts" })).toBeVisible();
  await expect(ownerPage.getByText("sets no cookies for this")).toBeVisible();
  await owner.close();
});

test("a view of a Spanish post counts for its English original, and the report says how many were in Spanish", async ({ browser, baseURL }) => {
  const since = Date.now() - 1000;
  const SPANISH = "/es/blog/como-funciona-la-fianza";
  const [bond] = queryDb<{ id: number }>("select id from posts where slug = 'how-does-bond-work'");
  const visitor = await browser.newContext({ baseURL, userAgent: TABLET });
  await ownContextAddress(visitor);
  const page = await visitor.newPage();
  const beacon = beaconAnswered(page);
  await page.goto(SPANISH);
  expect((await beacon).status()).toBe(204);
  await expect.poll(() => viewsOf(SPANISH, since)).toBe(1);
  expect(queryDb("select post_id as postId from page_views where path = ? and device = 'tablet' and created_at >= ?", SPANISH, since)).toEqual([{ postId: bond!.id }]);
  await visitor.close();

  const owner = await browser.newContext({ baseURL });
  const ownerPage = await owner.newPage();
  await signIn(ownerPage, undefined, "/admin/insights");
  await ownerPage.goto("/admin/insights?range=7d");
  const row = ownerPage.getByRole("table", { name: "Posts by visits" }).locator('tr[data-post="/blog/how-does-bond-work"]');
  expect(Number(await row.locator("[data-spanish-views]").textContent())).toBeGreaterThanOrEqual(1);
  expect(Number((await ownerPage.locator('[data-total="spanish-views"]').textContent())?.replace(/,/g, ""))).toBeGreaterThanOrEqual(1);
  await owner.close();
});
