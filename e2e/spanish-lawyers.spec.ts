import { expect, test, type Page } from "@playwright/test";
import Database from "better-sqlite3";
import { expectAccessible } from "./accessibility";
import { queryDb } from "./database";
import { ownContextAddress, uniqueName } from "./inquiry-form";
import { readDb, startOwnServer, type OwnServer } from "./own-server";
import { signIn } from "./sign-in";
import { sitemapFiles } from "./sitemap";

// The Spanish site's lawyers and topics (issue 24): a lawyer's page in Spanish exists only
// when the firm wrote their bio in Spanish, bylines on Spanish pages lead to it (else to the
// English page, said to be English), and a Spanish tag page lists only the tag's translated
// posts. hreflang pairs only where both pages exist.

test.beforeEach(async ({ context }) => {
  await ownContextAddress(context);
});

const BOND_ES = "/es/blog/como-funciona-la-fianza";
const SPANISH_POSTS = ["¿Cómo funciona la fianza?", "¿Debo hablar con la policía?", "¿Puede la víctima retirar la acusación?"];

/** The page's hreflang alternates, by language. */
async function alternates(page: Page): Promise<Record<string, string>> {
  const links = await page.locator('head link[rel="alternate"][hreflang]').evaluateAll((elements) =>
    elements.map((element) => [element.getAttribute("hreflang")!, new URL(element.getAttribute("href")!).pathname] as const),
  );
  return Object.fromEntries(links);
}

/** Each listed post's title link, byline links and dates (one of each per item, as every list). */
async function listedPosts(page: Page) {
  return page
    .getByRole("main")
    .locator("li article")
    .evaluateAll((articles) =>
      articles.map((article) => ({
        title: article.querySelector("h2 a, h3 a")?.textContent ?? "",
        href: article.querySelector("h2 a, h3 a")?.getAttribute("href") ?? "",
        bylines: article.querySelectorAll("p > span > a").length,
        dates: article.querySelectorAll("time").length,
      })),
    );
}

// A server of its own for the lawyer added here: a second lawyer changes every later post's
// default byline, which the shared server's other journeys must not see (as e2e/bylines.spec.ts).
let own: OwnServer;
test.afterAll(async () => {
  await own?.stop();
});

