import type { ComponentProps } from "react";
import { controlClass } from "./field-styles";

/** A textarea in the form kit's style. */
export function Textarea({ className, ...props }: ComponentProps<"textarea">) {
  return <textarea {...props} className={className ? `${controlClass} ${className}` : controlClass} />;
}
