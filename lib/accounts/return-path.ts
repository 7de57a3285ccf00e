/** Where to go after signing in: an admin path on this site, never another origin. */
export function safeReturnPath(value: unknown): string {
  if (typeof value !== "string") return "/admin";
  if (!value.startsWith("/admin") || value.startsWith("//") || value.includes("\\")) return "/admin";
  if (value.startsWith("/admin/login")) return "/admin";
  return value;
}
