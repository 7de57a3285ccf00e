// Sends intake forms the way a browser without JavaScript does: load /contact, keep its
// hidden fields (React's action fields and the signed token), post them back with the
// answers. Used by the crash test and the backup journey (scripts/crash-test.ts,
// e2e/durability.spec.ts); the server runs with E2E_CONTACT_MIN_FILL_MS=0 and
// INQUIRY_RATE_LIMIT=off, since every request comes from loopback at once.
const entities: Record<string, string> = { "&quot;": '"', "&amp;": "&", "&#x27;": "'", "&#39;": "'", "&lt;": "<", "&gt;": ">" };
const decode = (text: string) => text.replace(/&(quot|amp|#x27|#39|lt|gt);/g, (m) => entities[m] ?? m);

export type RenderedForm = [string, string][];

/** The hidden inputs of a freshly rendered contact form. */
export async function renderForm(origin: string): Promise<RenderedForm> {
  const html = await (await fetch(`${origin}/contact`)).text();
  const fields: RenderedForm = [];
  for (const [tag] of html.matchAll(/<input[^>]*type="hidden"[^>]*>/g)) {
    const name = /name="([^"]*)"/.exec(tag)?.[1];
    const value = /value="([^"]*)"/.exec(tag)?.[1] ?? "";
    if (name) fields.push([decode(name), decode(value)]);
  }
  if (!fields.some(([name]) => name === "token")) throw new Error("no form token on /contact");
  return fields;
}

/**
 * Posts a rendered form with a person's answers. The reference when the server confirmed
 * it (a redirect to /contact/sent), undefined when it answered otherwise; throws when the
 * connection failed (the server died mid-request).
 */
export async function sendForm(origin: string, hidden: RenderedForm, name: string): Promise<string | undefined> {
  const form = new FormData();
  for (const [field, value] of hidden) form.append(field, value);
  const answers = { name, email: "crash.test@example.com", contactMethod: "any", contactTime: "any", aboutWhom: "family", personCharged: "Sam Crash", matterType: "DUI", county: "Jefferson", custodyStatus: "not_arrested", message: "A test inquiry.", consent: "yes" };
  for (const [field, value] of Object.entries(answers)) form.append(field, value);
  const response = await fetch(`${origin}/contact`, { method: "POST", body: form, headers: { origin }, redirect: "manual" });
  const location = response.headers.get("location") ?? "";
  await response.arrayBuffer();
  return /[?&]ref=([A-Z0-9-]+)/.exec(location)?.[1];
}
