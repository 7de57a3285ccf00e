// Authenticator-app codes (TOTP, RFC 6238: 6 digits, 30 seconds) and one-time recovery
// codes. A code is accepted once (its time step is kept), a recovery code once (its
// keyed hash is marked used); both are tried under the sign-in throttle.
import "server-only";
import { createHmac, randomBytes } from "node:crypto";
import { Secret, TOTP } from "otpauth";
import { enableTotp, findTotp, setPendingTotpSecret, takeTotpStep, spendRecoveryCode } from "@/db/second-factors";
import { serverSecret } from "@/lib/platform/secret";

const PERIOD = 30;
export const RECOVERY_CODE_COUNT = 10;

const totpFor = (secret: string, label: string, issuer: string) =>
  new TOTP({ issuer, label, secret: Secret.fromBase32(secret), algorithm: "SHA1", digits: 6, period: PERIOD });

/** The time step `token` belongs to (this one or one either side, for clocks a little off), or undefined. */
export function totpStep(secret: string, token: string, now = Date.now()): number | undefined {
  const digits = token.replace(/\s+/g, "");
  if (!/^\d{6}$/.test(digits)) return undefined;
  const delta = totpFor(secret, "x", "x").validate({ token: digits, timestamp: now, window: 1 });
  return delta === null ? undefined : Math.floor(now / 1000 / PERIOD) + delta;
}

/** A new secret kept aside for `userId`, and the otpauth:// address an authenticator app reads (as a QR code). */
export function startTotpEnrollment(userId: number, label: string, issuer: string): { secret: string; uri: string } {
  const secret = new Secret({ size: 20 }).base32;
  setPendingTotpSecret(userId, secret);
  return { secret, uri: totpFor(secret, label, issuer).toString() };
}

/** Confirms the pending secret with a first code; returns the recovery codes to show once. */
export function confirmTotpEnrollment(userId: number, token: string, now = Date.now()): string[] | undefined {
  const pending = findTotp(userId)?.pendingSecret;
  if (!pending) return undefined;
  const step = totpStep(pending, token, now);
  if (step === undefined) return undefined;
  const codes = newRecoveryCodes();
  return enableTotp(userId, step, codes.map(recoveryCodeHash)) ? codes : undefined;
}

/** True when `token` is a fresh code of the account's authenticator. */
export function checkTotp(userId: number, token: string, now = Date.now()): boolean {
  const secret = findTotp(userId)?.secret;
  if (!secret) return false;
  const step = totpStep(secret, token, now);
  return step !== undefined && takeTotpStep(userId, step);
}

/** Ten codes such as "7kq2-m9xd-4f": 50 random bits each. */
export function newRecoveryCodes(): string[] {
  const alphabet = "23456789abcdefghjkmnpqrstuvwxyz";
  return Array.from({ length: RECOVERY_CODE_COUNT }, () => {
    const bytes = randomBytes(10);
    const chars = Array.from(bytes, (b) => alphabet[b % alphabet.length]).join("");
    return `${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8, 10)}`;
  });
}

/** How a recovery code is stored: keyed, without dashes, spaces or case. */
export function recoveryCodeHash(code: string): string {
  const plain = code.toLowerCase().replace(/[^0-9a-z]/g, "");
  return createHmac("sha256", serverSecret()).update(`recovery:${plain}`).digest("base64url");
}

/** Uses up a recovery code of the account; false when it is not one (or was used). */
export function checkRecoveryCode(userId: number, code: string): boolean {
  if (code.length > 40) return false;
  return spendRecoveryCode(userId, recoveryCodeHash(code));
}

/** A six-digit code or a recovery code: which one the person typed. */
export function checkSecondFactorCode(userId: number, code: string): boolean {
  const trimmed = code.trim();
  return /^\d[\d\s]*$/.test(trimmed) ? checkTotp(userId, trimmed) : checkRecoveryCode(userId, trimmed);
}
