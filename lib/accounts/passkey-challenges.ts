// Passkey challenges waiting for their answer, in this process's memory: five minutes and
// one use each. Each is bound to the client that asked (its address hash for sign-in, the
// account for registration), and a client holds a few at most: its own newest replace its
// oldest, so nobody asking a thousand times can push out another client's challenge. When
// the whole store is full of live challenges, new ones are refused rather than evicting any.
import "server-only";
import { randomBytes } from "node:crypto";

export const CHALLENGE_MS = 5 * 60_000;
export const CHALLENGES_PER_CLIENT = 5;
export const MAX_CHALLENGES = 10_000;

type Entry = { challenge: string; client: string; expires: number };
type Store = { byId: Map<string, Entry>; byClient: Map<string, string[]> };

// On globalThis: route handlers, actions and next-auth are separate module instances.
const holder = globalThis as unknown as { __passkeyChallengeStore?: Store };
const store = (): Store => (holder.__passkeyChallengeStore ??= { byId: new Map(), byClient: new Map() });

function forget(s: Store, id: string): void {
  const entry = s.byId.get(id);
  if (!entry) return;
  s.byId.delete(id);
  const ids = s.byClient.get(entry.client)?.filter((other) => other !== id) ?? [];
  if (ids.length) s.byClient.set(entry.client, ids);
  else s.byClient.delete(entry.client);
}

function dropExpired(s: Store, now: number): void {
  // Insertion order is expiry order (every challenge lives as long): stop at the first live one.
  for (const [id, entry] of s.byId) {
    if (entry.expires > now) break;
    forget(s, id);
  }
}

/** Keeps `challenge` for `client`; its id, or undefined when the store is full of other clients' live challenges. */
export function keepChallenge(challenge: string, client: string, now = Date.now()): string | undefined {
  const s = store();
  dropExpired(s, now);
  const mine = s.byClient.get(client) ?? [];
  const full = s.byId.size >= MAX_CHALLENGES;
  // A client makes room from its own challenges only.
  if (mine.length >= CHALLENGES_PER_CLIENT || (full && mine.length > 0)) forget(s, mine[0]!);
  else if (full) return undefined;
  const id = randomBytes(18).toString("base64url");
  s.byId.set(id, { challenge, client, expires: now + CHALLENGE_MS });
  s.byClient.set(client, [...(s.byClient.get(client) ?? []), id]);
  return id;
}

/** A kept challenge, once, for the client it was given to: later calls with the same id find nothing. */
export function takeChallenge(id: unknown, client: string, now = Date.now()): string | undefined {
  if (typeof id !== "string" || id.length > 64) return undefined;
  const s = store();
  const entry = s.byId.get(id);
  forget(s, id);
  if (!entry || entry.expires <= now || entry.client !== client) return undefined;
  return entry.challenge;
}

/** Empties the store (tests). */
export function forgetChallenges(): void {
  holder.__passkeyChallengeStore = undefined;
}
