import type { FormAction, FormState } from "@/lib/forms/form-state";
import type { AccountSecurityView } from "@/lib/accounts/account-security";
import { ConfirmItsYouForm } from "./confirm-its-you-form";
import { SessionList } from "./session-list";
import { TwoFactorSettings } from "./two-factor-settings";

type Props = {
  security: AccountSecurityView;
  owner: boolean;
  sessionActions: { endSession: FormAction; endOtherSessions: () => Promise<FormState> };
  factorActions: React.ComponentProps<typeof TwoFactorSettings>["actions"];
  confirmItsYou: FormAction;
};

/** "Your account"'s security sections: second factors, then where you are signed in. */
export function AccountSecurity({ security, owner, sessionActions, factorActions, confirmItsYou }: Props) {
  const { factors, sessions, passkeys, confirmedUntil } = security;
  return (
    <>
      <section aria-labelledby="second-factor-heading" className="space-y-4">
        <h2 id="second-factor-heading" className="text-xl font-semibold text-brand-900">
          Second factor
        </h2>
        {confirmedUntil ? (
          <p className="text-slate-700">You confirmed it’s you: until {confirmedUntil} you can change these without your password.</p>
        ) : (
          <ConfirmItsYouForm action={confirmItsYou} />
        )}
        <TwoFactorSettings totp={factors.totp} passkeys={passkeys} recoveryCodesLeft={factors.recoveryCodesLeft} owner={owner} actions={factorActions} />
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
