import { expect, it } from "vitest";
import { defaultSettings, type SiteSettings } from "./settings-schema";
import { attorney, blogPosting, breadcrumbList, jsonLdDocument, jsonLdText, legalService, schemaOpeningHours } from "./structured-data";

const site: SiteSettings = {
  ...defaultSettings,
  firmName: "Avery & Cole <Defense>",
  tagline: "Criminal defense",
  attorneyName: "Jordan Avery",
  phone: "(334) 555-0142",
  address: "100 Main Street\nMontgomery, AL 36104",
  hours: "Mo-Fr 08:30-17:30; Sa 09:00-12:00",
  state: "Alabama",
};
const at = { origin: "https://firm.example", logoUrl: "https://firm.example/icon/512", imageUrl: "https://firm.example/card.png" };

it("describes the firm as a LegalService with its attorney as a Person", () => {
  expect(legalService(site, at)).toEqual({
    "@type": "LegalService",
    "@id": "https://firm.example/#firm",
    name: "Avery & Cole <Defense>",
    description: "Criminal defense",
    url: "https://firm.example/",
    telephone: "(334) 555-0142",
    address: "100 Main Street, Montgomery, AL 36104",
    areaServed: { "@type": "State", name: "Alabama" },
    openingHours: ["Mo-Fr 08:30-17:30", "Sa 09:00-12:00"],
    logo: "https://firm.example/icon/512",
    image: "https://firm.example/card.png",
    employee: { "@id": "https://firm.example/#attorney" },
  });
  expect(attorney(site, at)).toEqual({
    "@type": "Person",
    "@id": "https://firm.example/#attorney",
    name: "Jordan Avery",
    jobTitle: "Attorney",
    worksFor: { "@id": "https://firm.example/#firm" },
  });
  expect(attorney({ ...site, attorneyName: "" }, at)).toBeUndefined();
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
