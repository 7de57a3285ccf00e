// Passkeys (WebAuthn) as a second factor: registered from "Your account", used at sign-in
// after the password. Challenges are kept per client for five minutes, one use each
// (lib/accounts/passkey-challenges.ts); the relying party is SITE_URL's host, the expected
// origin SITE_URL itself.
import "server-only";
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

import { keepChallenge, takeChallenge } from "./passkey-challenges";

/** The challenge store's client for registering: the account (a session asks). */
const accountClient = (userId: number) => `account:${userId}`;
/** The challenge store's client for signing in: the address's keyed hash (nobody is signed in yet). */
export const addressClient = (addressHash: string) => `address:${addressHash}`;

const relyingParty = () => {
  const url = new URL(siteUrl());
  return { rpID: url.hostname, origin: url.origin };
};

/** Options for the browser to create a passkey for this account, and the challenge's id. */
export async function passkeyRegistrationOptions(user: { id: number; email: string; name: string }, firmName: string): Promise<{ challengeId: string; options: PublicKeyCredentialCreationOptionsJSON } | { message: string }> {
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
  const challengeId = keepChallenge(options.challenge, accountClient(user.id));
  return challengeId ? { challengeId, options } : { message: BUSY };
}

/** Checks the browser's answer and keeps the new passkey; false when it does not verify. */
export async function registerPasskey(userId: number, challengeId: unknown, response: RegistrationResponseJSON, name: string): Promise<boolean> {
  const expectedChallenge = takeChallenge(challengeId, accountClient(userId));
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

const BUSY = "Passkeys are busy right now. Try again in a few minutes.";

/** Options for signing in with a passkey (any of this site's: the password says whose), for the client at `addressHash`; undefined when the store is full. */
export async function passkeySignInOptions(addressHash: string): Promise<{ challengeId: string; options: PublicKeyCredentialRequestOptionsJSON } | undefined> {
  const options = await generateAuthenticationOptions({ rpID: relyingParty().rpID, userVerification: "preferred" });
  const challengeId = keepChallenge(options.challenge, addressClient(addressHash));
  return challengeId ? { challengeId, options } : undefined;
}

/** True when `response`, from the client at `addressHash`, is a fresh signature by one of this account's passkeys over the challenge. */
export async function checkPasskey(userId: number, addressHash: string, challengeId: unknown, response: AuthenticationResponseJSON): Promise<boolean> {
  const expectedChallenge = takeChallenge(challengeId, addressClient(addressHash));
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
