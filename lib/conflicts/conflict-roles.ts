// Who a person on the firm's conflict list is in the matter; the column db/schema.ts
// declares takes these values, and the browser's form offers them.
export const CONFLICT_ROLES = ["client", "opposing_party", "witness", "other"] as const;
export type ConflictRole = (typeof CONFLICT_ROLES)[number];
