// The one way to check who is signed in. Every admin page, server action and route
// handler calls requireUser() or requireActionUser() itself: proxy.ts only redirects
// early, and requests that skip it must still be refused.
import "server-only";
import { getServerSession } from "next-auth";
import { headers } from "next/headers";
import { forbidden, redirect, unauthorized } from "next/navigation";
import { cache } from "react";
import { findSession, revokeSession, touchSession } from "@/db/sessions";
import { findUserById } from "@/db/users";
import { authOptions } from "./auth-options";
import { safeReturnPath } from "./return-path";
import { isSessionAlive, TOUCH_EVERY_MS } from "./session-rules";

export type SessionUser = { id: number; email: string; name: string; role: "owner" | "editor"; sessionId: string };

/** The signed-in user, or null. Once per request. */
export const currentUser = cache(async (): Promise<SessionUser | null> => {
  const session = (await getServerSession(authOptions())) as { sid?: unknown } | null;
  if (typeof session?.sid !== "string") return null;
  const row = findSession(session.sid);
  if (!row) return null;
  const now = new Date();
  if (!isSessionAlive(row, now)) {
    revokeSession(row.id, now);
    return null;
  }
  const user = findUserById(row.userId);
  if (!user || !user.active || !user.passwordHash) return null;
  if (now.getTime() - row.lastSeenAt.getTime() > TOUCH_EVERY_MS) touchSession(row.id, now);
  return { id: user.id, email: user.email, name: user.name, role: user.role, sessionId: row.id };
});

/**
 * For admin pages: without a session, to the login and back after (to the path
 * proxy.ts saw, else `returnTo`); 403 without the role.
 */
export async function requireUser(options: { returnTo?: string; role?: "owner" } = {}): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) {
    const back = safeReturnPath((await headers()).get("x-return-path") ?? options.returnTo);
    redirect(`/admin/login?next=${encodeURIComponent(back)}`);
  }
  if (options.role && user.role !== options.role) forbidden();
  return user;
}

/** For server actions and route handlers: 401 without a session, 403 without the role; nothing changes. */
export async function requireActionUser(options: { role?: "owner" } = {}): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) unauthorized();
  if (options.role && user.role !== options.role) forbidden();
  return user;
}
