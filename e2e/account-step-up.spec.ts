import Database from "better-sqlite3";
import { TOTP, Secret } from "otpauth";
import { expect, test } from "@playwright/test";
import { adminActions } from "./action-manifest";
import { readDb, startOwnServer, type OwnServer } from "./own-server";
import { OWNER, signInByRequest } from "./sign-in";

// "Confirm it's you": a session alone cannot change how the account signs in. A server of
// this file's own, so its sessions can be aged and its outbox read.

test.describe.configure({ mode: "serial" });

let server: OwnServer;
test.beforeAll(async () => {
  server = await startOwnServer();
});
test.afterAll(async () => {
  await server?.stop();
});

/** As if the session had signed in (or confirmed) `minutes` ago. */
function stepUpAged(minutes: number) {
  const sqlite = new Database(server.dbFile);
  try {
    sqlite.pragma("busy_timeout = 5000");
    sqlite.prepare("update sessions set stepped_up_at = ?").run(Date.now() - minutes * 60_000);
  } finally {
    sqlite.close();
  }
}

const securityRows = () =>
  readDb(
    server.dbFile,
    `select (select count(*) from totp_factors) totp, (select count(*) from recovery_codes) codes, (select count(*) from passkeys) passkeys,
            (select count(*) from outbox) mail`,
  )[0];

/** A form as the browser posts it to an action taking (state, form): its fields, then the arguments ("0") last. */
function actionForm(fields: Record<string, string>): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(`_1_${name}`, value);
  form.append("0", '[{}, "$K1"]');
  return form;
}

const REFUSED = "For your security, confirm it’s you first";

test("each second-factor change is refused without a fresh step-up, and changes nothing", async ({ browser }) => {
  const context = await browser.newContext({ baseURL: server.origin });
  expect((await signInByRequest(context.request, server.origin)).status()).toBe(200);
  stepUpAged(11);
  const before = securityRows();
  const action = (name: string) => adminActions().find((a) => a.name.endsWith(`#${name}`))!;
  const post = (name: string, options: { data?: string; multipart?: FormData }) =>
    context.request.post(`${server.origin}/admin/account`, {
      headers: { "Next-Action": action(name).id, Origin: server.origin, ...(options.data ? { "Content-Type": "text/plain;charset=UTF-8" } : {}) },
      ...options,
      maxRedirects: 0,
    });
  const attempts: [string, { data?: string; multipart?: FormData }][] = [
    ["startAuthenticatorSetup", { data: "[{}]" }],
    ["confirmAuthenticatorSetup", { multipart: actionForm({ code: "123456" }) }],
    ["renewRecoveryCodes", { data: "[{}]" }],
    ["startPasskeySetup", { data: "[]" }],
    ["finishPasskeySetup", { data: JSON.stringify(["x", { id: "a", rawId: "a", type: "public-key", response: { clientDataJSON: "a", attestationObject: "a" } }, "Stolen"]) }],
    ["deletePasskey", { multipart: actionForm({ passkeyId: "any" }) }],
  ];
  for (const [name, options] of attempts) {
    const response = await post(name, options);
    expect(response.status(), name).toBe(200);
    expect(await response.text(), name).toContain(REFUSED);
  }
  // Changing the password asks for the current one whatever the step-up.
  const wrong = await post("changePassword", { multipart: actionForm({ currentPassword: "not the password", newPassword: "a fresh lantern by the sea" }) });
  expect(await wrong.text()).toContain("That is not your current password.");
  expect(securityRows()).toEqual(before);
  await context.close();
});

test("after “Confirm it’s you” the owner adds an authenticator app and renews the codes; each change is mailed to the account", async ({ browser }) => {
  test.setTimeout(60_000);
  const context = await browser.newContext({ baseURL: server.origin });
  await signInByRequest(context.request, server.origin);
  stepUpAged(11);
  const page = await context.newPage();
  await page.goto("/admin/account");
  await page.getByRole("button", { name: "Set up an authenticator app" }).click();
  await expect(page.getByText(REFUSED)).toBeVisible();

  await page.getByLabel("Your password or app code").fill("not my password");
  await page.getByRole("button", { name: "Confirm", exact: true }).click();
  await expect(page.locator("#step-up-secret-error")).toHaveText("That is not your current password.");
  await page.getByLabel("Your password or app code").fill(OWNER.password);
  await page.getByRole("button", { name: "Confirm", exact: true }).click();
  await expect(page.getByText("You confirmed it’s you")).toBeVisible();

  await page.getByRole("button", { name: "Set up an authenticator app" }).click();
  const secret = (await page.getByTestId("totp-secret").textContent())!.trim();
  await page.getByLabel("Code from the app").fill(new TOTP({ secret: Secret.fromBase32(secret) }).generate());
  await page.getByRole("button", { name: "Turn on" }).click();
  await expect(page.getByText("Your authenticator app is on.")).toBeVisible();
  // Later (the codes shown once are gone from the page), new ones.
  await page.reload();
  await page.getByRole("button", { name: "Make new recovery codes" }).click();
  await expect(page.getByText("New recovery codes. The old ones no longer work.")).toBeVisible();

  const mail = readDb<{ to_address: string; subject: string; text_body: string }>(server.dbFile, "select to_address, subject, text_body from outbox order by id");
  expect(mail.map((m) => [m.to_address, m.subject.replace(/^.*?: /, "")])).toEqual([
    [OWNER.email, "an authenticator app was added to your account"],
    [OWNER.email, "new recovery codes were made for your account"],
  ]);
  // A notice says what happened and where to look, and carries no secret.
  expect(mail[0]!.text_body).toContain("/admin/account");
  expect(mail[0]!.text_body).not.toContain(secret);
  await context.close();
});
