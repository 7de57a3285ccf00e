import { Secret, TOTP } from "otpauth";
import { expect, test, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { freePort } from "../scripts/free-port";
import { expectAccessible } from "./accessibility";
import { readDb, startOwnServer, type OwnServer } from "./own-server";
import { addEditor, OWNER, type Account } from "./sign-in";

// Second factors, sessions and password rules on "Your account", in Chromium. A server of
// this file's own at http://localhost:PORT: passkeys need a name for the site (an address
// like 127.0.0.1 cannot be a WebAuthn relying party).

test.describe.configure({ mode: "serial" });

let server: OwnServer;
test.beforeAll(async () => {
  const free = await freePort();
  // TRUST_PROXY, so a journey can speak as other clients (x-forwarded-for) beside the browser.
  server = await startOwnServer({ port: free, env: { SITE_URL: `http://localhost:${free}`, TRUST_PROXY: "1" } });
});
test.afterAll(async () => {
  await server?.stop();
});

async function newPage(browser: Browser, width = 1280): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ baseURL: server.origin, viewport: { width, height: 900 } });
  return { context, page: await context.newPage() };
}

async function passwordStep(page: Page, account: Account) {
  await page.goto("/admin/login");
  await page.getByLabel("Email").fill(account.email);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

async function signOut(page: Page) {
  // On a phone "Sign out" sits in the header's menu.
  const menu = page.getByRole("banner").locator("summary", { hasText: "Menu" });
  if (await menu.isVisible()) await menu.click();
  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await expect(page).toHaveURL(/\/admin\/login/);
}

let editor: Account;
let editorCodes: string[] = [];

test("an editor turns on an authenticator app; sign-in then asks for a code, and takes each recovery code once", async ({ browser }) => {
  test.setTimeout(60_000);
  const owner = await newPage(browser);
  await passwordStep(owner.page, OWNER);
  await expect(owner.page).toHaveURL(/\/admin$/);
  editor = await addEditor(owner.page, "Tess Totp");
  await owner.context.close();

  const { context, page } = await newPage(browser, 390);
  await passwordStep(page, editor);
  await expect(page).toHaveURL(/\/admin$/);
  // The offer, until a second factor is set.
  await expect(page.getByTestId("second-factor-offer")).toBeVisible();
  await page.getByRole("link", { name: "Add a second factor" }).click();
  await expect(page).toHaveURL(/\/admin\/account/);
  await expectAccessible(page);

  await page.getByRole("button", { name: "Set up an authenticator app" }).click();
  await expect(page.getByRole("img", { name: "QR code for your authenticator app" })).toBeVisible();
  const secret = (await page.getByTestId("totp-secret").textContent())!.trim();
  const app = new TOTP({ secret: Secret.fromBase32(secret) });
  await page.getByLabel("Code from the app").fill("000000" === app.generate() ? "111111" : "000000");
  await page.getByRole("button", { name: "Turn on" }).click();
  await expect(page.getByText("That code didn’t match.")).toBeVisible();
  await page.getByLabel("Code from the app").fill(app.generate());
  await page.getByRole("button", { name: "Turn on" }).click();
  await expect(page.getByText("Your authenticator app is on.")).toBeVisible();
  const codes = await page.getByRole("list", { name: "Recovery codes" }).getByRole("listitem").allTextContents();
  expect(codes).toHaveLength(10);
  editorCodes = codes;
  await expectAccessible(page);
  await page.reload();
  await expect(page.getByTestId("second-factor-offer")).toHaveCount(0);
  await expect(page.getByText("10 unused.")).toBeVisible();
  await signOut(page);

  // The password alone is not enough now.
  await passwordStep(page, editor);
  await expect(page.getByRole("heading", { name: "Confirm it’s you" })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("Code from your authenticator app").fill("123 456");
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByTestId("login-error")).toContainText("That code or passkey didn’t work");
  // The next period's code (the one used to turn it on cannot be used again).
  await page.getByLabel("Code from your authenticator app").fill(app.generate({ timestamp: Date.now() + 30_000 }));
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page).toHaveURL(/\/admin$/);
  await signOut(page);

  await passwordStep(page, editor);
  await page.getByLabel("Code from your authenticator app").fill(codes[0]!);
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page).toHaveURL(/\/admin$/);
  await signOut(page);
  await passwordStep(page, editor);
  await page.getByLabel("Code from your authenticator app").fill(codes[0]!);
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByTestId("login-error")).toContainText("That code or passkey didn’t work");
  await context.close();
});

test("a new password is checked against common lists, the account's own email and name, and the current one", async ({ browser }) => {
  const { context, page } = await newPage(browser);
  await passwordStep(page, OWNER);
  await expect(page).toHaveURL(/\/admin$/);
  await page.goto("/admin/account");
  const attempts: [string, RegExp][] = [
    ["123456789012", /common passwords|Sequences/],
    ["passwordpassword", /common passwords|Repeated/],
    [OWNER.email, /email address or name/],
    [OWNER.password, /different from your current one/],
  ];
  for (const [password, message] of attempts) {
    await page.getByLabel("Current password").fill(OWNER.password);
    await page.getByLabel("New password").fill(password);
    await page.getByRole("button", { name: "Change password" }).click();
    await expect(page.locator("#newPassword-error")).toHaveText(message);
    // React resets the form once the answer is in; fill it again only then.
    await expect(page.getByLabel("New password")).toHaveValue("");
  }
  await context.close();
});

