// Why mail did not go, in words the attorney can act on: the technical detail (what the
// mail library said) is kept for whoever sets up the server, behind a disclosure.

export type MailProblem = { summary: string; detail: string | null };

const RULES: { test: RegExp; summary: string }[] = [
  { test: /ECONNREFUSED/i, summary: "The mail server refused the connection. Check SMTP_URL (the server's address and port), or whether the mail server is running." },
  { test: /ENOTFOUND|EAI_AGAIN|getaddrinfo/i, summary: "The mail server's name could not be found. Check the host name in SMTP_URL." },
  { test: /ETIMEDOUT|ETIMEOUT|timed? ?out|ECONNRESET|socket hang up|EPIPE/i, summary: "The mail server did not answer in time or dropped the connection. It is tried again; if it keeps failing, check SMTP_URL." },
  { test: /EAUTH|Invalid login|535|authentication/i, summary: "The mail server refused the user name or password in SMTP_URL." },
  { test: /certificate|self[- ]signed|TLS|SSL|wrong version number/i, summary: "A secure connection to the mail server could not be made. Check whether SMTP_URL should start with smtp:// or smtps://, and the port." },
  { test: /EENVELOPE|550|553|554|recipient|sender|relay/i, summary: "The mail server refused an address. Check NOTIFY_EMAIL and MAIL_FROM, and that the server lets this site send from that address." },
];

/** What to tell the attorney about mail that has not gone yet. */
export function describeMailProblem(mail: { attempts: number; lastError: string | null }, smtpConfigured: boolean): MailProblem {
  if (mail.attempts === 0) {
    return smtpConfigured
      ? { summary: "Waiting to be sent.", detail: null }
      : { summary: "No mail server is set up (SMTP_URL), so mail waits here until one is. The inquiries themselves are safe in the inbox.", detail: null };
  }
  const tries = `${mail.attempts} ${mail.attempts === 1 ? "try" : "tries"}`;
  const rule = RULES.find((r) => r.test.test(mail.lastError ?? ""));
  return {
    summary: `${rule?.summary ?? "The mail server did not take the mail. It is tried again."} (${tries} so far.)`,
    detail: mail.lastError,
  };
}

/** The error kept with failed mail: the library's code in front when its message lacks it ("EAUTH: Invalid login: 535…"). */
export function mailErrorText(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const code = "code" in error && typeof error.code === "string" ? error.code : undefined;
  return code && !error.message.includes(code) ? `${code}: ${error.message}` : error.message;
}
