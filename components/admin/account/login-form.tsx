"use client";

import { startAuthentication } from "@simplewebauthn/browser";
import { signIn } from "next-auth/react";
import { useRef, useState } from "react";
import { Field } from "@/components/ui/field";
import { TextInput } from "@/components/ui/text-input";
import { Button, SubmitButton } from "@/components/ui/button";

// What lib/accounts/auth-options.ts answers when the password was right and a second factor is due.
const SECOND_FACTOR_NEEDED = "second-factor-needed";
const SECOND_FACTOR_WRONG = "second-factor-wrong";
const GENERIC_ERROR = "That email and password don’t match an account.";

type SecondStep = { totp: boolean; passkey: boolean };
// next-auth 4's credentials sign-in runs from the browser (it needs its CSRF cookie),
// so this is the admin's one form that needs JavaScript.
export function LoginForm({ next }: { next: string }) {
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const [secondStep, setSecondStep] = useState<SecondStep | null>(null);
  // The password is kept only in memory, for the second step's request.
  const typed = useRef({ email: "", password: "" });

  async function attempt(extra: Record<string, string>) {
    setPending(true);
    setError(null);
    const result = await signIn("credentials", { ...typed.current, ...extra, redirect: false });
    if (result?.ok && !result.error) {
      window.location.assign(next);
      return;
    }
    setPending(false);
    const message = result?.error ?? "";
    if (message.startsWith(SECOND_FACTOR_NEEDED)) {
      const kinds = message.slice(SECOND_FACTOR_NEEDED.length + 1).split(",");
      setSecondStep({ totp: kinds.includes("totp"), passkey: kinds.includes("passkey") });
      return;
    }
    if (message === SECOND_FACTOR_WRONG) {
      setError("That code or passkey didn’t work. Try again, or use a recovery code.");
      return;
    }
    // One message for a wrong email, a wrong password or a deactivated account; the
    // throttle's own message says how long to wait.
    setError(message && message !== "CredentialsSignin" ? message : GENERIC_ERROR);
    if (secondStep && (!message || message === "CredentialsSignin")) setSecondStep(null);
  }

  async function onPassword(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    typed.current = { email: String(form.get("email") ?? ""), password: String(form.get("password") ?? "") };
    await attempt({});
  }

  async function onCode(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    await attempt({ code: String(new FormData(event.currentTarget).get("code") ?? "") });
  }

  async function signInWithPasskey() {
    setPending(true);
    setError(null);
    try {
      const answer = await fetch("/api/sign-in/passkey-options", { method: "POST" });
      const { challengeId, options } = (await answer.json()) as { challengeId: string; options: Parameters<typeof startAuthentication>[0]["optionsJSON"] };
      const response = await startAuthentication({ optionsJSON: options });
      await attempt({ passkey: JSON.stringify(response), challengeId });
    } catch {
      setPending(false);
      setError("The passkey was not used (it was cancelled or the device refused). Try again, or enter a code.");
    }
  }

  const errorBox = (
    <div aria-live="polite">
      {error && (
        <p className="rounded-md border border-red-300 bg-red-50 p-3 text-red-800" data-testid="login-error">
          {error}
        </p>
      )}
    </div>
  );

  if (secondStep) {
    return (
      <div className="mt-8 space-y-5">
        <h2 className="text-lg font-semibold text-brand-900">Confirm it’s you</h2>
        {secondStep.passkey && (
          <Button type="button" onClick={() => void signInWithPasskey()} disabled={pending} className="w-full">
            Use your passkey
          </Button>
        )}
        <form onSubmit={(event) => void onCode(event)} className="space-y-5" noValidate>
          <Field
            id="code"
            label={secondStep.totp ? "Code from your authenticator app" : "Recovery code"}
            hint={secondStep.totp ? "6 digits. Lost your phone? Enter one of your recovery codes instead." : "One of the recovery codes you kept when you added the passkey."}
          >
            {(control) => <TextInput {...control} name="code" autoComplete="one-time-code" maxLength={40} required autoFocus />}
          </Field>
          {errorBox}
          <SubmitButton pending={pending} pendingLabel="Checking…" className="w-full">
            Continue
          </SubmitButton>
        </form>
      </div>
    );
  }

  return (
    <form onSubmit={(event) => void onPassword(event)} className="mt-8 space-y-5" noValidate>
      <Field id="email" label="Email">
        {(control) => <TextInput {...control} name="email" type="email" autoComplete="username" required maxLength={254} />}
      </Field>
      <Field id="password" label="Password">
        {(control) => <TextInput {...control} name="password" type="password" autoComplete="current-password" required maxLength={128} />}
      </Field>
      {errorBox}
      <SubmitButton pending={pending} pendingLabel="Signing in…" className="w-full">
        Sign in
      </SubmitButton>
    </form>
  );
}
