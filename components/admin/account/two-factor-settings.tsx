"use client";

import { startRegistration } from "@simplewebauthn/browser";
import { useActionState, useEffect, useState, useTransition } from "react";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { TextInput } from "@/components/ui/text-input";
import type { FormAction, FormState } from "@/lib/forms/form-state";
import { QrCode } from "@/components/admin/qr-code";
import { Button } from "@/components/ui/button";

export type AuthenticatorSetup = FormState & { secret?: string; qr?: { size: number; path: string }; recoveryCodes?: string[] };
export type PasskeyRow = { id: string; name: string; added: string; lastUsed: string | null };

type Props = {
  totp: boolean;
  passkeys: PasskeyRow[];
  recoveryCodesLeft: number;
  owner: boolean;
  actions: {
    startAuthenticatorSetup: () => Promise<AuthenticatorSetup>;
    confirmAuthenticatorSetup: (state: AuthenticatorSetup, form: FormData) => Promise<AuthenticatorSetup>;
    removeAuthenticator: FormAction;
    renewRecoveryCodes: () => Promise<AuthenticatorSetup>;
    startPasskeySetup: () => Promise<{ challengeId: string; options: Parameters<typeof startRegistration>[0]["optionsJSON"] } | { message: string }>;
    finishPasskeySetup: (challengeId: string, response: unknown, name: string) => Promise<AuthenticatorSetup>;
    deletePasskey: FormAction;
  };
};

const quietButton = "min-h-11 rounded border border-slate-500 px-3 py-1.5 hover:border-brand-700 disabled:opacity-60";

function RecoveryCodes({ codes }: { codes: string[] }) {
  return (
    <div className="space-y-2 rounded-md border border-amber-600 bg-amber-50 p-4">
      <p className="font-medium text-slate-900">Recovery codes: each works once, if you lose your phone or passkey. They are shown only now.</p>
      <ul className="grid grid-cols-2 gap-1 font-mono text-lg" aria-label="Recovery codes">
        {codes.map((code) => (
          <li key={code}>{code}</li>
        ))}
      </ul>
    </div>
  );
}

