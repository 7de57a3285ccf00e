"use client";

import { useActionState } from "react";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { Select } from "@/components/ui/select";
import { TextInput } from "@/components/ui/text-input";
import { CONFLICT_LIMITS, CONFLICT_ROLE_LABELS } from "@/lib/conflicts/conflict-list";
import type { FormAction } from "@/lib/forms/form-state";
import { Button, SubmitButton } from "@/components/ui/button";

// The same choices in both forms.
const roleOptions = Object.entries(CONFLICT_ROLE_LABELS).map(([value, label]) => (
  <option key={value} value={value}>
    {label}
  </option>
));

/** One person, typed by hand: name, who they are in the matter, the matter. */
export function AddConflictPartyForm({ action }: { action: FormAction }) {
  const [state, formAction, pending] = useActionState(action, {});
  return (
    // A new key after each success empties the fields for the next name.
    <form key={state.ok ? state.message : "form"} action={formAction} className="space-y-3">
      <Field id="conflict-name" label="Name" hint="As the file or the court has it; nicknames, initials and accents are matched." error={state.errors?.name}>
        {(control) => <TextInput {...control} name="name" required maxLength={CONFLICT_LIMITS.name} defaultValue={state.values?.name} />}
      </Field>
      <Field id="conflict-role" label="Who they are" error={state.errors?.role}>
        {(control) => (
          <Select {...control} name="role" defaultValue={state.values?.role ?? "client"}>
            {roleOptions}
          </Select>
        )}
      </Field>
      <Field id="conflict-matter" label="Matter" hint="Its name or number, for example “State v. Reyes, CC-2025-114”." error={state.errors?.matter}>
        {(control) => <TextInput {...control} name="matter" maxLength={CONFLICT_LIMITS.matter} defaultValue={state.values?.matter} />}
      </Field>
      <Button type="submit" disabled={pending}>
        Add to the list
      </Button>
      <FormMessage ok={state.ok} message={state.message} answer={state} />
    </form>
  );
}

/** A CSV file exported from the practice-management tool. */
export function ImportConflictListForm({ action }: { action: FormAction }) {
  const [state, formAction, pending] = useActionState(action, {});
  return (
    <form action={formAction} className="space-y-3">
      <Field
        id="conflict-file"
        label="CSV file"
        hint="The first row names the columns: “Name” (or “First name” and “Last name”), and “Role” and “Matter” when the file has them. Up to 5,000 rows, 1 MB."
        error={state.errors?.file}
      >
        {(control) => <input {...control} type="file" name="file" accept=".csv,text/csv" required className="mt-1 block w-full text-sm" />}
      </Field>
      <Field id="conflict-default-role" label="Who they are, when the file does not say" error={state.errors?.defaultRole}>
        {(control) => (
          <Select {...control} name="defaultRole" defaultValue="client">
            {roleOptions}
          </Select>
        )}
      </Field>
      <SubmitButton pending={pending} pendingLabel="Importing…">
        Import
      </SubmitButton>
      <FormMessage ok={state.ok} message={state.message} answer={state} />
    </form>
  );
}
