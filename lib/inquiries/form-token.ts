// The intake form's hidden token: a one-time submission key and the time the form was
// rendered, signed so neither can be forged. The key makes a resubmitted form find its
// first inquiry; the time refuses forms sent faster than a person can fill them in.
import "server-only";
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { env } from "@/lib/platform/env";
import { MIN_FILL_MS } from "./inquiry-form";
import { serverSecret } from "@/lib/platform/secret";

function sign(payload: string): string {
  return createHmac("sha256", serverSecret()).update(`inquiry-form:${payload}`).digest("base64url");
}

/** A fresh token for a rendered form. */
export function issueFormToken(now = Date.now()): string {
  const payload = `${now}.${randomBytes(16).toString("base64url")}`;
  return `${payload}.${sign(payload)}`;
}

export type FormTokenCheck =
  | { ok: true; submissionKey: string; issuedAt: number }
  | { ok: false; reason: "invalid" | "too-fast" };

/** Checks the signature and the fill time; the submission key when both hold. */
export function checkFormToken(token: unknown, now = Date.now()): FormTokenCheck {
  if (typeof token !== "string" || token.length > 200) return { ok: false, reason: "invalid" };
  const parts = token.split(".");
  if (parts.length !== 3) return { ok: false, reason: "invalid" };
  const [issued, key, signature] = parts as [string, string, string];
  const expected = Buffer.from(sign(`${issued}.${key}`));
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, reason: "invalid" };
  const issuedAt = Number(issued);
  if (!Number.isSafeInteger(issuedAt)) return { ok: false, reason: "invalid" };
  // The e2e harness shortens the wait (lib/platform/env.ts refuses that on an https site).
  if (now - issuedAt < (env().contactMinFillMs ?? MIN_FILL_MS)) return { ok: false, reason: "too-fast" };
  return { ok: true, submissionKey: key, issuedAt };
}
