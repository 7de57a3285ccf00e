import type { z } from "zod";

/** Messages by field name: the first problem with each field, shown next to it. */
export type FieldErrors<Field extends string = string> = Partial<Record<Field, string>>;

/**
 * What every server action that answers a form hands back: whether it worked, a message
 * about the whole form, errors by field, and what was typed (never passwords).
 */
export type FormState<Field extends string = string> = {
  ok?: boolean;
  message?: string;
  errors?: FieldErrors<Field>;
  values?: Partial<Record<Field, string>>;
};

/** zod's issues as the first message per field; an issue without a field goes under "form". */
export function fieldErrors<Field extends string = string>(error: z.ZodError): FieldErrors<Field | "form"> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? "form");
    errors[key] ??= issue.message;
  }
  return errors as FieldErrors<Field | "form">;
}

/** The text fields of a form, to put back after an error (never passwords). */
export function typedValues<Field extends string>(form: FormData, keep: readonly Field[]): Record<Field, string> {
  return Object.fromEntries(keep.map((name) => [name, String(form.get(name) ?? "")])) as Record<Field, string>;
}

/** A server action that answers a form (the shape `useActionState` calls). */
export type FormAction<Field extends string = string> = (state: FormState<Field>, form: FormData) => Promise<FormState<Field>>;
