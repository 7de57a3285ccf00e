import { test as base, expect, type APIRequestContext, type Page } from "@playwright/test";
import { readDb, startOwnServer, type OwnServer } from "./own-server";
import { TINY_PNG } from "./post-editor";
import { signIn } from "./sign-in";

// The firm's settings and pages as every public page shows them. These journeys change
// what the whole site shows (its logo, its links, its pages), so they run on a server of
// their own: the shared one keeps its sample firm for the others.

const test = base.extend<{ own: { server: OwnServer; page: Page } }>({
  own: async ({ browser }, use) => {
    const server = await startOwnServer();
    const context = await browser.newContext({ baseURL: server.origin });
    const page = await context.newPage();
    await signIn(page);
    await use({ server, page });
    await context.close();
    await server.stop();
  },
});

async function html(request: APIRequestContext, url: string): Promise<string> {
  return (await request.get(url)).text();
}

test("a logo and social links show on every page at the next request, and the icon is drawn from the logo", async ({ own, request }) => {
  test.setTimeout(60_000);
  const { server, page } = own;
  const pages = ["/", "/blog", "/blog/can-a-victim-drop-the-charges", "/contact"].map((path) => `${server.origin}${path}`);
  for (const url of pages) expect(await html(request, url)).not.toContain("facebook.com/samplefirm");
  const iconBefore = await (await request.get(`${server.origin}/icon/32`)).body();

  await page.goto("/admin/settings");
  await page.getByLabel("Logo image").setInputFiles({ name: "logo.png", mimeType: "image/png", buffer: TINY_PNG });
  await page.getByRole("button", { name: "Upload logo" }).click();
  await expect(page.getByRole("img", { name: /The logo of/ })).toBeVisible();
  const logo = readDb<{ file_name: string }>(server.dbFile, "select media.file_name from settings join media on media.id = json_extract(settings.value, '$') where settings.key = 'logoMediaId'")[0]!.file_name;

  await page.getByLabel("Social links").fill("https://www.facebook.com/samplefirm");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByText("Settings saved.")).toBeVisible();

  for (const url of pages) {
    const text = await html(request, url);
    expect(text.includes(`/media/${logo}`), `${url} shows the logo`).toBe(true);
    expect(text.includes("https://www.facebook.com/samplefirm"), `${url} links the firm's page elsewhere`).toBe(true);
  }
  const iconAfter = await (await request.get(`${server.origin}/icon/32`)).body();
  expect(iconAfter.subarray(1, 4).toString()).toBe("PNG");
  expect(Buffer.compare(iconBefore, iconAfter), "the icon is no longer the initials").not.toBe(0);
});

test("the header and footer link only to the firm's pages that are published", async ({ own, request }) => {
  const { server, page } = own;
  const home = `${server.origin}/`;
  const aboutId = readDb<{ id: number }>(server.dbFile, "select id from posts where kind = 'page' and slug = 'about'")[0]!.id;
  expect(await html(request, home)).toContain('href="/about"');

  await page.goto(`/admin/posts/${aboutId}`);
  await page.getByText("Move to trash…").click();
  await page.getByRole("button", { name: "Yes, move to trash" }).click();
  await expect(page.getByText(/is in the trash/)).toBeVisible();

  const after = await html(request, home);
  expect(after).not.toContain('href="/about"');
  expect(after).toContain('href="/privacy"');
  expect((await request.get(`${server.origin}/about`)).status()).toBe(404);
});
