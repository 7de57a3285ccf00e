import "server-only";
// What the account notices say. A change to how an account signs in is told to the account's
// own address, so a person whose session was taken over learns of it; the sign-in lock is
// told to the account and the owner. None carries a secret, a code or a link that acts.
import type { QueuedMail } from "@/db/inquiries/inquiries";
import { siteUrl } from "@/lib/http/site-url";

export const SECURITY_CHANGES = {
  "password-changed": "Your password was changed",
  "authenticator-added": "An authenticator app was added to your account",
  "authenticator-removed": "The authenticator app was removed from your account",
  "recovery-codes-renewed": "New recovery codes were made for your account",
  "passkey-added": "A passkey was added to your account",
  "passkey-removed": "A passkey was removed from your account",
} as const;
export type SecurityChange = keyof typeof SECURITY_CHANGES;

/** The notice of one change, to the account's address. */
export function securityChangeMail(to: string, change: SecurityChange, firmName: string): QueuedMail {
  return {
    toAddress: to,
    subject: `${firmName}: ${SECURITY_CHANGES[change].toLowerCase()}`,
    textBody: [
      `${SECURITY_CHANGES[change]} on the ${firmName} website.`,
      "",
      "If you made this change, there is nothing to do.",
      "If you did not, sign in now, change your password and check your second factors and sessions under Your account:",
      `${siteUrl()}/admin/account`,
      "If you cannot sign in, ask the site's owner to reset your password.",
    ].join("\n"),
  };
}

/** The notice that an account was locked after failed sign-ins from several places. */
export function accountLockedMail(to: string, account: string, firmName: string): QueuedMail {
  return {
    toAddress: to,
    subject: `${firmName}: sign-ins to ${account} were locked`,
    textBody: [
      `Many wrong passwords or codes were tried for the account ${account} on the ${firmName} website, from several places.`,
      "New sign-ins to it are refused for a while, except from places it signed in from before; each further round locks it for longer.",
      "",
      "If that was not you, someone may be guessing. The password and second factor are still safe unless they were guessed:",
      "consider changing the password under Your account.",
      `${siteUrl()}/admin/account`,
    ].join("\n"),
  };
}
