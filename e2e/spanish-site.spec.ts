import { expect, test, type Page } from "@playwright/test";
import { expectAccessible } from "./accessibility";
import { changeDb, queryDb } from "./database";
import { MIN_FILL_MS, ownContextAddress, uniqueName } from "./inquiry-form";
import { signIn } from "./sign-in";
import { sitemapFiles } from "./sitemap";

// The Spanish site under /es (issue 24): its pages in Spanish with <html lang="es">, the
// posts the firm translated (and only those), hreflang only between real translations, the
// intake form in Spanish with and without JavaScript, and its inquiry marked Spanish with the
// Spanish notice in its consent record.

test.beforeEach(async ({ context }) => {
  await ownContextAddress(context);
});

const BOND = { en: "/blog/how-does-bond-work", es: "/es/blog/como-funciona-la-fianza" };

/** The page's hreflang alternates, by language. */
async function alternates(page: Page): Promise<Record<string, string>> {
  const links = await page.locator('head link[rel="alternate"][hreflang]').evaluateAll((elements) =>
    elements.map((element) => [element.getAttribute("hreflang")!, new URL(element.getAttribute("href")!).pathname] as const),
  );
  return Object.fromEntries(links);
}

function spanishSetting(key: string): string {
  const [row] = queryDb<{ value: string }>("select value from settings where key = ?", key);
  return row ? (JSON.parse(row.value) as string) : "";
}

/** Fills the Spanish form with the short path's answers, as a person would. */
async function fillSpanishForm(page: Page, name: string) {
  await page.getByLabel("Su nombre").fill(name);
  await page.getByRole("textbox", { name: "Teléfono" }).fill("(555) 010-0188");
  await page.getByLabel("¿Qué pasó?").fill("Arrestaron a mi hijo el viernes.");
  await page.getByRole("group", { name: /detenida/ }).getByLabel("No arrestada", { exact: true }).check();
  await page.getByLabel("Leí este aviso").check();
}

