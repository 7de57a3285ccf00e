import { z } from "zod";

/**
 * The most characters a form field may hold under its schema, for the field's maxLength:
 * a string's own limit; for a union (an email or ""), the largest; for a list typed one
 * item per line, its items' limit times the number of items, with the line breaks.
 * Undefined when the schema sets no limit.
 */
export function maxLengthOf(schema: z.ZodType): number | undefined {
  // z.email() and the other formats are strings too, but not instances of ZodString.
  if (schema instanceof z.ZodString || schema instanceof z.ZodStringFormat) return schema.maxLength ?? undefined;
  if (schema instanceof z.ZodUnion) {
    const limits = (schema.options as z.ZodType[]).map(maxLengthOf).filter((n) => n !== undefined);
    return limits.length > 0 ? Math.max(...limits) : undefined;
  }
  if (schema instanceof z.ZodArray) {
    const line = maxLengthOf(schema.element as z.ZodType);
    // zod keeps an array's item limit only in its checks; its JSON Schema states it.
    const { maxItems } = z.toJSONSchema(schema, { unrepresentable: "any" });
    return line === undefined || maxItems === undefined ? undefined : maxItems * (line + 1) - 1;
  }
  return undefined;
}
