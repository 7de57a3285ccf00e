"use client";

import { signIn } from "next-auth/react";
import { useState } from "react";
import { Field } from "@/components/ui/field";
import { TextInput } from "@/components/ui/text-input";

// next-auth 4's credentials sign-in runs from the browser (it needs its CSRF cookie),
// so this is the admin's one form that needs JavaScript.
export function LoginForm({ next }: { next: string }) {
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    const result = await signIn("credentials", {
      email: String(form.get("email") ?? ""),
      password: String(form.get("password") ?? ""),
      redirect: false,
    });
    if (result?.ok && !result.error) {
      window.location.assign(next);
      return;
    }
    setPending(false);
    // One message for a wrong email, a wrong password or a deactivated account; the
    // throttle's own message says how long to wait.
    setError(result?.error && result.error !== "CredentialsSignin" ? result.error : "That email and password don’t match an account.");
  }

  return (
    <form onSubmit={(event) => void onSubmit(event)} className="mt-8 space-y-5" noValidate>
      <Field id="email" label="Email">
        {(control) => <TextInput {...control} name="email" type="email" autoComplete="username" required maxLength={254} />}
      </Field>
      <Field id="password" label="Password">
        {(control) => <TextInput {...control} name="password" type="password" autoComplete="current-password" required maxLength={128} />}
      </Field>
      <div aria-live="polite">
        {error && (
          <p className="rounded-md border border-red-300 bg-red-50 p-3 text-red-800" data-testid="login-error">
            {error}
          </p>
        )}
      </div>
      <button type="submit" disabled={pending}
        className="w-full rounded-md bg-brand-800 px-4 py-3 font-semibold text-white hover:bg-brand-900 disabled:opacity-60">
        {pending ? "Signing in…" : "Sign in"}
      </button>
    </form>
  );
}