test("guessing the current password on the change form is throttled: five wrong, then locked", async ({ browser }) => {
  const { context, page } = await newPage(browser);
  await passwordStep(page, editor);
  await page.getByLabel("Code from your authenticator app").fill(editorCodes[1]!);
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page).toHaveURL(/\/admin$/);
  await page.goto("/admin/account");
  for (let i = 0; i < 5; i++) {
    await page.getByLabel("Current password").fill(`not my password ${i}`);
    await page.getByLabel("New password").fill("a fresh lantern by the sea");
    await page.getByRole("button", { name: "Change password" }).click();
    await expect(page.locator("#currentPassword-error")).toHaveText("That is not your current password.");
    await expect(page.getByLabel("New password")).toHaveValue("");
  }
  await page.getByLabel("Current password").fill(editor.password);
  await page.getByLabel("New password").fill("a fresh lantern by the sea");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.locator("#currentPassword-error")).toContainText("Try again in 15 minutes.");
  await context.close();
});

test("'Your account' lists where you are signed in; one session or every other can be signed out", async ({ browser }) => {
  const phone = await newPage(browser, 390);
  const laptop = await newPage(browser);
  const desk = await newPage(browser);
  for (const { page } of [phone, laptop, desk]) {
    await passwordStep(page, OWNER);
    await expect(page).toHaveURL(/\/admin$/);
  }
  await laptop.page.goto("/admin/account");
  const rows = laptop.page.getByTestId("session-row");
  const live = readDb<{ n: number }>(server.dbFile, "select count(*) n from sessions s join users u on u.id = s.user_id where u.email = ? and s.revoked_at is null", OWNER.email)[0]!.n;
  expect(live).toBeGreaterThanOrEqual(3);
  await expect(rows).toHaveCount(live);
  await expect(rows.filter({ hasText: "This device" })).toHaveCount(1);
  await expect(rows.first()).toContainText("Chrome on");
  await expect(rows.first()).toContainText("127.0.0.1");
  await expectAccessible(laptop.page);

  // Sign out the phone from the laptop: the phone is out, the desk stays in.
  const phoneSession = readDb<{ id: string }>(server.dbFile, "select id from sessions order by created_at desc limit 1 offset 2")[0]!.id;
  await laptop.page.locator(`form:has(input[name="sessionId"][value="${phoneSession}"])`).getByRole("button", { name: /^Sign out / }).click();
  await expect(laptop.page.getByText("Signed out that session.")).toBeVisible();
  await phone.page.goto("/admin");
  await expect(phone.page).toHaveURL(/\/admin\/login/);
  await desk.page.goto("/admin");
  await expect(desk.page).toHaveURL(/\/admin$/);

  await laptop.page.getByRole("button", { name: "Sign out everywhere else" }).click();
  await expect(laptop.page.getByText("Signed out everywhere else.")).toBeVisible();
  await desk.page.goto("/admin");
  await expect(desk.page).toHaveURL(/\/admin\/login/);
  await laptop.page.goto("/admin/account");
  await expect(laptop.page.getByTestId("session-row")).toHaveCount(1);
  for (const { context } of [phone, laptop, desk]) await context.close();
});

test("the owner adds a passkey (Chromium's virtual authenticator), signs in with it, and keeps a second factor", async ({ browser }) => {
  test.setTimeout(120_000);
  const { context, page } = await newPage(browser);
  const cdp = await context.newCDPSession(page);
  await cdp.send("WebAuthn.enable");
  await cdp.send("WebAuthn.addVirtualAuthenticator", {
    options: { protocol: "ctap2", transport: "internal", hasResidentKey: true, hasUserVerification: true, isUserVerified: true, automaticPresenceSimulation: true },
  });
  await passwordStep(page, OWNER);
  await expect(page).toHaveURL(/\/admin$/);
  await page.goto("/admin/account");
  await page.getByLabel("Name for a new passkey").fill("Office laptop");
  await page.getByRole("button", { name: "Add a passkey" }).click();
  await expect(page.getByText("Passkey added. Keep these recovery codes somewhere safe.")).toBeVisible();
  await expect(page.getByRole("list", { name: "Recovery codes" }).getByRole("listitem")).toHaveCount(10);
  await page.reload();
  await expect(page.getByText("Office laptop", { exact: true })).toBeVisible();

  // The owner's only second factor stays.
  await page.getByRole("button", { name: "Remove passkey Office laptop" }).click();
  await expect(page.getByText("The owner’s account keeps a second factor.")).toBeVisible();
  await signOut(page);

  await passwordStep(page, OWNER);
  await expect(page.getByRole("heading", { name: "Confirm it’s you" })).toBeVisible();
  // Between the browser's challenge and its answer, another client asks for 1,000 more: the
  // browser's challenge is still there when its passkey answers it.
  const flood = async () => {
    for (let i = 0; i < 1000; i += 50) {
      const batch = Array.from({ length: 50 }, () => page.request.post("/api/sign-in/passkey-options", { headers: { Origin: server.origin, "x-forwarded-for": "203.0.113.9" } }));
      for (const answer of await Promise.all(batch)) expect(answer.status()).toBe(200);
    }
  };
  await page.route("**/api/sign-in/passkey-options", async (route) => {
    const response = await route.fetch();
    await flood();
    await route.fulfill({ response });
  });
  await page.getByRole("button", { name: "Use your passkey" }).click();
  // The flood takes several seconds before the browser gets its challenge.
  await expect(page).toHaveURL(/\/admin$/, { timeout: 60_000 });
  const [key] = readDb<{ name: string; last_used_at: number | null }>(server.dbFile, "select name, last_used_at from passkeys");
  expect(key).toMatchObject({ name: "Office laptop", last_used_at: expect.any(Number) });
  await context.close();
});
