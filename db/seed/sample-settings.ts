import "server-only";
import { DEFAULT_SEARCH_SYNONYMS } from "@/lib/posts/search-synonyms";
import { defaultAdvertisingRules, type SiteSettings } from "@/lib/site/settings-schema";
import { DEFAULT_LEGALESE } from "@/lib/writing/legalese-list";

// Sample firm details for a fresh install: plainly marked so nobody mistakes them for
// a real firm. 555-01xx numbers are reserved for fiction.
export const sampleSettings: SiteSettings = {
  firmName: "Sample Defense Law (demo)",
  tagline: "Criminal defense in Alabama — sample content",
  intro:
    "This is sample text for a new installation. We defend people charged with crimes in state and municipal courts, and we explain every step in plain words. Replace this in the admin under Settings.",
  phone: "(334) 555-0142",
  email: "office@example.com",
  address: "100 Sample Street, Suite 200\nMontgomery, AL 36104 (sample address)",
  hours: "Jail calls answered any time",
  openingHours: (["mon", "tue", "wed", "thu", "fri"] as const).map((day) => ({ day, opens: "08:30", closes: "17:30" })),
  socialLinks: ["https://www.facebook.com/sample-defense-law-demo"],
  afterHoursInstructions:
    "Sample text: outside office hours, call the number above. If someone is in jail, say so at the start of the message and leave the name of the jail: we check messages every evening and on weekends.",
  responsePromise: "usually within one business day",
  searchSynonyms: [...DEFAULT_SEARCH_SYNONYMS],
  ...defaultAdvertisingRules(),
  legalese: [...DEFAULT_LEGALESE],
  state: "Alabama",
  timeZone: "America/Chicago",
  practiceAreas: ["DUI", "Drug charges", "Domestic violence", "Theft and property crimes", "Juvenile cases", "Expungement"],
  siteDisclaimer:
    "Sample advertising statement: the information on this website is general information, not legal advice. Reading it or contacting us does not create an attorney-client relationship. No representation is made that the quality of the legal services to be performed is greater than the quality of legal services performed by other lawyers.",
  postDisclaimer:
    "This post is general information, not legal advice, and was reviewed for {state} law only. Every case is different: talk to a lawyer about yours.",
};
