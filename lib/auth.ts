// PLACEHOLDER until the sign-in lands (issue 3): the contract other code builds on.
// Every admin page, server action and route handler calls one of these.
import { forbidden, redirect, unauthorized } from "next/navigation";

export type SessionUser = { id: number; email: string; name: string; role: "owner" | "editor" };

/** The signed-in user, or null. */
export async function currentUser(): Promise<SessionUser | null> {
  return null;
}

/** For admin pages: sends a visitor without a session to the login (coming back to `returnTo` after), 403 without the role. */
export async function requireUser(options: { returnTo: string; role?: "owner" }): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) redirect(`/admin/login?next=${encodeURIComponent(options.returnTo)}`);
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
