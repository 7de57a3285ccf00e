import type { z } from "zod";

/** What a server action hands back to its form: a message, errors by field, and what was typed. */
export type FormState = {
  ok?: boolean;
  message?: string;
  errors?: Record<string, string[]>;
  values?: Record<string, string>;
};

/** zod's issues grouped by field name, for messages next to each field. */
export function fieldErrors(error: z.ZodError): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? "form");
    (errors[key] ??= []).push(issue.message);
  }
  return errors;
}

/** The text fields of a form, to put back after an error (never passwords). */
export function typedValues(form: FormData, keep: string[]): Record<string, string> {
  return Object.fromEntries(keep.map((name) => [name, String(form.get(name) ?? "")]));
}
