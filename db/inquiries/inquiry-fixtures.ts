import { randomUUID } from "node:crypto";
import type { NewInquiry } from "./inquiries";

/** For tests: a valid inquiry's values, with a fresh submission key. */
export function inquiryValues(overrides: Partial<NewInquiry> = {}): NewInquiry {
  return {
    submissionKey: randomUUID(),
    name: "Dana Example",
    email: "dana@example.com",
    phone: null,
    contactMethod: "any",
    contactTime: "any",
    aboutWhom: "me",
    personCharged: null,
    matterType: "dui",
    county: "Jefferson",
    charges: null,
    courtDate: null,
    custodyStatus: "not_arrested",
    otherParties: null,
    message: "A short message.",
    heardFrom: null,
    consentText: "Not a client yet.",
    consentVersion: "test-1",
    consentAt: new Date("2026-11-28T12:00:00Z"),
    ...overrides,
  };
}