test("home → a translated post → the Spanish form → the Spanish confirmation; the inbox marks it Spanish with the Spanish notice", async ({ page }) => {
  await page.goto("/es");
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
  const nav = page.getByRole("navigation", { name: "Principal" });
  await expect(nav.getByRole("link", { name: "Contacto" })).toHaveAttribute("href", "/es/contact");
  // The About page and the lawyer's page are the Spanish ones, at their own addresses.
  await expect(nav.getByRole("link", { name: "Quiénes somos" })).toHaveAttribute("href", "/es/quienes-somos");
  await expect(nav.getByRole("link", { name: "Abogado", exact: true })).toHaveAttribute("href", "/es/attorneys/jordan-avery");
  expect(await alternates(page)).toEqual({ en: "/", es: "/es", "x-default": "/" });
  await expectAccessible(page);

  await page.getByRole("link", { name: "¿Cómo funciona la fianza?" }).click();
  await expect(page).toHaveURL(BOND.es);
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("¿Cómo funciona la fianza?");
  await expect(page.getByRole("complementary", { name: "Aviso legal" })).toContainText("Este artículo es información general");
  await expect(page.locator('meta[property="og:locale"]')).toHaveAttribute("content", "es_US");
  expect(await alternates(page)).toEqual({ en: BOND.en, es: BOND.es, "x-default": BOND.en });
  const jsonLd = await page.locator('script[type="application/ld+json"]').first().textContent();
  expect(jsonLd).toContain('"inLanguage":"es-US"');
  await expectAccessible(page);

  // The switch leads to the same content in the other language, and back.
  await page.getByRole("link", { name: "Read in English" }).click();
  await expect(page).toHaveURL(BOND.en);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("How does bond work?");
  expect(await alternates(page)).toEqual({ en: BOND.en, es: BOND.es, "x-default": BOND.en });
  await page.getByRole("link", { name: "Leer en español" }).click();
  await expect(page).toHaveURL(BOND.es);

  await page.goto("/es/contact");
  const opened = Date.now();
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
  const notice = page.getByRole("region", { name: "Antes de enviar" });
  await expect(notice).toContainText(spanishSetting("esConsentText"));
  await expectAccessible(page);
  const name = uniqueName("Rosa");
  await fillSpanishForm(page, name);
  await page.waitForTimeout(Math.max(0, MIN_FILL_MS + 300 - (Date.now() - opened)));
  await page.getByRole("button", { name: "Enviar mensaje" }).click();
  await expect(page).toHaveURL(/\/es\/contact\/sent\?ref=/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Gracias: recibimos su mensaje");
  const reference = (await page.locator("strong.font-mono").textContent())?.trim() ?? "";
  await expectAccessible(page);

  const [row] = queryDb<{ reference: string; language: string; consent_text: string }>("select reference, language, consent_text from inquiries where name = ?", name);
  expect(row).toEqual({ reference, language: "es", consent_text: spanishSetting("esConsentText") });

  await signIn(page, undefined, "/admin/inquiries");
  await page.goto("/admin/inquiries?language=es");
  const listed = page.locator(`tr[data-reference="${reference}"]`);
  await expect(listed).toContainText("Spanish");
  await page.goto("/admin/inquiries?language=en");
  await expect(page.locator(`tr[data-reference="${reference}"]`)).toHaveCount(0);
  // On a phone the inbox is cards, and the card says so too.
  await page.setViewportSize({ width: 375, height: 812 });
  await page.goto("/admin/inquiries?language=es");
  await expect(page.locator(`li[data-reference="${reference}"]`)).toContainText("Spanish");
  await page.setViewportSize({ width: 1280, height: 800 });
  await listed.getByRole("link", { name: reference }).click();
  await expect(page.getByText("Inquiry in Spanish", { exact: true })).toBeVisible();
  // The firm's mail says the inquiry is in Spanish (and, as ever, nothing the person wrote).
  await expect(page.getByText(`New inquiry in Spanish ${reference}`)).toBeVisible();
  await expect(page.locator("[data-consent-text]")).toHaveText(spanishSetting("esConsentText"));
});

test("only translations are paired: an English-only post has no alternates and no switch, and is not on the Spanish blog", async ({ page }) => {
  await page.goto("/blog/what-to-do-right-after-an-arrest");
  expect(await alternates(page)).toEqual({});
  await expect(page.getByRole("link", { name: "Leer en español" })).toHaveCount(0);
  await page.goto("/es/blog");
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
  const titles = await page.getByRole("main").getByRole("heading", { level: 2 }).allTextContents();
  expect(titles.sort()).toEqual(["¿Cómo funciona la fianza?", "¿Debo hablar con la policía?", "¿Puede la víctima retirar la acusación?"]);
  expect(await alternates(page)).toEqual({ en: "/blog", es: "/es/blog", "x-default": "/blog" });
  await expectAccessible(page);

  await page.goto("/privacy");
  expect(await alternates(page)).toEqual({ en: "/privacy", es: "/es/privacidad", "x-default": "/privacy" });
  await page.getByRole("link", { name: "Leer en español" }).click();
  await expect(page).toHaveURL("/es/privacidad");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Política de privacidad");
  await expectAccessible(page);
});

test("unknown language segments and Spanish addresses that do not exist are 404 pages in the site's layout", async ({ page }) => {
  const french = await page.goto("/fr/blog");
  expect(french?.status()).toBe(404);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("We couldn’t find that page");
  await expect(page.getByRole("banner")).toBeVisible();

  const missing = await page.goto("/es/blog/no-existe");
  expect(missing?.status()).toBe(404);
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("No encontramos esa página");
  await expectAccessible(page);
  // An English post's slug under /es is not a Spanish page either.
  expect((await page.goto("/es/blog/how-does-bond-work"))?.status()).toBe(404);
});

test("Spanish search finds “acusación” with or without the accent", async ({ page }) => {
  for (const query of ["acusación", "acusacion"]) {
    await page.goto(`/es/search?q=${encodeURIComponent(query)}`);
    await expect(page.getByRole("list", { name: "Resultados de la búsqueda" }).getByRole("link", { name: "¿Puede la víctima retirar la acusación?" })).toBeVisible();
  }
  await expectAccessible(page);
});

test("the sitemap lists both languages with their alternates, and the Spanish feed is in Spanish", async ({ request }) => {
  const sitemap = (await sitemapFiles(request, "/sitemap.xml")).join("\n");
  expect(sitemap).toContain(`/es/blog/como-funciona-la-fianza</loc>`);
  expect(sitemap).toMatch(/hreflang="es"\s+href="[^"]+\/es\/blog\/como-funciona-la-fianza"/);
  const feed = await request.get("/es/feed.xml");
  expect(feed.headers()["content-type"]).toContain("application/rss+xml");
  const xml = await feed.text();
  expect(xml).toContain("<language>es-us</language>");
  expect(xml).toContain("/es/blog/como-funciona-la-fianza</link>");
  expect(xml).not.toContain("/blog/what-to-do-right-after-an-arrest");
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the Spanish form answers in Spanish, then sends to the Spanish confirmation", async ({ page }) => {
    await page.goto("/es/contact");
    const opened = Date.now();
    await page.getByRole("button", { name: "Enviar mensaje" }).click();
    await expect(page.getByRole("alert").or(page.locator("#inquiry-problems"))).toContainText("Por favor, revise estas respuestas");
    await expect(page.getByRole("main")).toContainText("Por favor, díganos su nombre.");
    await expect(page).toHaveTitle(/^Error: Contacto/);
    await expect(page.locator("html")).toHaveAttribute("lang", "es");
    const name = uniqueName("Lucía");
    await fillSpanishForm(page, name);
    await page.waitForTimeout(Math.max(0, MIN_FILL_MS + 300 - (Date.now() - opened)));
    await page.getByRole("button", { name: "Enviar mensaje" }).click();
    await expect(page).toHaveURL(/\/es\/contact\/sent\?ref=/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Gracias: recibimos su mensaje");
    expect(queryDb<{ language: string }>("select language from inquiries where name = ?", name)).toEqual([{ language: "es" }]);
  });
});

