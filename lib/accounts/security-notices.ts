// Telling people what happened to their account: each change to how it signs in, and a
// sign-in lock. Through the outbox (retried, never lost); the worker is woken to send now.
import "server-only";
import { queueMail } from "@/db/outbox";
import { findUserByEmail, findUserById, listAccounts } from "@/db/users";
import { accountLockedMail, securityChangeMail, type SecurityChange } from "@/lib/mail/security-mail";
import { wakeOutboxWorker } from "@/lib/mail/outbox-worker";
import { getSiteSettings } from "@/lib/site/settings";

/** Mails the account's own address that `change` was made. */
export function noticeSecurityChange(userId: number, change: SecurityChange): void {
  const user = findUserById(userId);
  if (!user) return;
  queueMail([securityChangeMail(user.email, change, getSiteSettings().firmName)]);
  wakeOutboxWorker();
}

/** Mails the account and every active owner that sign-ins to `email` were locked; nothing for an address with no account. */
export function noticeAccountLocked(identifier: string): void {
  const user = identifier.startsWith("account:") ? findUserById(Number(identifier.slice("account:".length))) : findUserByEmail(identifier);
  if (!user) return;
  const owners = listAccounts().filter((account) => account.role === "owner" && account.active);
  const to = [...new Set([user.email, ...owners.map((owner) => owner.email)])];
  const firmName = getSiteSettings().firmName;
  queueMail(to.map((address) => accountLockedMail(address, user.email, firmName)));
  wakeOutboxWorker();
}
