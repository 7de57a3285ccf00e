// Passkeys (WebAuthn) as a second factor: registered from "Your account", used at sign-in
// after the password. Challenges live in this process's memory for five minutes, one
// use each; the relying party is SITE_URL's host, the expected origin SITE_URL itself.
import "server-only";
import { randomBytes } from "node:crypto";
import {
  generateAuthenticationOptions,
  generateRegistrationOptions,
  verifyAuthenticationResponse,
  verifyRegistrationResponse,
  type AuthenticationResponseJSON,
  type PublicKeyCredentialCreationOptionsJSON,
  type PublicKeyCredentialRequestOptionsJSON,
  type RegistrationResponseJSON,
} from "@simplewebauthn/server";
import { addPasskey, findPasskey, listPasskeys, markPasskeyUsed } from "@/db/second-factors";
import { siteUrl } from "@/lib/http/site-url";

const CHALLENGE_MS = 5 * 60_000;
const MAX_CHALLENGES = 1000;

// On globalThis: route handlers, actions and next-auth are separate module instances.
const holder = globalThis as unknown as { __passkeyChallenges?: Map<string, { challenge: string; userId?: number; expires: number }> };
const challenges = () => (holder.__passkeyChallenges ??= new Map());

function keepChallenge(challenge: string, userId?: number): string {
  const store = challenges();
  const now = Date.now();
  for (const [id, entry] of store) if (entry.expires < now || store.size >= MAX_CHALLENGES) store.delete(id);
  const id = randomBytes(18).toString("base64url");
  store.set(id, { challenge, userId, expires: now + CHALLENGE_MS });
  return id;
}

/** A kept challenge, once: later calls with the same id find nothing. */
function takeChallenge(id: unknown, userId?: number): string | undefined {
  if (typeof id !== "string") return undefined;
  const entry = challenges().get(id);
  challenges().delete(id);
  if (!entry || entry.expires < Date.now() || entry.userId !== userId) return undefined;
  return entry.challenge;
}

const relyingParty = () => {
  const url = new URL(siteUrl());
  return { rpID: url.hostname, origin: url.origin };
};

/** Options for the browser to create a passkey for this account, and the challenge's id. */
export async function passkeyRegistrationOptions(user: { id: number; email: string; name: string }, firmName: string): Promise<{ challengeId: string; options: PublicKeyCredentialCreationOptionsJSON }> {
  const options = await generateRegistrationOptions({
    rpName: firmName,
    rpID: relyingParty().rpID,
    userName: user.email,
    userDisplayName: user.name,
    userID: new TextEncoder().encode(`user-${user.id}`),
    attestationType: "none",
    excludeCredentials: listPasskeys(user.id).map((key) => ({ id: key.id, transports: key.transports })),
    authenticatorSelection: { residentKey: "preferred", userVerification: "preferred" },
  });
  return { challengeId: keepChallenge(options.challenge, user.id), options };
}

/** Checks the browser's answer and keeps the new passkey; false when it does not verify. */
export async function registerPasskey(userId: number, challengeId: unknown, response: RegistrationResponseJSON, name: string): Promise<boolean> {
  const expectedChallenge = takeChallenge(challengeId, userId);
  if (!expectedChallenge) return false;
  const { rpID, origin } = relyingParty();
  try {
    const result = await verifyRegistrationResponse({ response, expectedChallenge, expectedOrigin: origin, expectedRPID: rpID, requireUserVerification: false });
    if (!result.verified) return false;
    const { credential } = result.registrationInfo;
    if (findPasskey(credential.id)) return false;
    addPasskey({
      id: credential.id,
      userId,
      publicKey: Buffer.from(credential.publicKey).toString("base64url"),
      counter: credential.counter,
      transports: credential.transports ?? [],
      name,
    });
    return true;
  } catch {
    return false;
  }
}

/** Options for signing in with a passkey (any of this site's: the password says whose). */
export async function passkeySignInOptions(): Promise<{ challengeId: string; options: PublicKeyCredentialRequestOptionsJSON }> {
  const options = await generateAuthenticationOptions({ rpID: relyingParty().rpID, userVerification: "preferred" });
  return { challengeId: keepChallenge(options.challenge), options };
}

/** True when `response` is a fresh signature by one of this account's passkeys over the challenge. */
export async function checkPasskey(userId: number, challengeId: unknown, response: AuthenticationResponseJSON): Promise<boolean> {
  const expectedChallenge = takeChallenge(challengeId);
  if (!expectedChallenge) return false;
  const key = findPasskey(response.id);
  if (!key || key.userId !== userId) return false;
  const { rpID, origin } = relyingParty();
  try {
    const result = await verifyAuthenticationResponse({
      response,
      expectedChallenge,
      expectedOrigin: origin,
      expectedRPID: rpID,
      credential: { id: key.id, publicKey: new Uint8Array(Buffer.from(key.publicKey, "base64url")), counter: key.counter, transports: key.transports },
      requireUserVerification: false,
    });
    if (!result.verified) return false;
    markPasskeyUsed(key.id, result.authenticationInfo.newCounter);
    return true;
  } catch {
    return false;
  }
}
