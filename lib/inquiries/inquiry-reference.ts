import "server-only";
import { randomInt } from "node:crypto";

// No 0/O, 1/I/L or U: easy to read out over the phone.
const ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ";

/** A short reference a person can read out, like "K7M-4QX2". */
export function newInquiryReference(): string {
  let text = "";
  for (let i = 0; i < 7; i++) text += ALPHABET[randomInt(ALPHABET.length)];
  return `${text.slice(0, 3)}-${text.slice(3)}`;
}

export const REFERENCE_PATTERN = /^[2-9A-HJKMNP-TV-Z]{3}-[2-9A-HJKMNP-TV-Z]{4}$/;
