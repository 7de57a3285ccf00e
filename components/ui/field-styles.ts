// The look of every form field, in one place. The border is slate-500 (4.7:1 against
// white): a field's edge must reach 3:1 to be seen (WCAG 1.4.11).
export const controlClass =
  "mt-1 block w-full rounded-md border border-slate-500 bg-white px-3 py-2.5 text-slate-900 disabled:opacity-60 aria-invalid:border-red-700 aria-invalid:ring-1 aria-invalid:ring-red-700";
export const labelClass = "block font-medium text-slate-900";
export const hintClass = "mt-1 text-sm text-slate-600";
export const errorClass = "mt-1 font-medium text-red-800";
/** A checkbox or a radio button: big enough to hit on a phone. */
export const choiceClass = "size-6 shrink-0 accent-brand-700";
