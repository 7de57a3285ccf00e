import type { ButtonHTMLAttributes, ReactNode } from "react";

// The site's buttons, in one place: the primary action (the brand's dark blue), a secondary
// one (outlined) and a destructive one (red). Links that act as buttons (Call, New post,
// Export) take the same look through buttonClass(). The focus ring comes from
// app/globals.css (--focus-ring), like every other control's.

export type ButtonVariant = "primary" | "secondary" | "danger";
export type ButtonSize = "sm" | "md" | "lg";

const BASE = "rounded-md disabled:opacity-60";

const VARIANTS: Record<ButtonVariant, string> = {
  primary: "bg-brand-800 font-semibold text-white hover:bg-brand-900",
  secondary: "border border-brand-700 font-medium text-brand-800 hover:bg-brand-50",
  danger: "bg-red-700 font-semibold text-white hover:bg-red-800",
};

// "md" and "lg" are at least 44 px tall (WCAG 2.5.5's target size); "sm" is for a control
// inside a line of text or a toolbar, next to larger ones.
const SIZES: Record<ButtonSize, string> = {
  sm: "px-3 py-1.5 text-sm",
  md: "min-h-11 px-4 py-2",
  lg: "min-h-11 px-5 py-3 text-lg",
};

export type ButtonLook = { variant?: ButtonVariant; size?: ButtonSize; className?: string };

/** The classes of a button of this look, for a link that acts as one; `className` adds layout (width, margin, display), never another colour or size. */
export function buttonClass({ variant = "primary", size = "md", className }: ButtonLook = {}): string {
  return [BASE, VARIANTS[variant], SIZES[size], className].filter(Boolean).join(" ");
}

/** A `<button>`; its `type` is always said, so no button submits a form by accident. */
export function Button({
  variant,
  size,
  className,
  type,
  ...props
}: ButtonLook & Omit<ButtonHTMLAttributes<HTMLButtonElement>, "className" | "type"> & { type: "button" | "submit" }) {
  return <button type={type} className={buttonClass({ variant, size, className })} {...props} />;
}

/** A form's submit button: disabled while the form is sent, saying so ("Saving…") instead of its label. */
export function SubmitButton({
  pending,
  pendingLabel,
  children,
  ...look
}: ButtonLook & { pending: boolean; pendingLabel: string; children: ReactNode }) {
  return (
    <Button type="submit" disabled={pending} {...look}>
      {pending ? pendingLabel : children}
    </Button>
  );
}
