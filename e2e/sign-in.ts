import { randomInt } from "node:crypto";
import { expect, type APIRequestContext, type Page } from "@playwright/test";

export type Account = { email: string; password: string };

/** Created at server start from ADMIN_EMAIL / ADMIN_PASSWORD (playwright.config.ts). */
export const OWNER: Account = { email: "owner@firm.test", password: "lantern harbor quietly 42" };

/** A client address of its own for this page (the server trusts X-Forwarded-For in tests). */
export async function assignOwnAddress(page: Page): Promise<string> {
  const address = `127.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}`;
  await page.setExtraHTTPHeaders({ "x-forwarded-for": address });
  return address;
}

/** Signs in through the login form and waits until the admin has loaded; the client address it used (the session's). */
export async function signIn(page: Page, account: Account = OWNER, next = "/admin"): Promise<string> {
  const address = await assignOwnAddress(page);
  await page.goto(`/admin/login?next=${encodeURIComponent(next)}`);
  await page.getByLabel("Email").fill(account.email);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL((url) => url.pathname === next);
  return address;
}

/** The owner adds an editor through the Users page; returns the editor's account. */
export async function addEditor(page: Page, name: string): Promise<Account> {
  const account = { email: `${name.toLowerCase().replace(/\W+/g, ".")}.${Date.now()}@firm.test`, password: "violet kettle on the stove" };
  await page.goto("/admin/users");
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Email").fill(account.email);
  await page.getByLabel("Password", { exact: true }).fill(account.password);
  await page.getByRole("button", { name: "Add editor" }).click();
  await expect(page.getByText(`Added ${account.email} as an editor.`)).toBeVisible();
  return account;
}

/**
 * Signs in through next-auth's own endpoints, without a page (the cookie stays in
 * `request`'s jar). Returns the callback's answer: 200 with a session cookie when it worked.
 */
export async function signInByRequest(request: APIRequestContext, origin: string, account: Account = OWNER, headers: Record<string, string> = {}) {
  const { csrfToken } = (await (await request.get(`${origin}/api/auth/csrf`)).json()) as { csrfToken: string };
  return request.post(`${origin}/api/auth/callback/credentials`, {
    form: { csrfToken, email: account.email, password: account.password, json: "true" },
    headers: { Origin: origin, ...headers },
    maxRedirects: 0,
  });
}
