import type { ReactNode } from "react";
import { errorClass, hintClass, labelClass } from "./field-styles";

/** What a Field hands its control: the id its label points at, and its state for screen readers. */
export type ControlProps = {
  id: string;
  "aria-invalid"?: true;
  "aria-describedby"?: string;
};

export const hintId = (id: string) => `${id}-hint`;
export const errorId = (id: string) => `${id}-error`;

/** Ids joined for aria-describedby; undefined when there are none. */
export function describedBy(...ids: (string | false | null | undefined)[]): string | undefined {
  return ids.filter(Boolean).join(" ") || undefined;
}

/**
 * A labelled field: label, optional hint, the control, then its error message. The control
 * comes from `children`, which receives the id and aria attributes that tie the label,
 * hint and error to it, so any input, select or textarea (controlled or not) fits.
 */
export function Field({
  id,
  label,
  hint,
  error,
  invalid = Boolean(error),
  alsoDescribedBy = [],
  children,
}: {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  /** This field's own message, shown under it. */
  error?: string;
  /** Marks the control invalid without a message of its own (e.g. a rule shared by two fields). */
  invalid?: boolean;
  /** More ids that describe the control: a counter, a message shown elsewhere. */
  alsoDescribedBy?: (string | false | undefined)[];
  children: (control: ControlProps) => ReactNode;
}) {
  const control: ControlProps = {
    id,
    "aria-invalid": invalid || undefined,
    "aria-describedby": describedBy(hint ? hintId(id) : undefined, error ? errorId(id) : undefined, ...alsoDescribedBy),
  };
  return (
    <div>
      <label htmlFor={id} className={labelClass}>
        {label}
      </label>
      {hint ? (
        <p id={hintId(id)} className={hintClass}>
          {hint}
        </p>
      ) : null}
      {children(control)}
      <FieldError id={id} error={error} />
    </div>
  );
}

/** A field's error message, with the id its control points at. */
export function FieldError({ id, error }: { id: string; error?: string }) {
  if (!error) return null;
  return (
    <p id={errorId(id)} className={errorClass}>
      {error}
    </p>
  );
}
