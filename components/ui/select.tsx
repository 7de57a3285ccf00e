import type { ComponentProps } from "react";
import { controlClass } from "./field-styles";

/** A select in the form kit's style. */
export function Select({ className, ...props }: ComponentProps<"select">) {
  return <select {...props} className={className ? `${controlClass} ${className}` : controlClass} />;
}
