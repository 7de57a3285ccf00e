import { Secret, TOTP } from "otpauth";
import { expect, test as base } from "@playwright/test";
import { freePort } from "../scripts/free-port";
import { expectAccessible } from "./accessibility";
import { readDb, startOwnServer, type OwnServer } from "./own-server";
import { addEditor, assignOwnAddress, signIn } from "./sign-in";
import { SmtpSink } from "./smtp-sink";

// "Forgot your password?" end to end: the request, the mail through the outbox to a real
// SMTP server (started late, so the mail waits in the outbox first), the link, the new
// password, every session ended, and the second factor still asked for.
// A server of its own whose mail goes to a sink this journey starts (the shared server's
// mail goes to the run's sink: e2e/global-setup.ts), late, so the mail waits in the outbox first.
const sink = new SmtpSink();

const test = base.extend<object, { mailServer: OwnServer & { smtpPort: number } }>({
  mailServer: [
    async ({}, use) => {
      const smtpPort = await freePort();
      const server = await startOwnServer({
        env: { SMTP_URL: `smtp://127.0.0.1:${smtpPort}`, TRUST_PROXY: "1", OUTBOX_POLL_MS: "250", OUTBOX_RETRY_BASE_MS: "500", OUTBOX_RETRY_MAX_MS: "2000" },
      });
      await use({ ...server, smtpPort });
      await server.stop();
      await sink.stop();
    },
    { scope: "worker" },
  ],
  baseURL: async ({ mailServer }, use) => use(mailServer.origin),
});

test("a forgotten password is reset by a link mailed once, every session ends, and the second factor is still asked for", async ({ page, browser, baseURL, mailServer }) => {
  test.setTimeout(90_000);
  await signIn(page, undefined, "/admin/users");
  const editor = await addEditor(page, "Rita Reset");

  // The editor turns on an authenticator app, and stays signed in on this device.
  const device = await (await browser.newContext({ baseURL })).newPage();
  await signIn(device, editor, "/admin/account");
  await device.getByRole("button", { name: "Set up an authenticator app" }).click();
  const secret = (await device.getByTestId("totp-secret").textContent())!.trim();
  const app = new TOTP({ secret: Secret.fromBase32(secret) });
  await device.getByLabel("Code from the app").fill(app.generate());
  await device.getByRole("button", { name: "Turn on" }).click();
  await expect(device.getByText("Your authenticator app is on.")).toBeVisible();

  // Someone without a session asks for a link, for an unknown address and for the editor's.
  const visitor = await (await browser.newContext({ baseURL })).newPage();
  await assignOwnAddress(visitor);
  await visitor.goto("/admin/login");
  await visitor.getByRole("link", { name: "Forgot your password?" }).click();
  await expect(visitor.getByRole("heading", { level: 1 })).toHaveText("Reset your password");
  await expectAccessible(visitor);
  const answer = (email: string) => `If an account uses ${email}, a link to choose a new password is on its way there. It works once, for 30 minutes.`;
  const unknown = `nobody.${Date.now()}@firm.test`;
  await visitor.getByLabel("Email").fill(unknown);
  await visitor.getByRole("button", { name: "Send me a link" }).click();
  await expect(visitor.getByRole("status")).toContainText(answer(unknown));
  await expect(visitor.locator("[data-form-message]")).toBeFocused();
  await visitor.getByLabel("Email").fill(editor.email);
  await visitor.getByRole("button", { name: "Send me a link" }).click();
  await expect(visitor.getByRole("status")).toContainText(answer(editor.email));

  // The mail waits in the outbox until the mail server is there, then goes out, once.
  // The reset mail only: turning the authenticator on above sent the account a security notice too.
  const queued = () => readDb<{ sent_at: number | null }>(mailServer.dbFile, "select sent_at from outbox where to_address = ? and subject like 'Reset your password%'", editor.email);
  expect(queued()).toHaveLength(1);
  expect(readDb(mailServer.dbFile, "select id from outbox where to_address = ?", unknown)).toHaveLength(0);
  await sink.start(mailServer.smtpPort);
  const resetMails = () => sink.mails.filter((mail) => mail.to.includes(editor.email) && mail.text.includes("/admin/reset-password?token="));
  await expect.poll(() => resetMails().length, { timeout: 30_000 }).toBe(1);
  const mail = resetMails()[0]!;
  expect(mail.text).toContain("within 30 minutes");
  const link = /https?:\/\/\S+\/admin\/reset-password\?token=[\w-]+/.exec(mail.text)?.[0];
  expect(link, mail.text).toBeDefined();
  const path = new URL(link!).pathname + new URL(link!).search;

  await visitor.goto(path);
  await expect(visitor.getByRole("heading", { level: 1 })).toHaveText("Choose a new password");
  await expect(visitor.getByRole("main")).toContainText("recovery codes");
  await expectAccessible(visitor);
  await visitor.getByLabel("New password").fill("password1234");
  await visitor.getByRole("button", { name: "Set the new password" }).click();
  await expect(visitor.locator("#password-error")).toContainText("common passwords");
  await expect(visitor.getByLabel("New password")).toBeFocused();
  const fresh = "amber tide under the old bridge";
  await visitor.getByLabel("New password").fill(fresh);
  await visitor.getByRole("button", { name: "Set the new password" }).click();
  await expect(visitor).toHaveURL(/\/admin\/login\?reset=1$/);
  await expect(visitor.locator("[data-form-message]")).toBeFocused();
  await expect(visitor.getByRole("status").first()).toContainText("Your password is changed, and every device was signed out.");

  // The device signed in before is signed out.
  await device.goto("/admin/account");
  await expect(device).toHaveURL(/\/admin\/login/);
  await device.close();

  // The new password works, and the second factor is still asked for.
  await visitor.getByLabel("Email").fill(editor.email);
  await visitor.getByLabel("Password").fill(fresh);
  await visitor.getByRole("button", { name: "Sign in" }).click();
  await expect(visitor.getByRole("heading", { name: "Confirm it’s you" })).toBeVisible();
  await visitor.getByLabel("Code from your authenticator app").fill(app.generate({ timestamp: Date.now() + 30_000 }));
  await visitor.getByRole("button", { name: "Continue" }).click();
  await expect(visitor).toHaveURL(/\/admin$/);

  // The link worked once.
  const other = await (await browser.newContext({ baseURL })).newPage();
  await other.goto(path);
  await expect(other.getByRole("main")).toContainText("This link has expired or has already been used.");
  await other.close();
  await visitor.close();
});