test("the owner writes a lawyer's Spanish bio: the Spanish page appears, in Spanish, paired with the English one; it needs an update when the English bio changes", async ({ browser }) => {
  own = await startOwnServer();
  const context = await browser.newContext({ baseURL: own.origin });
  await ownContextAddress(context);
  const page = await context.newPage();
  const queryDb = <T>(sql: string, ...params: unknown[]) => readDb<T>(own.dbFile, sql, ...params);
  const changeDb = (sql: string, ...params: unknown[]) => {
    const sqlite = new Database(own.dbFile, { fileMustExist: true });
    try {
      sqlite.pragma("busy_timeout = 5000");
      sqlite.prepare(sql).run(...params);
    } finally {
      sqlite.close();
    }
  };
  const name = uniqueName("Marisol");
  await signIn(page, undefined, "/admin/profiles");
  await page.getByLabel("Name on the byline").fill(name);
  await page.getByLabel("Title", { exact: true }).fill("Attorney");
  await page.getByLabel("Short bio").fill("Marisol defends people charged with drug offenses.\n\nShe grew up in Montgomery.");
  await page.getByLabel("Languages spoken").fill("English, Spanish");
  await page.getByRole("button", { name: "Add profile" }).click();
  await expect(page).toHaveURL(/\/admin\/profiles\/\d+\?added=1$/);
  const [profile] = queryDb<{ id: number; slug: string; listed: number }>("select id, slug, listed from profiles where display_name = ?", name);
  expect(profile!.listed).toBe(1);
  const english = `/attorneys/${profile!.slug}`;
  const spanish = `/es/attorneys/${profile!.slug}`;

  // No Spanish bio yet: no Spanish page, no pair, no switch.
  const before = await page.goto(spanish);
  expect(before?.status()).toBe(404);
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("No encontramos esa página");
  await page.goto(english);
  expect(await alternates(page)).toEqual({});
  await expect(page.getByRole("link", { name: "Leer en español" })).toHaveCount(0);

  await page.goto(`/admin/profiles/${profile!.id}`);
  await page.getByRole("link", { name: "Add Spanish version" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Spanish bio of ${name}`);
  await page.getByLabel("Spanish title (optional)").fill("Abogada");
  await page.getByLabel("Spanish bio").fill("Marisol defiende a personas acusadas de delitos de drogas.\n\nCreció en Montgomery.");
  await page.getByRole("button", { name: "Save the Spanish bio" }).click();
  await expect(page.getByText("Spanish bio saved.")).toBeVisible();
  await expectAccessible(page);
  expect(queryDb("select language, title from profile_translations where profile_id = ?", profile!.id)).toEqual([{ language: "es", title: "Abogada" }]);

  // The cached pages show it on the very next request.
  const response = await page.goto(spanish);
  expect(response?.status()).toBe(200);
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
  await expect(page.getByText("Abogada", { exact: true })).toBeVisible();
  await expect(page.getByText("Marisol defiende a personas acusadas de delitos de drogas.")).toBeVisible();
  await expect(page.getByText("Creció en Montgomery.")).toBeVisible();
  await expect(page.getByText("Marisol defends people")).toHaveCount(0);
  await expect(page.getByText("Idiomas:")).toBeVisible();
  // What the firm wrote only in English is said to be English.
  await expect(page.locator("dd", { hasText: "English, Spanish" })).toHaveAttribute("lang", "en");
  await expect(page.getByRole("main").getByRole("link", { name: "Envíenos un mensaje" }).first()).toHaveAttribute("href", "/es/contact");
  await expect(page.getByRole("region", { name: `Artículos de ${name} en español` })).toContainText("Todavía no hay artículos suyos en español.");
  expect(await alternates(page)).toEqual({ en: english, es: spanish, "x-default": english });
  await expectAccessible(page);

  await page.getByRole("link", { name: "Read in English" }).click();
  await expect(page).toHaveURL(english);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  expect(await alternates(page)).toEqual({ en: english, es: spanish, "x-default": english });
  await expect(page.getByRole("link", { name: "Leer en español" })).toHaveAttribute("href", spanish);

  // The English bio changes: the Spanish one is marked as needing an update, in the list and on its page.
  changeDb("update profiles set bio = ? where id = ?", "Marisol defends people charged with drug offenses and DUI.", profile!.id);
  await page.goto("/admin/profiles");
  const row = page.locator("tr", { has: page.getByRole("link", { name, exact: true }) });
  await expect(row.locator("[data-translation]")).toHaveText("Spanish: needs update");
  await row.getByRole("link", { name: "Spanish: needs update" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Needs update" })).toBeVisible();
  await page.getByRole("button", { name: "Save the Spanish bio" }).click();
  await expect(page.getByText("Spanish bio saved.")).toBeVisible();
  await page.goto("/admin/profiles");
  await expect(row.locator("[data-translation]")).toHaveText("Spanish version");
  await context.close();
});

test("the demo lawyer's Spanish page lists only their Spanish posts, and Spanish bylines lead to it (else to the English page, said to be English)", async ({ page }) => {
  await page.goto("/es/attorneys/jordan-avery");
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
  const posts = page.getByRole("region", { name: "Artículos de Jordan Avery en español" });
  const titles = await posts.getByRole("heading", { level: 3 }).allTextContents();
  expect(titles.sort()).toEqual(SPANISH_POSTS);
  for (const post of await listedPosts(page)) {
    expect(post.href).toMatch(/^\/es\/blog\//);
    expect(post).toMatchObject({ bylines: 1, dates: 1 });
  }
  await expectAccessible(page);

  // The Spanish About page introduces the lawyer with the Spanish bio, leading to the Spanish page.
  await page.goto("/es/quienes-somos");
  const lawyers = page.getByRole("region", { name: /^(Su abogado|Nuestros abogados)$/ });
  await expect(lawyers.getByRole("link", { name: "Jordan Avery", exact: true })).toHaveAttribute("href", "/es/attorneys/jordan-avery");
  await expect(lawyers).not.toContainText("Jordan Avery is a made-up lawyer");
  await expectAccessible(page);

  await page.goto(BOND_ES);
  const byline = page.getByRole("main").getByRole("link", { name: "Jordan Avery", exact: true }).first();
  await expect(byline).toHaveAttribute("href", "/es/attorneys/jordan-avery");
  await expect(byline).not.toHaveAttribute("hreflang", /./);

  // Without the Spanish bio, the byline leads to the English page and says so.
  await signIn(page, undefined, "/admin/profiles");
  const [jordan] = queryDb<{ id: number }>("select id from profiles where slug = 'jordan-avery'");
  const [saved] = queryDb<{ title: string; bio: string }>("select title, bio from profile_translations where profile_id = ?", jordan!.id);
  await page.goto(`/admin/profiles/${jordan!.id}/spanish`);
  await page.getByRole("button", { name: "Remove the Spanish bio" }).click();
  await expect(page.getByText("The Spanish bio was removed")).toBeVisible();
  try {
    expect((await page.goto("/es/attorneys/jordan-avery"))?.status()).toBe(404);
    await page.goto("/attorneys/jordan-avery");
    expect(await alternates(page)).toEqual({});
    await page.goto(BOND_ES);
    const english = page.getByRole("main").getByRole("link", { name: "Jordan Avery", exact: true }).first();
    await expect(english).toHaveAttribute("href", /^\/(attorneys\/jordan-avery|about)$/);
    await expect(english).toHaveAttribute("hreflang", "en");
    await expect(english).toHaveAttribute("lang", "en");
  } finally {
    await page.goto(`/admin/profiles/${jordan!.id}/spanish`);
    await page.getByLabel("Spanish title (optional)").fill(saved!.title);
    await page.getByLabel("Spanish bio").fill(saved!.bio);
    await page.getByRole("button", { name: "Save the Spanish bio" }).click();
    await expect(page.getByText("Spanish bio saved.")).toBeVisible();
  }
  expect((await page.goto("/es/attorneys/jordan-avery"))?.status()).toBe(200);
});

test("a Spanish tag page lists only the tag's translated posts, paired with the English tag page; a tag with none has no Spanish page", async ({ page }) => {
  const court = await page.goto("/es/blog/tag/court");
  expect(court?.status()).toBe(200);
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Corte");
  const listed = await listedPosts(page);
  expect(listed.map((post) => post.title)).toEqual(["¿Puede la víctima retirar la acusación?"]);
  expect(listed).toEqual([expect.objectContaining({ href: "/es/blog/puede-la-victima-retirar-la-acusacion", bylines: 1, dates: 1 })]);
  await expect(page.getByText("Un artículo en español sobre este tema.")).toBeVisible();
  expect(await alternates(page)).toEqual({ en: "/blog/tag/court", es: "/es/blog/tag/court", "x-default": "/blog/tag/court" });
  await expectAccessible(page);

  // The switch leads to the English tag page, which lists every public post of the tag and has the same pair.
  await page.getByRole("link", { name: "Read in English" }).click();
  await expect(page).toHaveURL("/blog/tag/court");
  await expect(page.getByRole("link", { name: "Leer en español" })).toHaveAttribute("href", "/es/blog/tag/court");
  expect((await listedPosts(page)).length).toBeGreaterThan(1);
  expect(await alternates(page)).toEqual({ en: "/blog/tag/court", es: "/es/blog/tag/court", "x-default": "/blog/tag/court" });

  // DUI has public posts, none of them in Spanish.
  await page.goto("/blog/tag/dui");
  expect(await alternates(page)).toEqual({});
  await expect(page.getByRole("link", { name: "Leer en español" })).toHaveCount(0);
  const dui = await page.goto("/es/blog/tag/dui");
  expect(dui?.status()).toBe(404);
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("No encontramos esa página");

  // A Spanish post's topics lead to the Spanish tag pages, in Spanish.
  await page.goto(BOND_ES);
  const topics = page.getByRole("navigation", { name: "Temas" });
  await expect(topics.getByRole("link", { name: "Fianza" })).toHaveAttribute("href", "/es/blog/tag/bond");
  await topics.getByRole("link", { name: "Arrestos" }).click();
  await expect(page).toHaveURL("/es/blog/tag/arrests");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Arrestos");
});

test("a tag without a Spanish name shows its own, marked as English; the owner names it in Tags", async ({ page }) => {
  await signIn(page, undefined, "/admin/tags");
  const field = page.getByLabel("Spanish name for Bond (optional)", { exact: true });
  await expect(field).toHaveValue("Fianza");
  const form = page.locator("form", { has: field });
  await field.fill("");
  await form.getByRole("button", { name: "Save" }).click();
  await expect(form.getByText("Spanish name removed")).toBeVisible();
  expect(queryDb("select t.name from tag_translations t join tags g on g.id = t.tag_id where g.slug = 'bond'")).toEqual([]);
  try {
    await page.goto("/es/blog/tag/bond");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Bond");
    await expect(page.getByRole("heading", { level: 1 })).toHaveAttribute("lang", "en");
    await page.goto(BOND_ES);
    await expect(page.getByRole("navigation", { name: "Temas" }).getByRole("link", { name: "Bond" })).toHaveAttribute("lang", "en");
    await expectAccessible(page);
  } finally {
    await page.goto("/admin/tags");
    await field.fill("Fianza");
    await form.getByRole("button", { name: "Save" }).click();
    await expect(form.getByText("Spanish name saved.")).toBeVisible();
  }
  await page.goto("/es/blog/tag/bond");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Fianza");
});

test("the Spanish blog offers the English-only posts as the English blog, without listing them", async ({ page }) => {
  await page.goto("/es/blog");
  const offer = page.locator("[data-other-language-blog]");
  await expect(offer).toContainText("Tenemos más artículos que todavía solo están en inglés:");
  const link = offer.getByRole("link", { name: "Read the English blog" });
  await expect(link).toHaveAttribute("href", "/blog");
  await expect(link).toHaveAttribute("lang", "en");
  await expect(link).toHaveAttribute("hreflang", "en");
  const titles = (await listedPosts(page)).map((post) => post.title);
  expect(titles.sort()).toEqual(SPANISH_POSTS);
});

test("the sitemap pairs the lawyers' and tags' pages that exist in both languages", async ({ request }) => {
  const sitemap = (await sitemapFiles(request, "/sitemap.xml")).join("\n");
  expect(sitemap).toContain("/es/attorneys/jordan-avery</loc>");
  expect(sitemap).toMatch(/hreflang="es"\s+href="[^"]+\/es\/attorneys\/jordan-avery"/);
  expect(sitemap).toContain("/es/blog/tag/bond</loc>");
  expect(sitemap).toMatch(/hreflang="es"\s+href="[^"]+\/es\/blog\/tag\/bond"/);
  expect(sitemap).not.toContain("/es/blog/tag/dui<");
});
