"use client";
/* eslint-disable @next/next/no-img-element -- uploads are served as checked files; no image optimizer */

import { UPLOAD_LIMIT_TEXT } from "@/lib/media/upload-limit.mjs";
import { useActionState } from "react";
import { CheckboxField } from "@/components/ui/checkbox-field";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { Textarea } from "@/components/ui/textarea";
import { TextInput } from "@/components/ui/text-input";
import type { FormAction } from "@/lib/forms/form-state";
import { PROFILE_LIMITS, type ProfileField } from "@/lib/site/profile-form";
import { SubmitButton } from "@/components/ui/button";

const LABELS: Record<ProfileField, string> = {
  displayName: "Name on the byline",
  title: "Title",
  photo: "Photo",
  photoAlt: "Photo description",
  bio: "Short bio",
  barAdmissions: "Bar admissions",
  languages: "Languages spoken",
  certifications: "Certifications",
  publicEmail: "Public email",
  listed: "A lawyer of the firm",
};

/**
 * A lawyer's public profile: what bylines, the lawyer's page (/attorneys/…) and the About
 * page show. A real form (the photo goes with it), so it works without JavaScript.
 */
export function ProfileForm({
  action,
  initial,
  photoUrl,
  profileId,
  publicPath,
  submitLabel = "Save profile",
}: {
  action: FormAction<ProfileField>;
  initial: Record<ProfileField, string>;
  photoUrl: string | null;
  /** Sent as "profileId" (the owner's Profiles page edits any profile). */
  profileId?: number;
  /** Where the profile is public, once saved. */
  publicPath?: string;
  submitLabel?: string;
}) {
  const [state, formAction, pending] = useActionState(action, { values: initial });
  const values = state.values ?? initial;
  const errors = state.errors ?? {};
  const order: ProfileField[] = ["displayName", "title", "photo", "photoAlt", "bio", "barAdmissions", "languages", "certifications", "publicEmail"];
  const problems = order.filter((f) => errors[f]);
  return (
    <form action={formAction} className="space-y-5">
      {profileId !== undefined && <input type="hidden" name="profileId" value={profileId} />}
      {problems.length > 0 && <ErrorSummary id="profile-problems" errors={problems.map((f) => ({ href: `#profile-${f}`, message: errors[f]! }))} focusKey={state} />}
      {publicPath && initial.listed === "yes" && (
        <p className="text-sm text-slate-700">
          Public page:{" "}
          <a href={publicPath} className="text-brand-800 underline">
            {publicPath}
          </a>
        </p>
      )}
      <Field id="profile-displayName" label={LABELS.displayName} error={errors.displayName}>
        {(control) => <TextInput {...control} name="displayName" maxLength={PROFILE_LIMITS.displayName} defaultValue={values.displayName} />}
      </Field>
      <Field id="profile-title" label={LABELS.title} hint="For example “Attorney” or “Founding partner”." error={errors.title}>
        {(control) => <TextInput {...control} name="title" maxLength={PROFILE_LIMITS.title} defaultValue={values.title} />}
      </Field>
      <div className="space-y-3">
        {photoUrl && <img src={photoUrl} alt={`The current photo: ${values.photoAlt}`} className="h-28 w-28 rounded-md object-cover" />}
        <Field id="profile-photo" label={LABELS.photo} hint={`A JPEG, PNG or WebP up to ${UPLOAD_LIMIT_TEXT}. Leave empty to keep the current one.`} error={errors.photo}>
          {(control) => <input {...control} type="file" name="photo" accept="image/jpeg,image/png,image/webp" className="mt-1 block w-full text-sm" />}
        </Field>
        {photoUrl && <CheckboxField id="profile-removePhoto" name="removePhoto" value="yes" label="Remove the photo" />}
        <Field id="profile-photoAlt" label={LABELS.photoAlt} hint="What the photo shows, for people who cannot see it." error={errors.photoAlt}>
          {(control) => <TextInput {...control} name="photoAlt" maxLength={PROFILE_LIMITS.photoAlt} defaultValue={values.photoAlt} />}
        </Field>
      </div>
      <Field id="profile-bio" label={LABELS.bio} hint="A few sentences. Leave a blank line between paragraphs." error={errors.bio}>
        {(control) => <Textarea {...control} name="bio" rows={6} maxLength={PROFILE_LIMITS.bio} defaultValue={values.bio} />}
      </Field>
      <Field id="profile-barAdmissions" label={LABELS.barAdmissions} hint="One per line, with the year: “Alabama, 2014”." error={errors.barAdmissions}>
        {(control) => <Textarea {...control} name="barAdmissions" rows={3} maxLength={PROFILE_LIMITS.barAdmissions} defaultValue={values.barAdmissions} />}
      </Field>
      <Field id="profile-languages" label={LABELS.languages} hint="Separated by commas: “English, Spanish”." error={errors.languages}>
        {(control) => <TextInput {...control} name="languages" maxLength={PROFILE_LIMITS.languages} defaultValue={values.languages} />}
      </Field>
      <Field
        id="profile-certifications"
        label={LABELS.certifications}
        hint="One per line, with who certified it. Only a certification listed here lets this lawyer's posts say “certified” without a warning."
        error={errors.certifications}
      >
        {(control) => <Textarea {...control} name="certifications" rows={2} maxLength={PROFILE_LIMITS.certifications} defaultValue={values.certifications} />}
      </Field>
      <Field id="profile-publicEmail" label={LABELS.publicEmail} hint="Optional. Shown on the lawyer's page." error={errors.publicEmail}>
        {(control) => <TextInput {...control} type="email" name="publicEmail" maxLength={PROFILE_LIMITS.publicEmail} defaultValue={values.publicEmail} />}
      </Field>
      <CheckboxField id="profile-listed" name="listed" value="yes" defaultChecked={values.listed === "yes"} label={LABELS.listed} hint="Lawyers sign posts, have their own page and are listed on the About page. Leave it unticked for someone who writes or helps but is not a lawyer." />
      <FormMessage ok={state.ok} message={state.message} answer={state} />
      <SubmitButton pending={pending} pendingLabel="Saving…">
        {submitLabel}
      </SubmitButton>
    </form>
  );
}
