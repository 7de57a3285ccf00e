import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "zod";
import { recordLoginAttempt } from "@/db/login-attempts";
import { createSession, revokeSession } from "@/db/sessions";
import { findUserByEmail } from "@/db/users";
import { addressHash, clientAddress } from "./client-address";
import { checkLoginThrottle, waitMessage } from "./login-throttle";
import { verifyPassword } from "./passwords";
import { serverSecret } from "./secret";
import { ABSOLUTE_LIMIT_MS } from "./session-rules";
import { siteUrl } from "./site-url";

const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().max(254),
  password: z.string().max(128),
});

let options: NextAuthOptions | undefined;

/** Built on first use, not at import: `next build` imports this module and must not create the secret file. */
export function authOptions(): NextAuthOptions {
  // next-auth 4 reads its origin from NEXTAUTH_URL; ours is SITE_URL. The session cookie
  // is HttpOnly and SameSite=Lax by default, and Secure when the site is served over https.
  process.env.NEXTAUTH_URL ??= siteUrl();
  return (options ??= buildOptions());
}

const buildOptions = (): NextAuthOptions => ({
  secret: serverSecret(),
  useSecureCookies: siteUrl().startsWith("https://"),
  // JWT sessions (credentials sign-in requires them) that point at a row in the
  // sessions table: lib/auth.ts checks the row, so sign-out and password changes
  // really end a session, and idle / absolute limits hold.
  session: { strategy: "jwt", maxAge: ABSOLUTE_LIMIT_MS / 1000 },
  pages: { signIn: "/admin/login", error: "/admin/login" },
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: { email: { type: "email" }, password: { type: "password" } },
      async authorize(raw, req) {
        const parsed = credentialsSchema.safeParse(raw);
        if (!parsed.success) return null;
        const { email, password } = parsed.data;
        const address = addressHash(clientAddress(req.headers ?? {}));

        const before = checkLoginThrottle(email, address);
        if (!before.allowed) {
          recordLoginAttempt(email, address, before.reason);
          // next-auth passes a thrown error's message to the form.
          throw new Error(waitMessage(before));
        }

        const user = findUserByEmail(email);
        const passwordOk = await verifyPassword(user?.passwordHash, password);
        if (!user || !passwordOk || !user.active) {
          recordLoginAttempt(email, address, "failure");
          const after = checkLoginThrottle(email, address);
          if (!after.allowed) throw new Error(waitMessage(after));
          return null;
        }
        recordLoginAttempt(email, address, "success");
        const session = createSession(user.id);
        return { id: String(user.id), email: user.email, name: user.name, sid: session.id };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user && "sid" in user) token.sid = user.sid as string;
      return token;
    },
    session({ session, token }) {
      return { ...session, sid: token.sid };
    },
  },
  events: {
    signOut({ token }) {
      if (typeof token?.sid === "string") revokeSession(token.sid);
    },
  },
});
