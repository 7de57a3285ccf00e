import fs from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { builderSitePages, savedPagesZip, startFakeOldSite, type FakeOldSite } from "../lib/import/fake-old-site";
import { expectAccessible } from "./accessibility";
import { startOwnServer, tempDatabase, type OwnServer } from "./own-server";
import { OWNER } from "./sign-in";

// The owner moves an old site in: a WordPress blog from its export, a builder's site with no
// export from its address; reads the dry run, imports, and finds the posts with their dates,
// bylines, tags and images, and the old addresses lead there. A server of its own: it may
// fetch from the fake old site on loopback (which serves both).
let server: OwnServer;
let oldSite: FakeOldSite;
let exportFile: string;
let savedPagesFile: string;

test.beforeAll(async () => {
  oldSite = await startFakeOldSite(builderSitePages(() => oldSite.origin));
  // Beside a database of its own, inside the run's folder (removed when the run ends).
  exportFile = path.join(path.dirname(tempDatabase("wxr-")), "hollis-reyes.WordPress.xml");
  fs.writeFileSync(exportFile, fs.readFileSync(path.join(import.meta.dirname, "fixtures/import/wordpress-export.xml"), "utf8").replaceAll("http://old-firm.test", oldSite.origin));
  // The old site's pages saved from the browser, zipped with their `_files` folders.
  savedPagesFile = path.join(path.dirname(exportFile), "hollis-reyes-saved-pages.zip");
  fs.writeFileSync(savedPagesFile, await savedPagesZip(oldSite.origin));
  server = await startOwnServer({ env: { IMPORT_ALLOW_LOOPBACK: "1" } });
});
test.afterAll(async () => {
  await server?.stop();
  await oldSite?.close();
});

