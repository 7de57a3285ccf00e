// The one way to check who is signed in. Every admin page, server action and route
// handler calls requireUser() or requireActionUser() itself: proxy.ts only redirects
// early, and requests that skip it must still be refused.
import "server-only";
import { decode } from "next-auth/jwt";
import { cookies, headers } from "next/headers";
import { cookieValue } from "@/lib/http/cookie-value";
import { forbidden, redirect, unauthorized } from "next/navigation";
import { cache } from "react";
import { sessionCookieName } from "./auth-options";
import { safeReturnPath } from "./return-path";
import { serverSecret } from "@/lib/platform/secret";
import { findSession, touchSession } from "@/db/sessions";
import { sessionCanBeExtended, sessionTimeLeft } from "./session-rules";
import { liveSessionUser } from "./session-user";

export type SessionUser = {
  id: number;
  email: string;
  name: string;
  role: "owner" | "editor";
  /** An editor the owner lets publish without review (lib/publishing/publishing-rights.ts). */
  publishesDirectly: boolean;
  sessionId: string;
};

/** The session id the signed session cookie carries, or undefined (no cookie, a forged or broken one). */
async function sessionIdFromCookie(): Promise<string | undefined> {
  return sessionIdFromToken((await cookies()).get(sessionCookieName())?.value);
}

async function sessionIdFromToken(token: string | undefined): Promise<string | undefined> {
  if (!token || token.length > 4096) return undefined;
  try {
    const payload = await decode({ token, secret: serverSecret() });
    return typeof payload?.sid === "string" ? payload.sid : undefined;
  } catch {
    // A junk cookie is an anonymous visitor, not an error worth a line in the log.
    return undefined;
  }
}

/**
 * Whether a raw Cookie header holds a live session, for the request gate (outside any
 * Next request: it asks before reading a large admin body). Not activity.
 */
export async function hasLiveSession(cookieHeader: string | undefined): Promise<boolean> {
  const sid = await sessionIdFromToken(cookieValue(cookieHeader, sessionCookieName()));
  return sid !== undefined && liveSessionUser(sid, new Date(), { touch: false }) !== undefined;
}

/** The signed-in user, or null. Once per request. */
export const currentUser = cache(async (): Promise<SessionUser | null> => {
  const sid = await sessionIdFromCookie();
  const live = sid ? liveSessionUser(sid) : undefined;
  if (!live) return null;
  const { user } = live;
  return { id: user.id, email: user.email, name: user.name, role: user.role, publishesDirectly: user.publishesDirectly, sessionId: live.sessionId };
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

export type SessionTime = { msLeft: number; extendable: boolean };

/**
 * How long this request's session has left, without counting the question as activity
 * (the admin's session watch asks every minute); null when there is no live session.
 */
export async function currentSessionTime(now = new Date()): Promise<SessionTime | null> {
  const sid = await sessionIdFromCookie();
  const live = sid ? liveSessionUser(sid, now, { touch: false }) : undefined;
  if (!live) return null;
  return { msLeft: sessionTimeLeft(live.session, now), extendable: sessionCanBeExtended(live.session, now) };
}

/** "Stay signed in": counts as activity now (401 without a live session, like every action). */
export async function extendSession(now = new Date()): Promise<SessionTime> {
  const user = await requireActionUser();
  touchSession(user.sessionId, now);
  const session = findSession(user.sessionId);
  if (!session) unauthorized();
  return { msLeft: sessionTimeLeft(session, now), extendable: sessionCanBeExtended(session, now) };
}
