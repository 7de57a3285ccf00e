import { expect, it } from "vitest";
import { defaultSettings, type SiteSettings } from "@/lib/site/settings-schema";
import { attorneys, blogPosting, breadcrumbList, jsonLdDocument, jsonLdText, legalService, schemaOpeningHours } from "./structured-data";

const site: SiteSettings = {
  ...defaultSettings,
  firmName: "Avery & Cole <Defense>",
  tagline: "Criminal defense",
  phone: "(334) 555-0142",
  address: "100 Main Street\nMontgomery, AL 36104",
  hours: "Mo-Fr 08:30-17:30; Sa 09:00-12:00",
  state: "Alabama",
};
const at = { origin: "https://firm.example", logoUrl: "https://firm.example/icon/512", imageUrl: "https://firm.example/card.png" };

it("describes the firm as a LegalService, with no lawyer until it has a lawyer's profile", () => {
  expect(legalService(site, at)).toEqual({
    "@type": "LegalService",
    "@id": "https://firm.example/#firm",
    name: "Avery & Cole <Defense>",
    description: "Criminal defense",
    url: "https://firm.example/",
    telephone: "+1-334-555-0142",
    address: "100 Main Street, Montgomery, AL 36104",
    areaServed: { "@type": "State", name: "Alabama" },
    openingHours: ["Mo-Fr 08:30-17:30", "Sa 09:00-12:00"],
    logo: "https://firm.example/icon/512",
    image: "https://firm.example/card.png",
  });
  expect(attorneys([], at)).toEqual([]);
});

it("uses the day-by-day hours, social profiles, practice areas and the lawyers' profiles when there are some", () => {
  const withProfiles = { ...site, openingHours: [{ day: "mon" as const, opens: "08:30", closes: "17:30" }], socialLinks: ["https://www.facebook.com/averycole"] };
  const people = [
    { slug: "jordan-avery", name: "Jordan Avery", title: "", url: "https://firm.example/attorneys/jordan-avery", languages: ["English", "Spanish"], email: "" },
    { slug: "sam-cole", name: "Sam Cole", title: "Partner", url: "https://firm.example/attorneys/sam-cole", imageUrl: "https://firm.example/media/sam.jpg", languages: [], email: "sam@firm.example" },
  ];
  const firm = legalService(withProfiles, at, { practiceAreas: ["DUI", "Drug charges"], attorneys: people });
  expect(firm).toMatchObject({
    openingHoursSpecification: [{ "@type": "OpeningHoursSpecification", dayOfWeek: "https://schema.org/Monday", opens: "08:30", closes: "17:30" }],
    sameAs: ["https://www.facebook.com/averycole"],
    knowsAbout: ["DUI", "Drug charges"],
    employee: [{ "@id": "https://firm.example/attorneys/jordan-avery#person" }, { "@id": "https://firm.example/attorneys/sam-cole#person" }],
  });
  expect(firm).not.toHaveProperty("openingHours");
  expect(attorneys(people, at)).toEqual([
    { "@type": "Person", "@id": "https://firm.example/attorneys/jordan-avery#person", name: "Jordan Avery", jobTitle: "Attorney", url: people[0]!.url, knowsLanguage: ["English", "Spanish"], worksFor: { "@id": "https://firm.example/#firm" } },
    { "@type": "Person", "@id": "https://firm.example/attorneys/sam-cole#person", name: "Sam Cole", jobTitle: "Partner", url: people[1]!.url, image: people[1]!.imageUrl, email: "sam@firm.example", worksFor: { "@id": "https://firm.example/#firm" } },
  ]);
});

it("gives opening hours only when written the way schema.org reads them", () => {
  expect(schemaOpeningHours("Mo-Fr 08:30-17:30")).toEqual(["Mo-Fr 08:30-17:30"]);
  expect(schemaOpeningHours("Mo,We,Fr 09:00-17:00\nSa 10:00-12:00")).toEqual(["Mo,We,Fr 09:00-17:00", "Sa 10:00-12:00"]);
  expect(schemaOpeningHours("Monday–Friday, 8:30 a.m.–5:30 p.m.")).toBeUndefined();
  expect(schemaOpeningHours("Mo-Fr 08:30-17:30; jail calls any time")).toBeUndefined();
  expect(schemaOpeningHours("")).toBeUndefined();
});

it("describes a post as a BlogPosting with its dates, author, publisher, image and page", () => {
  const posting = blogPosting(
    {
      url: "https://firm.example/blog/bond",
      headline: "How bond works",
      description: "What to bring.",
      publishedAt: new Date("2026-03-04T15:00:00Z"),
      updatedAt: new Date("2026-03-09T15:00:00Z"),
      authorName: "Jordan Avery",
      imageUrl: "https://firm.example/blog/bond/card.png",
      tags: ["Bond", "Court"],
      wordCount: 640,
    },
    site,
    at,
  );
  expect(posting).toMatchObject({
    "@type": "BlogPosting",
    mainEntityOfPage: { "@type": "WebPage", "@id": "https://firm.example/blog/bond" },
    headline: "How bond works",
    datePublished: "2026-03-04T15:00:00.000Z",
    dateModified: "2026-03-09T15:00:00.000Z",
    author: { "@type": "Person", name: "Jordan Avery" },
    publisher: { "@type": "LegalService", name: "Avery & Cole <Defense>", logo: { url: "https://firm.example/icon/512" } },
    image: ["https://firm.example/blog/bond/card.png"],
    keywords: "Bond, Court",
  });
  expect(breadcrumbList([{ name: "Home", url: "https://firm.example/" }, { name: "Blog", url: "https://firm.example/blog" }]).itemListElement).toEqual([
    { "@type": "ListItem", position: 1, name: "Home", item: "https://firm.example/" },
    { "@type": "ListItem", position: 2, name: "Blog", item: "https://firm.example/blog" },
  ]);
});

it("writes JSON that no value can break out of, and that reads back the same", () => {
  const hostile = `</script><script>alert("x")</script> & <!-- "quotes" 'apostrophes' \u2028`;
  const text = jsonLdText(jsonLdDocument([legalService({ ...site, firmName: hostile }, at)]));
  expect(text).not.toMatch(/[<>&\u2028]/);
  expect(text.toLowerCase()).not.toContain("</script");
  expect(JSON.parse(text)).toMatchObject({ "@context": "https://schema.org", "@graph": [{ name: hostile }] });
});
