import "server-only";
import { sql, type SQL, type SQLWrapper } from "drizzle-orm";

/**
 * `column` contains `text` as typed, ignoring ASCII case (SQLite's LIKE): % and _ in the
 * text are plain characters, not wildcards.
 */
export function contains(column: SQLWrapper, text: string): SQL {
  const pattern = `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return sql`${column} like ${pattern} escape '\\'`;
}
