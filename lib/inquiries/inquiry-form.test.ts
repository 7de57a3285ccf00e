import { describe, expect, it } from "vitest";
import { formValues, LIMITS, type FormValues } from "./inquiry-form";
import { parseInquiryForm } from "./inquiry-form-schema";

const context = { counties: ["Jefferson", "St. Clair"], matterTypes: ["DUI", "Assault"], today: "2026-11-28" };
const valid: FormValues = {
  name: "Dana Example",
  email: "dana@example.com",
  phone: "",
  contactMethod: "any",
  contactTime: "evening",
  aboutWhom: "family",
  personCharged: "Sam Example",
  matterType: "DUI",
  county: "Jefferson",
  charges: "",
  courtDate: "2026-12-01",
  custodyStatus: "in_custody",
  otherParties: "",
  message: "My brother was arrested last night.",
  heardFrom: "",
  consent: "yes",
};

function errorsFor(overrides: FormValues) {
  const result = parseInquiryForm({ ...valid, ...overrides }, context);
  return result.ok ? {} : result.errors;
}

describe("the intake form schema", () => {
  it("accepts a valid form, trimming and dropping empty optional fields", () => {
    const result = parseInquiryForm({ ...valid, name: "  Dana Example ", email: " Dana@Example.com " }, context);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data.name).toBe("Dana Example");
    expect(result.data.email).toBe("dana@example.com");
    expect(result.data.phone).toBeUndefined();
    expect(result.data.charges).toBeUndefined();
  });

  it("needs a name, within its limit", () => {
    expect(errorsFor({ name: "   " }).name).toMatch(/your name/);
    expect(errorsFor({ name: undefined }).name).toMatch(/your name/);
    expect(errorsFor({ name: "x".repeat(LIMITS.name) }).name).toBeUndefined();
    expect(errorsFor({ name: "x".repeat(LIMITS.name + 1) }).name).toMatch(/under 120/);
  });

  it("needs an email address or a phone number, and checks each one given", () => {
    expect(errorsFor({ email: "", phone: "" }).contact).toMatch(/email address or a phone number/);
    expect(errorsFor({ email: "", phone: "(555) 010-0199" })).toEqual({});
    expect(errorsFor({ email: "not-an-email" }).email).toMatch(/check the email/);
    expect(errorsFor({ email: `${"a".repeat(250)}@example.com` }).email).toMatch(/under 254/);
    expect(errorsFor({ phone: "call me" }).phone).toMatch(/check the phone/);
    expect(errorsFor({ phone: "12345" }).phone).toMatch(/check the phone/);
    expect(errorsFor({ phone: "1".repeat(41) }).phone).toMatch(/under 40/);
  });

  it("asks for the channel the person chose", () => {
    expect(errorsFor({ contactMethod: "email", email: "", phone: "555 010 0199" }).email).toMatch(/You chose email/);
    expect(errorsFor({ contactMethod: "text", phone: "" }).phone).toMatch(/call or text/);
  });

  it("takes only the listed choices", () => {
    expect(errorsFor({ contactMethod: "pigeon" }).contactMethod).toBeDefined();
    expect(errorsFor({ contactTime: "midnight" }).contactTime).toBeDefined();
    expect(errorsFor({ aboutWhom: "neighbour" }).aboutWhom).toMatch(/who this is about/);
    expect(errorsFor({ matterType: "piracy" }).matterType).toMatch(/type of matter/);
    // The short path: who it is about and the type of matter may wait for the call.
    expect(errorsFor({ aboutWhom: undefined, matterType: "" })).toEqual({});
    expect(errorsFor({ matterType: "Assault" })).toEqual({});
    // The firm's own list: a type it does not offer (an old code included) is refused.
    expect(errorsFor({ matterType: "probation_violation" }).matterType).toMatch(/type of matter/);
    expect(errorsFor({ custodyStatus: "maybe" }).custodyStatus).toMatch(/in custody/);
  });

  it("asks for the person charged when the inquiry is about someone else", () => {
    expect(errorsFor({ aboutWhom: "family", personCharged: "" }).personCharged).toMatch(/name of the person charged/);
    expect(errorsFor({ aboutWhom: "other", personCharged: "  " }).personCharged).toMatch(/name of the person charged/);
    expect(errorsFor({ aboutWhom: "me", personCharged: "" })).toEqual({});
    expect(errorsFor({ personCharged: "x".repeat(LIMITS.personCharged + 1) }).personCharged).toMatch(/under 120/);
  });

  it("takes a county from the settings' list or Other", () => {
    expect(errorsFor({ county: "St. Clair" })).toEqual({});
    expect(errorsFor({ county: "Other" })).toEqual({});
    expect(errorsFor({ county: "Atlantis" }).county).toMatch(/county/);
    expect(errorsFor({ county: "" })).toEqual({});
  });

  it("takes a real court date, today or later", () => {
    expect(errorsFor({ courtDate: "" })).toEqual({});
    expect(errorsFor({ courtDate: "2026-11-28" })).toEqual({});
    expect(errorsFor({ courtDate: "2026-02-30" }).courtDate).toMatch(/as a date/);
    expect(errorsFor({ courtDate: "next week" }).courtDate).toMatch(/as a date/);
    expect(errorsFor({ courtDate: "2026-11-27" }).courtDate).toMatch(/has passed/);
  });

  it("limits every free-text field", () => {
    expect(errorsFor({ charges: "x".repeat(LIMITS.charges + 1) }).charges).toMatch(/under 300/);
    expect(errorsFor({ otherParties: "x".repeat(LIMITS.otherParties + 1) }).otherParties).toMatch(/under 500/);
    expect(errorsFor({ message: "x".repeat(LIMITS.message) }).message).toBeUndefined();
    expect(errorsFor({ message: "x".repeat(LIMITS.message + 1) }).message).toMatch(/under 1500/);
    expect(errorsFor({ heardFrom: "x".repeat(LIMITS.heardFrom + 1) }).heardFrom).toMatch(/under 200/);
  });

  it("needs the notice to be acknowledged", () => {
    expect(errorsFor({ consent: undefined }).consent).toMatch(/read the notice/);
    expect(errorsFor({ consent: "on" }).consent).toMatch(/read the notice/);
  });
});

it("reports the missing email-or-phone together with the other problems", () => {
  const result = parseInquiryForm({ contactMethod: "any", contactTime: "any" }, context);
  expect(result.ok).toBe(false);
  if (result.ok) return;
  // The short path's questions only: name, a way to reach them, custody, and the notice.
  expect(Object.keys(result.errors).sort()).toEqual(["consent", "contact", "custodyStatus", "name"]);
});

it("reads posted line breaks (CRLF) as one character each", () => {
  const form = new FormData();
  form.set("message", "one\r\ntwo\rthree\nfour");
  form.set("unknown", "ignored");
  expect(formValues(form)).toEqual({ message: "one\ntwo\nthree\nfour" });
  form.set("message", "x\r\n".repeat(LIMITS.message / 2));
  expect(parseInquiryForm({ ...valid, ...formValues(form) }, context).ok).toBe(true);
});