/** "Your account": the second factors (authenticator app, passkeys) and recovery codes. */
export function TwoFactorSettings({ totp, passkeys, recoveryCodesLeft, owner, actions }: Props) {
  const [setup, startSetup, starting] = useActionState(actions.startAuthenticatorSetup, {});
  const [confirmed, confirm, confirming] = useActionState(actions.confirmAuthenticatorSetup, {});
  const [removed, remove, removing] = useActionState(actions.removeAuthenticator, {});
  const [renewed, renew, renewing] = useActionState(actions.renewRecoveryCodes, {});
  const [passkeyState, setPasskeyState] = useState<AuthenticatorSetup>({});
  const [addingPasskey, startAdding] = useTransition();
  const [passkeyName, setPasskeyName] = useState("");

  function addPasskey() {
    startAdding(async () => {
      try {
        const started = await actions.startPasskeySetup();
        if ("message" in started) {
          setPasskeyState({ ok: false, message: started.message });
          return;
        }
        const { challengeId, options } = started;
        const response = await startRegistration({ optionsJSON: options });
        setPasskeyState(await actions.finishPasskeySetup(challengeId, response, passkeyName || "Passkey"));
      } catch {
        setPasskeyState({ ok: false, message: "The passkey was not added (it was cancelled or the device refused)." });
      }
    });
  }

  // The code field is what the person needs next once the QR code is shown (the button pressed is gone).
  useEffect(() => {
    if (setup.qr) document.getElementById("totp-code")?.focus();
  }, [setup]);

  // The answer that brought new recovery codes: the page around it has re-rendered by then.
  const withCodes = [confirmed, renewed, passkeyState].find((state) => state.recoveryCodes);
  const codes = withCodes?.recoveryCodes;
  const hasFactor = totp || passkeys.length > 0;

  return (
    <div className="space-y-8">
      {!hasFactor && (
        <p className="rounded-md border border-amber-600 bg-amber-50 p-3 text-slate-900">
          Your account has only a password. Add an authenticator app or a passkey, so a stolen password alone cannot open the inquiries.
        </p>
      )}
      {codes && (
        <>
          <FormMessage ok message={withCodes?.message} answer={withCodes} />
          <RecoveryCodes codes={codes} />
        </>
      )}

      <section aria-labelledby="authenticator-heading" className="space-y-3">
        <h3 id="authenticator-heading" className="text-lg font-semibold text-brand-900">
          Authenticator app
        </h3>
        {totp ? (
          <>
            <p className="text-slate-700">On: sign-in asks for the 6-digit code from your app.</p>
            <form action={remove} className="flex flex-wrap items-end gap-2">
              <Field id="remove-authenticator-password" label="Your password, to remove the app" error={removed.errors?.currentPassword}>
                {(control) => <TextInput {...control} name="currentPassword" type="password" autoComplete="current-password" maxLength={128} required />}
              </Field>
              <button type="submit" disabled={removing} className={quietButton}>
                Remove the authenticator app
              </button>
            </form>
            <FormMessage ok={removed.ok} message={removed.message} answer={removed} />
          </>
        ) : setup.qr && setup.secret && !confirmed.ok ? (
          <div className="space-y-3">
            <p className="text-slate-700">Scan this code with your authenticator app, or type the key below into it, then enter the 6-digit code it shows.</p>
            <QrCode size={setup.qr.size} path={setup.qr.path} label="QR code for your authenticator app" />
            <p className="text-slate-700">
              Key: <code className="break-all font-mono" data-testid="totp-secret">{setup.secret}</code>
            </p>
            <form action={confirm} className="flex flex-wrap items-end gap-2">
              <Field id="totp-code" label="Code from the app" error={confirmed.errors?.code}>
                {(control) => <TextInput {...control} name="code" inputMode="numeric" autoComplete="one-time-code" maxLength={10} required />}
              </Field>
              <Button type="submit" disabled={confirming}>
                Turn on
              </Button>
              {/* A wrong code: focus back in the field. */}
              <FormMessage answer={confirmed} />
            </form>
            <FormMessage ok={confirmed.ok} message={confirmed.ok ? undefined : confirmed.message} />
          </div>
        ) : (
          <form action={startSetup} className="space-y-2">
            <Button type="submit" disabled={starting}>
              Set up an authenticator app
            </Button>
            <FormMessage ok={setup.ok} message={setup.message} answer={setup} />
          </form>
        )}
      </section>

      <section aria-labelledby="passkeys-heading" className="space-y-3">
        <h3 id="passkeys-heading" className="text-lg font-semibold text-brand-900">
          Passkeys
        </h3>
        {passkeys.length > 0 ? (
          <ul className="divide-y divide-slate-200 rounded-md border border-slate-300">
            {passkeys.map((key) => (
              <PasskeyItem key={key.id} passkey={key} action={actions.deletePasskey} />
            ))}
          </ul>
        ) : (
          <p className="text-slate-700">None yet. A passkey is your phone’s or computer’s fingerprint, face or PIN unlock, or a security key.</p>
        )}
        <div className="flex flex-wrap items-end gap-2">
          <Field id="passkey-name" label="Name for a new passkey" hint="For example: office laptop.">
            {(control) => <TextInput {...control} value={passkeyName} onChange={(event) => setPasskeyName(event.target.value)} maxLength={60} />}
          </Field>
          <Button type="button" onClick={addPasskey} disabled={addingPasskey}>
            {addingPasskey ? "Waiting for your device…" : "Add a passkey"}
          </Button>
        </div>
        <FormMessage ok={passkeyState.ok} message={passkeyState.recoveryCodes ? undefined : passkeyState.message} answer={passkeyState.recoveryCodes ? undefined : passkeyState} />
      </section>

      {hasFactor && (
        <section aria-labelledby="recovery-heading" className="space-y-3">
          <h3 id="recovery-heading" className="text-lg font-semibold text-brand-900">
            Recovery codes
          </h3>
          <p className="text-slate-700">{recoveryCodesLeft} unused.{owner ? " As the owner, keep them where the office can find them." : ""}</p>
          <form action={renew}>
            <button type="submit" disabled={renewing} className={quietButton}>
              Make new recovery codes
            </button>
          </form>
          <FormMessage ok={renewed.ok} message={renewed.ok ? undefined : renewed.message} answer={renewed.ok ? undefined : renewed} />
        </section>
      )}
    </div>
  );
}

function PasskeyItem({ passkey, action }: { passkey: PasskeyRow; action: FormAction }) {
  const [state, formAction, pending] = useActionState(action, {});
  return (
    <li className="flex flex-wrap items-center justify-between gap-3 p-3">
      <div>
        <p className="font-medium text-slate-900">{passkey.name}</p>
        <p className="text-sm text-slate-700">
          Added {passkey.added}
          {passkey.lastUsed ? ` · last used ${passkey.lastUsed}` : ""}
        </p>
      </div>
      <form action={formAction} className="flex items-center gap-2">
        <input type="hidden" name="passkeyId" value={passkey.id} />
        <button type="submit" disabled={pending} className={quietButton} aria-label={`Remove passkey ${passkey.name}`}>
          Remove
        </button>
        <FormMessage ok={state.ok} message={state.message} inline answer={state} />
      </form>
    </li>
  );
}
