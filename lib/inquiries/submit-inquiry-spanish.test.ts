import { afterEach, beforeEach, expect, it } from "vitest";
import { inquiries, outbox } from "@/db/schema";
import { writeSettingValues } from "@/db/settings";
import { useTempDatabase } from "@/db/temp-database";
import { issueFormToken } from "./form-token";
import { sentPath, submitInquiry } from "./submit-inquiry";

// The Spanish form (/es/contact): its language comes from the route, its notice from the Spanish settings.
let temp: ReturnType<typeof useTempDatabase>;
beforeEach(() => {
  process.env.NOTIFY_EMAIL = "intake@firm.test";
  process.env.SITE_URL = "https://firm.example";
  temp = useTempDatabase();
});
afterEach(() => temp.remove());

const now = new Date("2026-11-28T18:00:00Z");
const fields = { name: "Rosa Privada", phone: "(555) 010-0177", contactMethod: "phone", contactTime: "any", custodyStatus: "not_arrested", message: "MENSAJE-SECRETO", consent: "yes" };

function form(values: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries({ ...values, token: issueFormToken(now.getTime() - 10_000) })) data.set(key, value);
  return data;
}

it("stores a Spanish inquiry with the exact Spanish notice and its language; the firm's mail says Spanish and nothing the person wrote", async () => {
  writeSettingValues({ intakeConsentText: "English notice.", intakeConsentVersion: "v7", esConsentText: "Aviso en español.", esConsentVersion: "es-3" });
  const outcome = await submitInquiry(form(fields), { address: "203.0.113.1", now, lang: "es" });
  expect(outcome).toMatchObject({ kind: "stored", created: true });
  const row = temp.db.select().from(inquiries).get()!;
  expect(row).toMatchObject({ language: "es", consentText: "Aviso en español.", consentVersion: "es-3" });
  const mail = temp.db.select().from(outbox).get()!;
  expect(mail.subject).toBe(`New inquiry in Spanish ${row.reference}`);
  for (const personal of ["Rosa", "Privada", "MENSAJE", "010-0177"]) expect(`${mail.subject}\n${mail.textBody}`).not.toContain(personal);
  expect(sentPath("es", row.reference)).toBe(`/es/contact/sent?ref=${row.reference}`);
});

it("answers a Spanish form's problems in Spanish, whatever the form itself claims", async () => {
  writeSettingValues({ esConsentText: "Aviso en español." });
  const outcome = await submitInquiry(form({ ...fields, name: "", consent: "", language: "en" }), { address: "203.0.113.1", now, lang: "es" });
  expect(outcome.kind).toBe("refused");
  if (outcome.kind !== "refused") return;
  expect(outcome.state.errors?.name).toBe("Por favor, díganos su nombre.");
  expect(outcome.state.errors?.consent).toBe("Por favor, confirme que leyó el aviso de arriba.");
  // The English form keeps its English messages.
  const english = await submitInquiry(form({ ...fields, name: "" }), { address: "203.0.113.2", now });
  expect(english.kind === "refused" && english.state.errors?.name).toBe("Please tell us your name.");
});

it("stores nothing from the Spanish form while the Spanish notice is not written", async () => {
  const outcome = await submitInquiry(form(fields), { address: "203.0.113.1", now, lang: "es" });
  expect(outcome.kind).toBe("refused");
  expect(temp.db.select().from(inquiries).all()).toHaveLength(0);
});

it("English inquiries record English", async () => {
  expect((await submitInquiry(form(fields), { address: "203.0.113.1", now })).kind).toBe("stored");
  expect(temp.db.select().from(inquiries).get()).toMatchObject({ language: "en" });
});
