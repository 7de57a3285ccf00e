import { expect, it } from "vitest";
import { defaultSpanishSettings, missingSpanishNotices } from "./spanish-settings";

it("names every Spanish notice the firm has not written, and none once all are", () => {
  expect(missingSpanishNotices(defaultSpanishSettings)).toHaveLength(4);
  const written = { ...defaultSpanishSettings, esSiteDisclaimer: "Aviso.", esPostDisclaimer: "Aviso.", esConsentText: "Aviso.", esResponsePromise: "pronto" };
  expect(missingSpanishNotices(written)).toEqual([]);
  expect(missingSpanishNotices({ ...written, esConsentText: "  " })).toEqual(["Contact form notice people agree to"]);
});
