"use client";
/* eslint-disable @next/next/no-img-element -- uploads are served as checked files; no image optimizer */

import { UPLOAD_LIMIT_TEXT } from "@/lib/media/upload-limit.mjs";
import { useActionState } from "react";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import type { FormAction } from "@/lib/forms/form-state";
import { SubmitButton } from "@/components/ui/button";

/** The firm's logo: upload one (the header and the site's icon use it) or remove it. */
export function LogoForm({ action, logoUrl, firmName }: { action: FormAction<"logo">; logoUrl: string | null; firmName: string }) {
  const [state, formAction, pending] = useActionState(action, {});
  return (
    <section aria-labelledby="logo-heading" className="space-y-3">
      <h2 id="logo-heading" className="border-b border-slate-200 pb-1 text-xl font-semibold text-brand-900">
        Logo
      </h2>
      {logoUrl ? (
        <img src={logoUrl} alt={`The logo of ${firmName} as the site shows it`} className="h-16 w-auto rounded border border-slate-200 bg-brand-800 p-2" />
      ) : (
        <p className="text-slate-700">No logo yet: the header shows the firm&apos;s name, and the site&apos;s icon its initials.</p>
      )}
      <form action={formAction} className="space-y-3">
        <Field id="logo" label="Logo image" hint={`A PNG or JPEG up to ${UPLOAD_LIMIT_TEXT}, ideally square or wide, on a transparent or dark background.`} error={state.errors?.logo}>
          {(control) => <input {...control} type="file" name="logo" accept="image/png,image/jpeg,image/webp" className="mt-1 block w-full text-sm" />}
        </Field>
        <div className="flex flex-wrap gap-3">
          <SubmitButton pending={pending} pendingLabel="Uploading…">
            Upload logo
          </SubmitButton>
          {logoUrl && (
            <button type="submit" name="remove" value="yes" disabled={pending} className="rounded-md border border-slate-500 px-4 py-2.5 font-medium text-slate-800">
              Remove the logo
            </button>
          )}
        </div>
        <FormMessage ok={state.ok} message={state.message} answer={state} />
      </form>
    </section>
  );
}
