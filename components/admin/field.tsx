/** A labelled input with its error message tied to it for screen readers. */
export function Field({
  name,
  label,
  type = "text",
  defaultValue,
  errors,
  hint,
  autoComplete,
  maxLength,
  required,
}: {
  name: string;
  label: string;
  type?: string;
  defaultValue?: string;
  errors?: string[];
  hint?: string;
  autoComplete?: string;
  maxLength?: number;
  required?: boolean;
}) {
  const described = [hint && `${name}-hint`, errors?.length && `${name}-error`].filter(Boolean).join(" ") || undefined;
  return (
    <div>
      <label htmlFor={name} className="block font-medium text-slate-800">
        {label}
      </label>
      {hint && (
        <p id={`${name}-hint`} className="text-sm text-slate-600">
          {hint}
        </p>
      )}
      <input id={name} name={name} type={type} defaultValue={defaultValue} autoComplete={autoComplete} maxLength={maxLength}
        required={required} aria-invalid={errors?.length ? true : undefined} aria-describedby={described}
        className="mt-1 block w-full rounded-md border border-slate-400 px-3 py-2.5 text-base aria-invalid:border-red-600" />
      {errors?.length ? (
        <p id={`${name}-error`} className="mt-1 text-sm text-red-700">
          {errors.join(" ")}
        </p>
      ) : null}
    </div>
  );
}