async function signInToImport(page: Page) {
  await page.goto(`${server.origin}/admin/login?next=/admin/import`);
  await page.getByLabel("Email").fill(OWNER.email);
  await page.getByLabel("Password").fill(OWNER.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Import" })).toBeVisible();
}

test("the owner imports a WordPress export after reading its dry run, and old addresses answer 301", async ({ page, request }) => {
  test.setTimeout(90_000);
  await signInToImport(page);
  await expectAccessible(page);

  await page.getByLabel("Export file").setInputFiles(exportFile);
  await page.getByRole("button", { name: "Read it and show what will happen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Import of hollis-reyes.WordPress.xml" })).toBeVisible();
  await expect(page.getByTestId("run-status")).toContainText("read, not imported yet");
  await expect(page.getByRole("heading", { level: 2, name: "7 posts and pages, 8 warnings" })).toBeVisible();
  const checkpoint = page.getByTestId("report-line").filter({ hasText: "What to do at a DUI checkpoint" });
  await expect(checkpoint).toContainText("Will be imported at /blog/what-to-do-at-a-dui-checkpoint");
  await expect(checkpoint).toContainText("Shortcode removed (what it showed is not here): [contact-form-7].");
  await expect(checkpoint).toContainText("1 script removed.");
  await expect(page.getByTestId("report-line").filter({ hasText: "How bail works" })).toContainText("An image has no description (alt text): missing.jpg.");
  await expect(page.getByTestId("report-line").filter({ hasText: "Old draft" })).toContainText("Its status on the old site was “trash”.");
  await expect(page).toHaveTitle(/^Import: hollis-reyes\.WordPress\.xml/);
  await expectAccessible(page);

  await page.getByRole("button", { name: "Import 6 posts and pages" }).click();
  await expect(page.getByTestId("run-status")).toHaveText(/^Status: imported/, { timeout: 30_000 });
  await expect(page.getByText("7 of 7 posts and pages done")).toBeVisible();
  // A reload shows the same outcome: it is in the database.
  await page.reload();
  await expect(page.getByTestId("run-status")).toHaveText(/^Status: imported/);

  await page.goto(`${server.origin}/blog/what-to-do-at-a-dui-checkpoint`);
  const article = page.locator("article").first();
  await expect(article.getByRole("heading", { level: 1, name: "What to do at a DUI checkpoint" })).toBeVisible();
  await expect(article.getByRole("link", { name: "Mara Hollis" }).first()).toBeVisible();
  await expect(article.locator("time").first()).toHaveAttribute("datetime", /^2019-05-14/);
  await expect(page.getByRole("link", { name: "DUI Defense" }).first()).toBeVisible();
  const photo = article.getByRole("img", { name: "Police cars at a roadside sobriety checkpoint at night" }).last();
  await expect(photo).toBeVisible();
  expect(await photo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
  await expect(article.getByText("A checkpoint on Highway 31")).toBeVisible();
  await expect(article.getByRole("link", { name: "how bail works" })).toHaveAttribute("href", "/blog/how-bail-works");
  await page.goto(`${server.origin}/blog/que-pasa-en-el-juicio`);
  await expect(page.getByRole("heading", { level: 1, name: "¿Qué pasa en el juicio? Derechos del acusado" })).toBeVisible();
  await expect(page.getByText("Daniel Reyes").first()).toBeVisible();

  for (const [old, now] of [
    ["/2019/05/14/what-to-do-at-a-dui-checkpoint/", "/blog/what-to-do-at-a-dui-checkpoint"],
    ["/?p=12", "/blog/how-bail-works"],
    ["/category/criminal-law/dui/", "/blog/tag/dui-defense"],
    ["/tag/bail/", "/blog/tag/bail"],
    ["/feed/", "/feed.xml"],
    ["/author/dreyes/", "/attorneys/daniel-reyes"],
  ]) {
    const answer = await request.get(`${server.origin}${old}`, { maxRedirects: 0 });
    expect([old, answer.status(), answer.headers().location]).toEqual([old, 301, now]);
  }
  // A page whose address is the same here, but for the slash, gets Next's own redirect.
  const samePage = await request.get(`${server.origin}/our-fees/`, { maxRedirects: 0 });
  expect([samePage.status(), samePage.headers().location]).toEqual([308, "/our-fees"]);
  // Without its slash, the old address still leads there (the catch-all route).
  await page.goto(`${server.origin}/2019/05/14/what-to-do-at-a-dui-checkpoint`);
  await expect(page).toHaveURL(`${server.origin}/blog/what-to-do-at-a-dui-checkpoint`);
  await expect(page.getByRole("heading", { level: 1, name: "What to do at a DUI checkpoint" })).toBeVisible();
  // A draft's old address is not found, like the draft.
  expect((await request.get(`${server.origin}/?p=16`, { maxRedirects: 0 })).status()).toBe(200);
  expect((await request.get(`${server.origin}/nothing/here/at-all`, { maxRedirects: 0 })).status()).toBe(404);
});

test("the owner imports a site with no export from its address: each page its sitemap lists, and what could not be read is said", async ({ page, request }) => {
  test.setTimeout(90_000);
  await signInToImport(page);
  await page.getByLabel("Or the address of a site with no export").fill(oldSite.origin);
  await page.getByRole("button", { name: "Read it and show what will happen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Import of ${oldSite.origin}` })).toBeVisible();
  // The pages are read in the background; the report replaces the count when they all are.
  await expect(page.getByTestId("run-status")).toContainText("read, not imported yet", { timeout: 20_000 });
  await expect(page.getByText("1 address on other sites left out")).toBeVisible();
  await expect(page.getByTestId("report-line").filter({ hasText: "Your rights at a DUI checkpoint" })).toContainText("Will be imported at /blog/dui-checkpoint-rights");
  await expect(page.getByTestId("report-line").filter({ hasText: "About the firm" })).toContainText("Will be imported at /about-us");
  await expect(page.getByTestId("report-line").filter({ hasText: "/blog/gone-post" })).toContainText("Not read: the old site answered 404.");
  await expect(page.getByTestId("report-line").filter({ hasText: "/blog/moved-inside" })).toContainText("10.0.0.7 is on a private or local network");

  await page.getByRole("button", { name: "Import 3 posts and pages" }).click();
  await expect(page.getByTestId("run-status")).toHaveText(/^Status: imported/, { timeout: 30_000 });
  await expect(page.getByText("5 of 5 posts and pages done")).toBeVisible();

  await page.goto(`${server.origin}/blog/dui-checkpoint-rights`);
  const article = page.locator("article").first();
  await expect(article.getByRole("heading", { level: 1, name: "Your rights at a DUI checkpoint" })).toBeVisible();
  await expect(article.getByRole("link", { name: "Mara Hollis" }).first()).toBeVisible();
  await expect(article.locator("time").first()).toHaveAttribute("datetime", /^2021-03-02/);
  await expect(article.getByText("A checkpoint stop is a seizure")).toBeVisible();
  await expect(article.getByText("Contact us today")).toHaveCount(0);
  const photo = article.getByRole("img", { name: "Police lights at a roadside checkpoint" });
  await expect(photo).toBeVisible();
  expect(await photo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
  await article.getByRole("link", { name: "how expungement works" }).click();
  await expect(page).toHaveURL(`${server.origin}/blog/expungement-basics`);
  await expect(page.getByRole("heading", { level: 1, name: "Expungement basics: clearing an old arrest" })).toBeVisible();
  // The old .html address leads to the new one (the first answer of a page that redirects
  // repeats the Location header: Next's own, as for /blog/page/1, so the first is read).
  const old = await request.get(`${server.origin}/blog/expungement-basics.html`, { maxRedirects: 0 });
  expect([old.status(), old.headersArray().find((h) => h.name.toLowerCase() === "location")?.value]).toEqual([308, "/blog/expungement-basics"]);
});

test("the owner imports a zip of saved pages, chooses the lawyer for the post with no author, and finds the posts", async ({ page, request }) => {
  test.setTimeout(90_000);
  // The firm has several lawyers (the sample content's, and the WordPress import's above).
  await signInToImport(page);
  await page.getByLabel("Export file").setInputFiles(savedPagesFile);
  await page.getByRole("button", { name: "Read it and show what will happen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Import of hollis-reyes-saved-pages.zip" })).toBeVisible();
  await expect(page.getByTestId("run-status")).toContainText("read, not imported yet");
  await expect(page.getByText("1 saved page does not say its old address")).toBeVisible();
  await expect(page.getByTestId("report-line").filter({ hasText: "What to do at a DUI checkpoint" })).toContainText("Will be imported at /blog/what-to-do-at-a-checkpoint");
  const unsigned = page.getByTestId("report-line").filter({ hasText: "Expunging an old record" });
  await expect(unsigned).toContainText("No author: choose the lawyer who signs it.");
  await expectAccessible(page);

  // Public on the old site and signed by nobody: the import waits for the lawyer.
  await page.getByRole("button", { name: "Import 3 posts and pages" }).click();
  await expect(page.getByText("1 post was public on the old site with no author. Choose the lawyer who signs it")).toBeVisible();
  await expect(page.getByTestId("run-status")).toContainText("read, not imported yet");
  await page.getByLabel("Posts with no author are signed by").selectOption({ label: "Daniel Reyes" });
  await page.getByRole("button", { name: "Import 3 posts and pages" }).click();
  await expect(page.getByTestId("run-status")).toHaveText(/^Status: imported/, { timeout: 30_000 });
  await expect(page.getByText("Posts with no author are signed by Daniel Reyes.")).toBeVisible();

  await page.goto(`${server.origin}/blog/what-to-do-at-a-checkpoint`);
  const article = page.locator("article").first();
  await expect(article.getByRole("heading", { level: 1, name: "What to do at a DUI checkpoint" })).toBeVisible();
  await expect(article.getByRole("link", { name: "Dana Hollis" }).first()).toBeVisible();
  await expect(article.locator("time").first()).toHaveAttribute("datetime", /^2021-03-04/);
  // One picture came in the zip, the other from the old site.
  for (const name of ["A checkpoint sign at night", "A breath test device"]) {
    const photo = article.getByRole("img", { name });
    await expect(photo).toBeVisible();
    expect(await photo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
  }
  await article.getByRole("link", { name: "how to clear an old record" }).click();
  await expect(page).toHaveURL(`${server.origin}/blog/expunging-an-old-record`);
  await expect(page.locator("article").first().getByRole("link", { name: "Daniel Reyes" }).first()).toBeVisible();

  // The address the page was saved from leads to its new one.
  const old = await request.get(`${server.origin}/blog/2021/03/what-to-do-at-a-checkpoint/`, { maxRedirects: 0 });
  expect([old.status(), old.headers().location]).toEqual([301, "/blog/what-to-do-at-a-checkpoint"]);
});
