// Values read from a URL (a route segment or a query string), checked before any query sees them.

type Param = string | string[] | undefined;

/** A row id as it appears in a URL ("42"), or undefined for anything else. */
export function parseId(value: Param): number | undefined {
  return typeof value === "string" && /^\d{1,12}$/.test(value) ? Number(value) : undefined;
}

/** "?page=N": absent is page 1; anything but a whole number from 1 up is undefined (not a page). */
export function parsePageNumber(value: Param): number | undefined {
  if (value === undefined) return 1;
  return typeof value === "string" && /^[1-9]\d{0,5}$/.test(value) ? Number(value) : undefined;
}
