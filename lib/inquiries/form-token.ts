// The intake form's token: a one-time submission key and the time the form was first
// shown, signed so neither can be forged. The key (with the answers, submit-inquiry.ts)
// makes a resent form find its first inquiry; the time refuses forms sent faster than a
// person can fill them in.
//
// The contact page is cached, one HTML for every visitor, so the token cannot be in it: the
// server gives each visitor theirs in a cookie as the page goes out (scripts/server.mjs,
// formTokenCookie below). The form's hidden field carries one only where the server
// answered a form without a usable cookie (blocked cookies): the next send then works.
import "server-only";
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { env } from "@/lib/platform/env";
import { cookieValue } from "@/lib/http/cookie-value";
import { MIN_FILL_MS } from "./inquiry-form";
import { serverSecret } from "@/lib/platform/secret";

/** A token older than this is replaced when the visitor opens the form again. */
const TOKEN_LIFETIME_MS = 24 * 60 * 60 * 1000;

function sign(payload: string): string {
  return createHmac("sha256", serverSecret()).update(`inquiry-form:${payload}`).digest("base64url");
}

/** A fresh token. */
export function issueFormToken(now = Date.now()): string {
  const payload = `${now}.${randomBytes(16).toString("base64url")}`;
  return `${payload}.${sign(payload)}`;
}

/** What a token holds, when its signature is right. */
function readFormToken(token: unknown): { submissionKey: string; issuedAt: number } | undefined {
  if (typeof token !== "string" || token.length > 200) return undefined;
  const parts = token.split(".");
  if (parts.length !== 3) return undefined;
  const [issued, key, signature] = parts as [string, string, string];
  const expected = Buffer.from(sign(`${issued}.${key}`));
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
  const issuedAt = Number(issued);
  if (!Number.isSafeInteger(issuedAt)) return undefined;
  return { submissionKey: key, issuedAt };
}

export type FormTokenCheck =
  | { ok: true; submissionKey: string; issuedAt: number }
  | { ok: false; reason: "invalid" | "too-fast" };

/** Checks the signature and the fill time; the submission key when both hold. */
export function checkFormToken(token: unknown, now = Date.now()): FormTokenCheck {
  const read = readFormToken(token);
  if (!read) return { ok: false, reason: "invalid" };
  // The e2e harness shortens the wait (lib/platform/env.ts refuses that on an https site).
  if (now - read.issuedAt < (env().contactMinFillMs ?? MIN_FILL_MS)) return { ok: false, reason: "too-fast" };
  return { ok: true, ...read };
}

/** The cookie's name: over https with the `__Secure-` prefix, which a browser sets only from a secure page. */
export function formTokenCookieName(): string {
  return env().siteUrl.startsWith("https:") ? "__Secure-contact_form" : "contact_form";
}

/** The token a raw Cookie header holds (the form's hidden field wins when it has one). */
export function formTokenFrom(cookieHeader: string | undefined): string | undefined {
  return cookieValue(cookieHeader, formTokenCookieName());
}

/**
 * The Set-Cookie value that gives a visitor of the contact form a token, or undefined when
 * the request already holds a good one: it is kept, so that a form open in one tab is not
 * cut short by the page opened (or prefetched) in another. HttpOnly (no script reads it),
 * SameSite=Lax (only this site's own forms send it), Secure on an https site; it lasts as
 * long as the browser's session. Its path is the form's page: the page's own posts (with
 * JavaScript, and without it to its answer page below it) are all that send it.
 */
export function formTokenCookie(cookieHeader: string | undefined, pagePath: string, now = Date.now()): string | undefined {
  const held = readFormToken(formTokenFrom(cookieHeader));
  if (held && now - held.issuedAt >= 0 && now - held.issuedAt < TOKEN_LIFETIME_MS) return undefined;
  const secure = env().siteUrl.startsWith("https:") ? "; Secure" : "";
  return `${formTokenCookieName()}=${issueFormToken(now)}; Path=${pagePath}; HttpOnly; SameSite=Lax${secure}`;
}
