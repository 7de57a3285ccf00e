import type { ReactNode } from "react";
import { describedBy, errorId, FieldError, hintId } from "./field";
import { choiceClass, hintClass, labelClass } from "./field-styles";

export type RadioOption = { readonly value: string; readonly label: string };

/** The id of a group's nth radio button (the first is where an error summary links to). */
export const radioId = (id: string, index = 0) => `${id}-${index}`;

/**
 * Radio buttons in a fieldset whose legend asks the question. With an error, the fieldset
 * and every radio point at the message and are marked invalid: a screen reader that lands
 * on a radio hears the problem, not only one that reads the group.
 */
export function RadioGroup({
  id,
  name,
  legend,
  hint,
  options,
  defaultValue,
  error,
}: {
  id: string;
  name: string;
  legend: ReactNode;
  hint?: ReactNode;
  options: readonly RadioOption[];
  defaultValue?: string;
  error?: string;
}) {
  const describedByError = error ? errorId(id) : undefined;
  return (
    <fieldset aria-describedby={describedBy(hint ? hintId(id) : undefined, describedByError)}>
      <legend className={labelClass}>{legend}</legend>
      {hint ? (
        <p id={hintId(id)} className={hintClass}>
          {hint}
        </p>
      ) : null}
      <div className="mt-1 space-y-1">
        {options.map((option, i) => (
          <div key={option.value} className="flex min-h-11 items-center gap-3">
            {/* ARIA 1.2 lists aria-invalid for the group rather than the radio, but a screen reader
                announces it on the radio a person lands on; axe accepts it (a global attribute). */}
            {/* eslint-disable-next-line jsx-a11y/role-supports-aria-props */}
            <input
              id={radioId(id, i)}
              type="radio"
              name={name}
              value={option.value}
              defaultChecked={defaultValue === option.value}
              aria-invalid={error ? true : undefined}
              aria-describedby={describedByError}
              className={choiceClass}
            />
            <label htmlFor={radioId(id, i)} className="text-slate-900">
              {option.label}
            </label>
          </div>
        ))}
      </div>
      <FieldError id={id} error={error} />
    </fieldset>
  );
}
