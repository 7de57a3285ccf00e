import { expect, test, type Page } from "@playwright/test";
import { expectAccessible } from "./accessibility";
import { queryDb } from "./database";
import { addEditor, assignOwnAddress, OWNER, signIn } from "./sign-in";

const GENERIC_ERROR = "That email and password don’t match an account.";

async function tryLogin(page: Page, email: string, password: string) {
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

test("a wrong password or an unknown email gets one generic message", async ({ page }) => {
  await assignOwnAddress(page);
  await page.goto("/admin/login");
  await expectAccessible(page);
  await tryLogin(page, OWNER.email, "not the right password");
  await expect(page.getByTestId("login-error")).toHaveText(GENERIC_ERROR);
  await tryLogin(page, "nobody@firm.test", "not the right password");
  await expect(page.getByTestId("login-error")).toHaveText(GENERIC_ERROR);
  await expect(page).toHaveURL(/\/admin\/login/);
});

test("five failures lock the account for this address, and the person sees how long to wait", async ({ page, browser }) => {
  const address = await assignOwnAddress(page);
  await page.goto("/admin/login");
  for (let i = 1; i <= 4; i++) {
    await tryLogin(page, OWNER.email, `wrong password ${i}`);
    await expect(page.getByTestId("login-error")).toHaveText(GENERIC_ERROR);
  }
  await tryLogin(page, OWNER.email, "wrong password 5");
  await expect(page.getByTestId("login-error")).toContainText("Try again in 15 minutes.");
  // Even the right password is refused from here while the lock lasts…
  await tryLogin(page, OWNER.email, OWNER.password);
  await expect(page.getByTestId("login-error")).toContainText(/Try again in 1[45] minutes\./);
  await expect(page).toHaveURL(/\/admin\/login/);

  // …and every attempt is in the log, with neither the address nor the email in plain.
  // Other journeys sign in as the owner meanwhile, from other addresses: read this
  // address's rows only (the locked attempt is this journey's, so its hash names it).
  const [locked] = queryDb<{ address_hash: string; key_hash: string }>(
    "select address_hash, key_hash from login_attempts where outcome = 'locked' order by id desc limit 1",
  );
  expect(locked!.address_hash).not.toContain(address);
  expect(locked!.key_hash).not.toContain("firm.test");
  const rows = queryDb<{ outcome: string }>("select outcome from login_attempts where address_hash = ? order by id", locked!.address_hash);
  expect(rows.map((r) => r.outcome)).toEqual(["failure", "failure", "failure", "failure", "failure", "locked"]);

  // From another address the owner can still sign in.
  const other = await (await browser.newContext()).newPage();
  await signIn(other, OWNER);
  await other.close();
});

test("a visitor without a session is sent to the login and comes back after signing in", async ({ page }) => {
  await assignOwnAddress(page);
  await page.goto("/admin/settings");
  await expect(page).toHaveURL(/\/admin\/login\?next=%2Fadmin%2Fsettings$/);
  await tryLogin(page, OWNER.email, OWNER.password);
  await expect(page).toHaveURL(/\/admin\/settings$/);
  await expect(page.getByRole("heading", { name: "Firm settings" })).toBeVisible();
  await expectAccessible(page);
});

test("signing out ends the session for real: the old cookie is refused", async ({ page, browser }) => {
  await signIn(page);
  const cookies = await page.context().cookies();
  expect(cookies.find((c) => c.name === "next-auth.session-token")).toMatchObject({ httpOnly: true, sameSite: "Lax" });

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/admin\/login/);

  const replay = await browser.newContext();
  await replay.addCookies(cookies);
  const old = await replay.newPage();
  await old.goto("/admin/account");
  await expect(old).toHaveURL(/\/admin\/login/);
  const response = await replay.request.get("/admin/account", { maxRedirects: 0 });
  expect(response.status()).toBe(307);
  await replay.close();
});