test("the admin shows which posts have a Spanish version, and marks one the English changed after as needing an update", async ({ page }) => {
  await signIn(page, undefined, "/admin/posts");
  const row = (title: string) => page.locator("tr", { has: page.getByRole("link", { name: title, exact: true }) });
  // Found by the list's search: other journeys' posts push the demo posts off its first page.
  const find = (title: string) => page.goto(`/admin/posts?q=${encodeURIComponent(title)}`);
  await find("How does bond work?");
  await expect(row("How does bond work?").locator("[data-translation]")).toHaveText("Spanish version");
  await find("What happens at a first appearance or arraignment?");
  await expect(row("What happens at a first appearance or arraignment?").locator("[data-translation]")).toHaveText("Add Spanish version");

  // A draft Spanish version, written by the firm: the Spanish site does not show it.
  await row("What happens at a first appearance or arraignment?").getByRole("link", { name: "Add Spanish version" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Spanish version of");
  await page.getByLabel("Spanish title").fill("¿Qué pasa en la primera audiencia?");
  await page.getByLabel(/Spanish text/).fill("<p>Borrador de la traducción.</p><script>alert(1)</script>");
  await page.getByRole("button", { name: "Save the Spanish version" }).click();
  await expect(page.getByText("Spanish version saved as a draft")).toBeVisible();
  const [saved] = queryDb<{ id: number; post_id: number; slug: string; body_html: string; status: string }>(
    "select t.id, t.post_id, t.slug, t.body_html, t.status from post_translations t join posts p on p.id = t.post_id where p.slug = 'what-happens-at-an-arraignment'",
  );
  expect(saved).toMatchObject({ slug: "que-pasa-en-la-primera-audiencia", status: "draft" });
  expect(saved!.body_html).not.toContain("script");
  expect((await page.goto("/es/blog/que-pasa-en-la-primera-audiencia"))?.status()).toBe(404);

  // The English content changes after the Spanish was saved: "needs update", in the list and on its page.
  const [before] = queryDb<{ content_updated_at: number | null }>("select content_updated_at from posts where id = ?", saved!.post_id);
  changeDb("update posts set content_updated_at = ? where id = ?", Date.now() + 60_000, saved!.post_id);
  try {
    await find("What happens at a first appearance or arraignment?");
    await expect(row("What happens at a first appearance or arraignment?").locator("[data-translation]")).toHaveText("Spanish: needs update");
    await row("What happens at a first appearance or arraignment?").getByRole("link", { name: "Spanish: needs update" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Needs update" })).toBeVisible();
    await expectAccessible(page);
  } finally {
    changeDb("update posts set content_updated_at = ? where id = ?", before!.content_updated_at, saved!.post_id);
  }
  await page.getByRole("button", { name: "Remove the Spanish version" }).click();
  await expect(page.getByText("The Spanish version was removed.")).toBeVisible();
  expect(queryDb("select id from post_translations where id = ?", saved!.id)).toEqual([]);
});

test("the Spanish settings page says which notices are missing", async ({ page }) => {
  await signIn(page, undefined, "/admin/settings/spanish");
  await expect(page.getByText("Every notice is written in Spanish.")).toBeVisible();
  await expect(page.getByLabel("Contact form notice people agree to")).toHaveValue(spanishSetting("esConsentText"));
  await expectAccessible(page);
});
