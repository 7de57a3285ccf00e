import type { ComponentProps } from "react";
import { controlClass } from "./field-styles";

/** A text input in the form kit's style; `className` adds to it (say, a larger font). */
export function TextInput({ className, type = "text", ...props }: ComponentProps<"input">) {
  return <input type={type} {...props} className={className ? `${controlClass} ${className}` : controlClass} />;
}
