// The firm's phone number: North American numbers only (the firms this serves are in the
// US), with an optional extension. Stored in one written form; every tel: link is built
// from the same parse (components/site/phone-link.tsx). The browser imports this too.

export type Phone = { area: string; exchange: string; line: string; extension: string | null };

// "ext. 12", "x12", "extension 12", "#12" after the number.
const EXTENSION = /\s*(?:,|;)?\s*(?:ext\.?|extension|x|#)\s*(\d{1,6})\s*$/i;

/**
 * Reads a typed number: "(334) 555-0142", "334.555.0142", "+1 334 555 0142 ext. 12".
 * Letters (a mistyped O for 0) and numbers that are not 10 digits (after an optional 1)
 * are refused, as are area codes and exchanges that cannot start a North American number.
 */
export function parsePhone(text: string): Phone | undefined {
  let rest = text.trim();
  let extension: string | null = null;
  const ext = EXTENSION.exec(rest);
  if (ext) {
    extension = ext[1]!;
    rest = rest.slice(0, ext.index);
  }
  if (!/^[\d\s().+\-]+$/.test(rest)) return undefined;
  let digits = rest.replace(/\D/g, "");
  if (rest.trim().startsWith("+") && !digits.startsWith("1")) return undefined;
  if (digits.length === 11 && digits.startsWith("1")) digits = digits.slice(1);
  if (digits.length !== 10) return undefined;
  const area = digits.slice(0, 3);
  const exchange = digits.slice(3, 6);
  if (!/^[2-9]/.test(area) || !/^[2-9]/.test(exchange)) return undefined;
  return { area, exchange, line: digits.slice(6), extension };
}

/** The one written form: "(334) 555-0142" or "(334) 555-0142 ext. 12". */
export function formatPhone(phone: Phone): string {
  return `(${phone.area}) ${phone.exchange}-${phone.line}${phone.extension ? ` ext. ${phone.extension}` : ""}`;
}

/** The href that dials it: "tel:+13345550142" or "tel:+13345550142;ext=12" (RFC 3966). */
export function phoneHref(phone: Phone): string {
  return `tel:+1${phone.area}${phone.exchange}${phone.line}${phone.extension ? `;ext=${phone.extension}` : ""}`;
}

export const PHONE_MESSAGE = "Enter a 10-digit US or Canadian number, like (334) 555-0142, with “ext. 12” after it if there is one.";

/**
 * The digits to dial for a number someone typed into the contact form: the North American
 * parse when it is one, else any number of 7 to 15 digits as written (an international
 * one, "+44 20 7946 0958"); undefined for text that is not a number.
 */
function dialDigits(text: string): { digits: string; extension: string | null } | undefined {
  const parsed = parsePhone(text);
  if (parsed) return { digits: `+1${parsed.area}${parsed.exchange}${parsed.line}`, extension: parsed.extension };
  if (!/^[\d\s().+\-]+$/.test(text.trim())) return undefined;
  const digits = text.replace(/\D/g, "");
  if (digits.length < 7 || digits.length > 15) return undefined;
  return { digits: text.trim().startsWith("+") ? `+${digits}` : digits, extension: null };
}

/** The tel: href that calls a number a person gave (RFC 3966), or undefined. */
export function callHref(text: string): string | undefined {
  const dial = dialDigits(text);
  return dial && `tel:${dial.digits}${dial.extension ? `;ext=${dial.extension}` : ""}`;
}

/** The sms: href that opens a text message to it (RFC 5724; an extension cannot take one), or undefined. */
export function textHref(text: string): string | undefined {
  const dial = dialDigits(text);
  return dial && !dial.extension ? `sms:${dial.digits}` : undefined;
}
