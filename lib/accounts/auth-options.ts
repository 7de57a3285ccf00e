import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "zod";
import { secondFactorsOf } from "@/db/second-factors";
import { createSession, revokeSession } from "@/db/sessions";
import { findUserByEmail } from "@/db/users";
import { addressHash, clientAddress } from "@/lib/http/client-address";
import { logLine } from "@/lib/platform/log";
import { checkLoginThrottle, reservePasswordCheck, waitMessage } from "./login-throttle";
import { checkPasskey } from "./passkeys";
import { verifyPassword } from "./passwords";
import { checkSecondFactorCode } from "./second-factor";
import { noticeAccountLocked } from "./security-notices";
import { serverSecret } from "@/lib/platform/secret";
import { liveSessionUser } from "./session-user";
import { ABSOLUTE_LIMIT_MS } from "./session-rules";
import { siteUrl } from "@/lib/http/site-url";

const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().max(254),
  password: z.string().max(128),
  // The second step: a six-digit code or a recovery code, or a passkey's answer (JSON).
  code: z.string().max(40).optional(),
  passkey: z.string().max(8_000).optional(),
  challengeId: z.string().max(64).optional(),
});

/** What the sign-in form reads from a refused sign-in (next-auth passes a thrown error's message on). */
export const SECOND_FACTOR_NEEDED = "second-factor-needed";
export const SECOND_FACTOR_WRONG = "second-factor-wrong";

/** Thrown by the jwt callback for a session that has ended: next-auth then answers "signed out" and clears the cookie. */
export class SessionEnded extends Error {
  constructor() {
    super("session ended");
    this.name = "SessionEnded";
  }
}

let options: NextAuthOptions | undefined;

/** Built on first use, not at import: `next build` imports this module and must not create the secret file. */
export function authOptions(): NextAuthOptions {
  // next-auth 4 reads its origin from NEXTAUTH_URL; ours is SITE_URL. The session cookie
  // is HttpOnly and SameSite=Lax by default, and Secure when the site is served over https.
  process.env.NEXTAUTH_URL ??= siteUrl();
  return (options ??= buildOptions());
}

/** The session cookie's name (the __Secure- prefix over https). */
export function sessionCookieName(): string {
  return siteUrl().startsWith("https://") ? "__Secure-next-auth.session-token" : "next-auth.session-token";
}

const header = (headers: Record<string, unknown> | undefined, name: string) => {
  const value = headers?.[name];
  return typeof value === "string" ? value : undefined;
};

const buildOptions = (): NextAuthOptions => ({
  secret: serverSecret(),
  useSecureCookies: siteUrl().startsWith("https://"),
  // JWT sessions (credentials sign-in requires them) that point at a row in the
  // sessions table: lib/accounts/auth.ts checks the row, so sign-out and password changes
  // really end a session, and idle / absolute limits hold.
  session: { strategy: "jwt", maxAge: ABSOLUTE_LIMIT_MS / 1000 },
  pages: { signIn: "/admin/login", error: "/admin/login" },
  // One line per event, control characters escaped: nothing typed into a URL or a cookie
  // can write a line of its own or a stack trace (lib/platform/log.ts).
  logger: {
    error: (code, metadata) => {
      const error = metadata instanceof Error ? metadata : (metadata as { error?: unknown })?.error;
      if (error instanceof SessionEnded) return;
      logLine("auth", `error ${code}: ${error instanceof Error ? error.message : "see next-auth's documentation for the code"}`);
    },
    warn: (code) => logLine("auth", `warning ${code}`, "warn"),
    debug: () => {},
  },
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: { email: { type: "email" }, password: { type: "password" }, code: { type: "text" }, passkey: { type: "text" }, challengeId: { type: "text" } },
      async authorize(raw, req) {
        const parsed = credentialsSchema.safeParse(raw);
        if (!parsed.success) return null;
        const { email, password, code, passkey, challengeId } = parsed.data;
        const address = clientAddress(req.headers ?? {});
        const addressKey = addressHash(address);

        // The place is taken before the slow hash: parallel guesses count against each other.
        const reservation = reservePasswordCheck(email, addressKey);
        if (!reservation.allowed) throw new Error(waitMessage(reservation));

        const user = findUserByEmail(email);
        const passwordOk = await verifyPassword(user?.passwordHash, password);
        // A failure that locks the account from everywhere is told to the account and the owner.
        const fail = () => {
          if (reservation.settle(false)) noticeAccountLocked(email);
        };
        if (!user || !passwordOk || !user.active) {
          fail();
          const after = checkLoginThrottle(email, addressKey);
          if (!after.allowed) throw new Error(waitMessage(after));
          return null;
        }

        const factors = secondFactorsOf(user.id);
        if (factors.totp || factors.passkeys > 0) {
          if (!code && !passkey) {
            // The password was right: no failure, but no success either (a success would
            // clear the count, and wrong codes must add up like wrong passwords).
            reservation.settle(null);
            throw new Error(`${SECOND_FACTOR_NEEDED}:${factors.totp ? "totp" : ""},${factors.passkeys ? "passkey" : ""}`);
          }
          const ok = passkey ? await checkPasskey(user.id, addressKey, challengeId, parsePasskey(passkey)) : checkSecondFactorCode(user.id, code!);
          if (!ok) {
            fail();
            const after = checkLoginThrottle(email, addressKey);
            if (!after.allowed) throw new Error(waitMessage(after));
            throw new Error(SECOND_FACTOR_WRONG);
          }
        }
        reservation.settle(true);
        const session = createSession(user.id, { address, userAgent: header(req.headers, "user-agent") });
        return { id: String(user.id), email: user.email, name: user.name, sid: session.id };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user && "sid" in user) {
        token.sid = user.sid as string;
        return token;
      }
      // Every later use of the cookie (next-auth's own /api/auth/session among them): an
      // ended session is answered as signed out, and its cookie cleared.
      if (typeof token.sid !== "string" || !liveSessionUser(token.sid)) throw new SessionEnded();
      return token;
    },
    // What next-auth hands to page JavaScript (/api/auth/session): never the session id.
    session({ session }) {
      return { expires: session.expires, user: { name: session.user?.name, email: session.user?.email } };
    },
  },
  events: {
    signOut({ token }) {
      if (typeof token?.sid === "string") revokeSession(token.sid);
    },
  },
});

function parsePasskey(json: string) {
  try {
    return JSON.parse(json) as Parameters<typeof checkPasskey>[3];
  } catch {
    return { id: "", rawId: "", type: "public-key", response: { clientDataJSON: "", authenticatorData: "", signature: "" }, clientExtensionResults: {} } as Parameters<typeof checkPasskey>[3];
  }
}