test("an editor works on posts but cannot reach inquiries, users or settings", async ({ page, browser }) => {
  await signIn(page);
  const editor = await addEditor(page, "Eddie Editor");
  await expectAccessible(page);
  expect(queryDb<{ role: string }>("select role from users where email = ?", editor.email)[0]?.role).toBe("editor");

  const editorPage = await (await browser.newContext()).newPage();
  await signIn(editorPage, editor);
  const nav = editorPage.getByRole("navigation", { name: "Admin" });
  await expect(nav.getByRole("link", { name: "Posts" })).toBeVisible();
  await expect(nav.getByRole("link", { name: "Users" })).toHaveCount(0);
  await expect(nav.getByRole("link", { name: /Inquiries/ })).toHaveCount(0);
  for (const path of ["/admin/users", "/admin/settings", "/admin/inquiries", "/admin/inquiries/settings"]) {
    const response = await editorPage.goto(path);
    expect(response?.status(), path).toBe(403);
    await expect(editorPage.getByRole("heading", { name: "Only the owner can open this page" })).toBeVisible();
  }
  const csv = await editorPage.request.get("/admin/inquiries/export", { maxRedirects: 0 });
  expect(csv.status()).toBe(403);
  await editorPage.close();
});

test("a password change ends the user's other sessions; deactivation ends all of them", async ({ page, browser }) => {
  await signIn(page);
  const editor = await addEditor(page, "Rita Rotate");
  const first = await (await browser.newContext()).newPage();
  const second = await (await browser.newContext()).newPage();
  await signIn(first, editor);
  await signIn(second, editor);

  await first.goto("/admin/account");
  await expectAccessible(first);
  await first.getByLabel("Current password").fill(editor.password);
  await first.getByLabel("New password").fill("a brand new password");
  await first.getByRole("button", { name: "Change password" }).click();
  await expect(first.getByText("Password changed.")).toBeVisible();

  await second.goto("/admin");
  await expect(second).toHaveURL(/\/admin\/login/);
  await first.goto("/admin");
  await expect(first.getByRole("heading", { name: "Welcome, Rita Rotate" })).toBeVisible();

  // The owner deactivates the editor: the remaining session ends too, and sign-in fails.
  await page.goto("/admin/users");
  await page.getByRole("button", { name: "Deactivate Rita Rotate" }).click();
  await expect(page.getByRole("button", { name: "Reactivate Rita Rotate" })).toBeVisible();
  const reactivate = page.locator("form", { has: page.getByRole("button", { name: "Reactivate Rita Rotate" }) });
  await expect(reactivate.getByRole("status")).toHaveText("Rita Rotate is deactivated and was signed out everywhere.");
  await first.goto("/admin");
  await expect(first).toHaveURL(/\/admin\/login/);
  await tryLogin(first, editor.email, "a brand new password");
  await expect(first.getByTestId("login-error")).toHaveText(GENERIC_ERROR);
  await first.close();
  await second.close();
});

test("a deactivation the server refuses says why, beside the button, and changes nothing, with or without JavaScript", async ({ page, browser }) => {
  await signIn(page);
  await addEditor(page, "Sam Stale");
  const [owner] = queryDb<{ id: number }>("select id from users where email = ?", OWNER.email);
  // A stale or forged request: the form names another account than the one on its button.
  const refused = async (usersPage: Page, userId: number, message: string) => {
    const button = usersPage.getByRole("button", { name: "Deactivate Sam Stale" });
    const form = usersPage.locator("form", { has: button });
    await form.locator('input[name="userId"]').evaluate((input: HTMLInputElement, id) => (input.value = String(id)), userId);
    await button.click();
    await expect(form.getByRole("status")).toHaveText(message);
  };

  await page.goto("/admin/users");
  await refused(page, owner!.id, "You cannot deactivate your own account.");
  await expectAccessible(page);

  const withoutScripts = await browser.newContext({ javaScriptEnabled: false, storageState: await page.context().storageState() });
  const plain = await withoutScripts.newPage();
  await assignOwnAddress(plain);
  await plain.goto("/admin/users");
  await refused(plain, 999_999_999, "There is no such account. Reload the page to see the current list.");
  await withoutScripts.close();

  expect(queryDb("select active from users where email = ? or name = 'Sam Stale'", OWNER.email)).toEqual([{ active: 1 }, { active: 1 }]);
});

