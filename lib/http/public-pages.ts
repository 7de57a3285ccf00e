// The public pages are rendered once and served from Next's cache (route-level ISR; see
// docs/architecture.md, "Rendering"). Anything that changes what they show calls refreshPublicPages()
// in the same request, so the very next visitor gets a fresh render.
//
// Outside a request (a scheduled post's time coming, the server starting) Next has no
// way to invalidate: the server asks itself, through /api/internal/refresh-pages, with
// a token that lives only in this process's memory.
import "server-only";
import { randomBytes, timingSafeEqual } from "node:crypto";
import { revalidatePath } from "next/cache";
import { REFRESH_PATH, REFRESH_TOKEN_HEADER } from "./routes.mjs";

/** Every public page shows the firm's details and the latest posts: they go stale together. */
export function refreshPublicPages(): void {
  revalidatePath("/", "layout");
}

// On globalThis: instrumentation and the route bundles are separate module instances.
const holder = globalThis as unknown as { __refreshToken?: string; __refreshOrigin?: string };

/** Called once at start-up with the address the server listens on. */
export function prepareSelfRefresh(origin: string): string {
  holder.__refreshOrigin = origin;
  return (holder.__refreshToken ??= randomBytes(32).toString("base64url"));
}

/** True when `given` is this process's refresh token. */
export function isRefreshToken(given: string | null): boolean {
  const token = holder.__refreshToken;
  if (!token || !given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Asks this server to refresh its public pages (from a timer, outside any request). */
export async function requestSelfRefresh(): Promise<void> {
  const { __refreshOrigin: origin, __refreshToken: token } = holder;
  if (!origin || !token) return;
  const response = await fetch(`${origin}${REFRESH_PATH}`, { method: "POST", headers: { [REFRESH_TOKEN_HEADER]: token } });
  if (!response.ok) throw new Error(`refreshing the public pages answered ${response.status}`);
}
