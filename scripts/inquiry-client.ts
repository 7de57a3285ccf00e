// Sends intake forms the way a browser without JavaScript does: load /contact, keep its
// hidden fields (React's action fields), its form token cookie and where the form goes,
// post them back with the answers. Used by the crash test, the inquiry bench and the
// backup journey (scripts/crash-test.ts, scripts/bench-inquiries.ts, e2e/durability.spec.ts);
// the server runs with E2E_CONTACT_MIN_FILL_MS=0 and INQUIRY_RATE_LIMIT=off, since every
// request comes from loopback at once.
const entities: Record<string, string> = { "&quot;": '"', "&amp;": "&", "&#x27;": "'", "&#39;": "'", "&lt;": "<", "&gt;": ">" };
const decode = (text: string) => text.replace(/&(quot|amp|#x27|#39|lt|gt);/g, (m) => entities[m] ?? m);

/** A contact form as a browser holds it: its hidden inputs, where it posts, the cookie it sends. */
export type RenderedForm = { hidden: [string, string][]; action: string; cookie: string };

/** A freshly loaded contact form. */
export async function renderForm(origin: string): Promise<RenderedForm> {
  const response = await fetch(`${origin}/contact`);
  const html = await response.text();
  const hidden: [string, string][] = [];
  for (const [tag] of html.matchAll(/<input[^>]*type="hidden"[^>]*>/g)) {
    const name = /name="([^"]*)"/.exec(tag)?.[1];
    const value = /value="([^"]*)"/.exec(tag)?.[1] ?? "";
    if (name) hidden.push([decode(name), decode(value)]);
  }
  // The form token rides in a cookie beside the cached page (lib/inquiries/form-token.ts).
  const cookie = response.headers.getSetCookie().map((line) => line.split(";", 1)[0]!).join("; ");
  if (!cookie.startsWith("contact_form=")) throw new Error("no form token cookie with /contact");
  const tag = /<form[^>]*method="POST"[^>]*>/i.exec(html)?.[0] ?? "";
  const action = decode(/action="([^"]*)"/.exec(tag)?.[1] ?? "/contact");
  return { hidden, action: new URL(action, `${origin}/contact`).pathname, cookie };
}

/** The answers the scripts send, with the name that tells them apart. */
export function answers(name: string): Record<string, string> {
  return { name, email: "crash.test@example.com", contactMethod: "any", contactTime: "any", aboutWhom: "family", personCharged: "Sam Crash", matterType: "DUI", county: "Jefferson", custodyStatus: "not_arrested", message: "A test inquiry.", consent: "yes" };
}

/** The body a browser would send: the form's hidden fields and the answers. */
export function formBody(form: RenderedForm, values: Record<string, string>): FormData {
  const body = new FormData();
  for (const [field, value] of form.hidden) body.append(field, value);
  for (const [field, value] of Object.entries(values)) body.append(field, value);
  return body;
}

/**
 * Posts a rendered form with a person's answers. The reference when the server confirmed
 * it (a redirect to /contact/sent), undefined when it answered otherwise; throws when the
 * connection failed (the server died mid-request).
 */
export async function sendForm(origin: string, form: RenderedForm, name: string): Promise<string | undefined> {
  const response = await fetch(`${origin}${form.action}`, { method: "POST", body: formBody(form, answers(name)), headers: { origin, cookie: form.cookie }, redirect: "manual" });
  const location = response.headers.get("location") ?? "";
  await response.arrayBuffer();
  return /[?&]ref=([A-Z0-9-]+)/.exec(location)?.[1];
}
