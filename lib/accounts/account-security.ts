// What "Your account" shows about the account's security, loaded for the page: its second
// factors, the sessions still alive and until when it was confirmed it's the user (step-up),
// with times in the firm's time zone.
import "server-only";
import { listPasskeys, secondFactorsOf } from "@/db/second-factors";
import { listOpenSessions } from "@/db/sessions";
import type { SessionUser } from "@/lib/accounts/auth";
import { deviceName } from "@/lib/accounts/device-name";
import { IDLE_LIMIT_MS, isSessionAlive } from "@/lib/accounts/session-rules";
import { steppedUpUntil } from "@/lib/accounts/step-up";
import { formatDateTime } from "@/lib/dates/format";
import { getSiteSettings } from "@/lib/site/settings";

export type AccountSecurityView = ReturnType<typeof loadAccountSecurity>;

export function loadAccountSecurity(user: SessionUser, now = new Date()) {
  const { timeZone } = getSiteSettings();
  const when = (date: Date) => formatDateTime(date, timeZone);
  const factors = secondFactorsOf(user.id);
  const sessions = listOpenSessions(user.id, new Date(now.getTime() - IDLE_LIMIT_MS))
    .filter((session) => isSessionAlive(session, now))
    .map((session) => ({
      id: session.id,
      device: deviceName(session.userAgent),
      address: session.address ?? "unknown address",
      lastSeen: when(session.lastSeenAt),
      signedIn: when(session.createdAt),
      current: session.id === user.sessionId,
    }));
  const passkeys = listPasskeys(user.id).map((key) => ({ id: key.id, name: key.name, added: when(key.createdAt), lastUsed: key.lastUsedAt ? when(key.lastUsedAt) : null }));
  // Until when a second factor can be changed without the password again (lib/accounts/step-up.ts).
  const stepUp = steppedUpUntil(user, now);
  const confirmedUntil = stepUp ? when(stepUp) : null;
  return { factors, sessions, passkeys, confirmedUntil };
}
