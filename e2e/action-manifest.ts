import fs from "node:fs";
import { SIGN_IN_PATHS } from "../lib/http/routes.mjs";

// What the production build says it serves: its pages and route handlers, and every server
// action with a page it is posted to. Journeys that attack "every action" read it here, so a
// new action is attacked without anyone adding it.

/** "/admin/(panel)/posts/[id]" → "/admin/posts/1". */
export function toUrl(appPath: string): string {
  return (
    appPath
      .replace(/^app/, "")
      .split("/")
      .filter((part) => !/^\(.*\)$/.test(part))
      .map((part) => (/^\[.*\]$/.test(part) ? "1" : part))
      .join("/") || "/"
  );
}

/** Every server action of the admin (the sign-in pages' are public by design: the setup link, password reset), with a page it is posted to. */
export function adminActions(): { id: string; name: string; page: string }[] {
  const manifest = JSON.parse(fs.readFileSync(".next/server/server-reference-manifest.json", "utf8")) as {
    node: Record<string, { workers: Record<string, unknown>; exportedName?: string; filename?: string }>;
  };
  return Object.entries(manifest.node)
    .map(([id, entry]) => ({ id, name: `${entry.filename}#${entry.exportedName}`, page: toUrl(Object.keys(entry.workers)[0]!.replace(/\/page$/, "")) }))
    .filter((action) => action.page.startsWith("/admin") && !SIGN_IN_PATHS.has(action.page));
}