test("nothing under /admin answers without a session, whatever headers the request carries", async ({ playwright, baseURL }) => {
  const paths = ["/admin", "/admin/account", "/admin/users", "/admin/settings", "/admin/users?_rsc=abc"];
  const headerSets: Record<string, string>[] = [
    {},
    { "x-middleware-subrequest": "proxy:proxy:proxy:proxy:proxy" },
    { RSC: "1" },
    { RSC: "1", "Next-Router-Prefetch": "1" },
    // A cookie of the right name gets past proxy.ts: the page itself must refuse it.
    { Cookie: "next-auth.session-token=forged" },
    { Cookie: "next-auth.session-token=forged", RSC: "1", "x-middleware-subrequest": "proxy" },
  ];
  const request = await playwright.request.newContext({ baseURL });
  for (const path of paths) {
    for (const headers of headerSets) {
      const label = `${path} ${JSON.stringify(headers)}`;
      // Next answers an RSC request without a matching _rsc cache-buster with a 307 to
      // the same path plus one; follow those (same headers) to see the real answer.
      let response = await request.get(path, { headers, maxRedirects: 0 });
      for (let hop = 0; hop < 3 && response.status() === 307 && /[?&]_rsc/.test(response.headers().location ?? ""); hop++) {
        response = await request.get(response.headers().location!, { headers, maxRedirects: 0 });
      }
      const body = await response.text();
      expect(body, label).not.toContain("Sign out"); // the admin navigation
      if (response.status() === 200) {
        // An RSC payload carries the page's redirect inside it, with status 200.
        expect(body, label).toContain("NEXT_REDIRECT;replace;/admin/login");
      } else {
        expect([307, 401, 403], label).toContain(response.status());
        if (response.status() === 307) expect(response.headers().location, label).toContain("/admin/login");
      }
    }
  }
  await request.dispose();
});

test("an action sent after the session ended is refused with 401 and changes nothing", async ({ page }) => {
  await signIn(page);
  await page.goto("/admin/settings");
  const before = queryDb<{ value: string }>("select value from settings where key = 'firmName'")[0]?.value;
  await page.getByLabel("Firm name").fill("Hijacked Firm Name");
  await page.context().clearCookies();
  const response = page.waitForResponse((r) => r.request().method() === "POST" && r.url().includes("/admin/settings"));
  await page.getByRole("button", { name: "Save settings" }).click();
  expect((await response).status()).toBe(401);
  expect(queryDb<{ value: string }>("select value from settings where key = 'firmName'")[0]?.value).toBe(before);
});

test("the owner edits the firm's settings and the public site shows them", async ({ page }) => {
  await signIn(page, OWNER, "/admin/settings");
  const phone = page.getByLabel("Phone", { exact: true });
  const storedPhone = await phone.inputValue();
  await phone.fill("(334) 555-O142");
  await page.getByRole("button", { name: "Save settings" }).click();
  const summary = page.getByRole("alert").filter({ hasText: "There is a problem" });
  await expect(summary).toBeFocused();
  await expect(summary.getByRole("link", { name: /Enter a 10-digit US or Canadian number/ })).toHaveAttribute("href", "#phone");
  await expect(phone).toHaveAccessibleDescription(/Enter a 10-digit US or Canadian number/);
  await expect(phone).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByRole("status").filter({ hasText: "Nothing was saved" })).toHaveText("Nothing was saved: please fix the fields marked below.");
  await expectAccessible(page);
  // The limits come from the settings schema (lib/site/settings.ts).
  await expect(page.getByLabel("Firm name")).toHaveAttribute("maxlength", "120");

  // Hours: shown in the footer and asserted by no other journey running alongside.
  const hours = `Open ${Date.now()} hours a week`;
  await phone.fill(storedPhone);
  await page.getByLabel("Hours note").fill(hours);
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByText("Settings saved.")).toBeVisible();
  expect(JSON.parse(queryDb<{ value: string }>("select value from settings where key = 'hours'")[0]!.value)).toBe(hours);
  await page.goto("/");
  await expect(page.getByRole("contentinfo")).toContainText(hours);
});
