import type { ComponentProps, ReactNode } from "react";
import { describedBy, errorId, FieldError, hintId } from "./field";
import { choiceClass, hintClass } from "./field-styles";

/** A checkbox with its label beside it, an optional hint and its error message. */
export function CheckboxField({
  id,
  label,
  hint,
  error,
  alsoDescribedBy = [],
  ...input
}: Omit<ComponentProps<"input">, "id" | "type"> & {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  /** More ids that describe the checkbox (the text it acknowledges, say). */
  alsoDescribedBy?: (string | false | undefined)[];
}) {
  return (
    <div>
      <div className="flex items-start gap-3">
        <input
          {...input}
          id={id}
          type="checkbox"
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(...alsoDescribedBy, hint ? hintId(id) : undefined, error ? errorId(id) : undefined)}
          className={`mt-0.5 ${choiceClass}`}
        />
        <div>
          <label htmlFor={id} className="font-medium text-slate-900">
            {label}
          </label>
          {hint ? (
            <p id={hintId(id)} className={hintClass}>
              {hint}
            </p>
          ) : null}
        </div>
      </div>
      <FieldError id={id} error={error} />
    </div>
  );
}
