import type { SiteSettings } from "@/lib/settings-schema";

// Sample firm details for a fresh install: plainly marked so nobody mistakes them for
// a real firm. 555-01xx numbers are reserved for fiction.
export const sampleSettings: SiteSettings = {
  firmName: "Sample Defense Law (demo)",
  tagline: "Criminal defense in Alabama — sample content",
  intro:
    "This is sample text for a new installation. We defend people charged with crimes in state and municipal courts, and we explain every step in plain words. Replace this in the admin under Settings.",
  attorneyName: "Jordan Avery (sample)",
  phone: "(555) 010-0142",
  email: "office@example.com",
  address: "100 Sample Street, Suite 200\nMontgomery, AL 36104 (sample address)",
  hours: "Monday–Friday, 8:30 a.m.–5:30 p.m.; jail calls answered any time",
  state: "Alabama",
  timeZone: "America/Chicago",
  practiceAreas: ["DUI", "Drug charges", "Domestic violence", "Theft and property crimes", "Juvenile cases", "Expungement"],
  siteDisclaimer:
    "Sample disclaimer: the information on this website is general information, not legal advice. Reading it or contacting us does not create an attorney-client relationship. No representation is made that the quality of legal services is greater than that of other lawyers.",
  postDisclaimer:
    "This post is general information, not legal advice, and was reviewed for {state} law only. Every case is different: talk to a lawyer about yours.",
};
