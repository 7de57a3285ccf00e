import type { FormAction, FormState } from "@/lib/forms/form-state";
import type { AccountSecurityView } from "@/lib/accounts/account-security";
import { SessionList } from "./session-list";
import { TwoFactorSettings } from "./two-factor-settings";

type Props = {
  security: AccountSecurityView;
  owner: boolean;
  sessionActions: { endSession: FormAction; endOtherSessions: () => Promise<FormState> };
  factorActions: React.ComponentProps<typeof TwoFactorSettings>["actions"];
};

/** "Your account"'s security sections: second factors, then where you are signed in. */
export function AccountSecurity({ security, owner, sessionActions, factorActions }: Props) {
  const { factors, sessions, passkeys } = security;
  return (
    <>
      <section aria-labelledby="second-factor-heading" className="space-y-4">
        <h2 id="second-factor-heading" className="text-xl font-semibold text-brand-900">
          Second factor
        </h2>
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
