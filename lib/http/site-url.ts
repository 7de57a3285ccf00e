import "server-only";
import { env } from "@/lib/platform/env";

/** The site's public origin, for absolute links (share links, mail). No trailing slash. */
export function siteUrl(): string {
  return env().siteUrl;
}
