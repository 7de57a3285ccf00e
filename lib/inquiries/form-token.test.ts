import { afterEach, beforeEach, expect, it } from "vitest";
import { checkFormToken, formTokenCookie, formTokenFrom, issueFormToken } from "./form-token";
import { MIN_FILL_MS } from "./inquiry-form";

const now = Date.parse("2026-12-04T12:00:00Z");
const DAY = 24 * 60 * 60 * 1000;
const header = (cookie: string) => `theme=dark; ${cookie.split(";", 1)[0]}; other=1`;

let saved: string | undefined;
beforeEach(() => {
  saved = process.env.SITE_URL;
  process.env.SITE_URL = "http://127.0.0.1:3000";
});
afterEach(() => {
  process.env.SITE_URL = saved;
});

it("gives a visitor without a token one for the form's page, HttpOnly and SameSite=Lax", () => {
  const cookie = formTokenCookie(undefined, "/contact", now)!;
  expect(cookie).toMatch(/^contact_form=\d+\.[\w-]+\.[\w-]+; Path=\/contact; HttpOnly; SameSite=Lax$/);
  const token = formTokenFrom(header(cookie));
  expect(checkFormToken(token, now + MIN_FILL_MS)).toMatchObject({ ok: true, issuedAt: now });
  expect(checkFormToken(token, now + 100)).toEqual({ ok: false, reason: "too-fast" });
});

it("keeps a good token the visitor holds, so a second tab does not restart the first tab's form", () => {
  const held = formTokenCookie(undefined, "/contact", now)!;
  expect(formTokenCookie(header(held), "/contact", now + 60_000)).toBeUndefined();
});

it("replaces a forged, broken or day-old token", () => {
  const held = formTokenCookie(undefined, "/contact", now)!;
  const forged = held.replace(/=(\d+)/, (_, time: string) => `=${Number(time) - 60_000}`);
  for (const cookie of [forged, "contact_form=junk", "contact_form=%E0%A4%A"]) {
    expect(formTokenCookie(header(cookie), "/contact", now), cookie).toMatch(/^contact_form=/);
  }
  expect(formTokenCookie(header(held), "/contact", now + DAY)).toMatch(/^contact_form=/);
});

it("is Secure on an https site", () => {
  process.env.SITE_URL = "https://firm.example";
  expect(formTokenCookie(undefined, "/contact", now)).toMatch(/^__Secure-contact_form=.*; Secure$/);
  expect(issueFormToken(now)).not.toEqual(issueFormToken(now));
});
