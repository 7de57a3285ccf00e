import { listPasskeys, secondFactorsOf } from "@/db/second-factors";
import { listOpenSessions } from "@/db/sessions";
import type { SessionUser } from "@/lib/accounts/auth";
import { formatDateTime } from "@/lib/dates/format";
import { deviceName } from "@/lib/accounts/device-name";
import type { FormAction, FormState } from "@/lib/forms/form-state";
import { IDLE_LIMIT_MS, isSessionAlive } from "@/lib/accounts/session-rules";
import { getSiteSettings } from "@/lib/site/settings";
import { steppedUpUntil } from "@/lib/accounts/step-up";
import { ConfirmItsYouForm } from "./confirm-its-you-form";
import { SessionList } from "./session-list";
import { TwoFactorSettings } from "./two-factor-settings";

type Props = {
  user: SessionUser;
  sessionActions: { endSession: FormAction; endOtherSessions: () => Promise<FormState> };
  factorActions: React.ComponentProps<typeof TwoFactorSettings>["actions"];
  confirmItsYou: FormAction;
};

/** "Your account"'s security sections: second factors, then where you are signed in. */
export function AccountSecurity({ user, sessionActions, factorActions, confirmItsYou }: Props) {
  const { timeZone } = getSiteSettings();
  const when = (date: Date) => formatDateTime(date, timeZone);
  const now = new Date();
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
  const confirmedUntil = steppedUpUntil(user, now);
  const passkeys = listPasskeys(user.id).map((key) => ({ id: key.id, name: key.name, added: when(key.createdAt), lastUsed: key.lastUsedAt ? when(key.lastUsedAt) : null }));
  return (
    <>
      <section aria-labelledby="second-factor-heading" className="space-y-4">
        <h2 id="second-factor-heading" className="text-xl font-semibold text-brand-900">
          Second factor
        </h2>
        {confirmedUntil ? (
          <p className="text-slate-700">You confirmed it’s you: until {formatDateTime(confirmedUntil, timeZone)} you can change these without your password.</p>
        ) : (
          <ConfirmItsYouForm action={confirmItsYou} />
        )}
        <TwoFactorSettings totp={factors.totp} passkeys={passkeys} recoveryCodesLeft={factors.recoveryCodesLeft} owner={user.role === "owner"} actions={factorActions} />
      </section>
      <section aria-labelledby="sessions-heading" className="space-y-4">
        <h2 id="sessions-heading" className="text-xl font-semibold text-brand-900">
          Where you are signed in
        </h2>
        <SessionList sessions={sessions} {...sessionActions} />
      </section>
    </>
  );
}
