// Structured data (schema.org JSON-LD) that search engines read: one function per type,
// built from the firm's settings and the post, so new settings (structured opening hours,
// a logo, attorney profiles) are fed in here and nowhere else. Plain: no server imports.
import { attorneyPath } from "@/lib/posts/post-paths";
import { DAY_NAMES } from "@/lib/site/opening-hours";
import { parsePhone } from "@/lib/site/phone";
import type { SiteSettings } from "@/lib/site/settings-schema";

export type JsonLdNode = { "@type": string; "@id"?: string; [key: string]: unknown };

/** Where the firm's own pieces live on the site (absolute URLs). */
export type SiteAddresses = { origin: string; logoUrl: string; imageUrl: string };

export const firmId = (origin: string) => `${origin}/#firm`;
/** A lawyer's node: their page's address, or the one attorney of the settings. */
export const attorneyId = (origin: string, slug: string) => `${origin}${attorneyPath(slug)}#person`;

/** A lawyer as the public profile shows them (db/profiles.ts), with their page and photo as absolute URLs. */
export type AttorneyInput = { slug: string; name: string; title: string; url: string; imageUrl?: string; languages: string[]; email: string };

/** The firm's phone for machines: "+1-334-555-0142" (as typed when it does not parse). */
function telephone(text: string): string {
  const phone = parsePhone(text);
  return phone ? `+1-${phone.area}-${phone.exchange}-${phone.line}${phone.extension ? ` ext. ${phone.extension}` : ""}` : text;
}

const SCHEMA_DAY = "(?:Mo|Tu|We|Th|Fr|Sa|Su)";
const SCHEMA_HOURS = new RegExp(`^${SCHEMA_DAY}(?:-${SCHEMA_DAY})?(?:,${SCHEMA_DAY}(?:-${SCHEMA_DAY})?)* \\d{2}:\\d{2}-\\d{2}:\\d{2}$`);

/**
 * The hours setting as schema.org `openingHours` ("Mo-Fr 08:30-17:30"), one entry per line
 * or ";"-separated part, when every part is written that way; otherwise nothing, because
 * free text there ("weekdays, 8:30 to 5:30") would be read wrongly or not at all.
 */
export function schemaOpeningHours(hours: string): string[] | undefined {
  const parts = hours
    .split(/[;\n]/)
    .map((part) => part.trim())
    .filter(Boolean);
  return parts.length > 0 && parts.every((part) => SCHEMA_HOURS.test(part)) ? parts : undefined;
}

/** Drops empty values, so no property is present with nothing in it. */
function compact<T extends Record<string, unknown>>(node: T): T {
  return Object.fromEntries(Object.entries(node).filter(([, v]) => v !== undefined && v !== null && v !== "" && !(Array.isArray(v) && v.length === 0))) as T;
}

/**
 * The firm, as a LegalService: name, telephone, address, area served, opening hours (the
 * day-by-day hours, else a schema.org-style hours note), logo, social profiles, what it
 * handles (`practiceAreas`: the published practice areas' titles) and its lawyers.
 */
/** `firm.languages`: the languages the firm's site and office serve in (BCP 47, "es-US"). */
export function legalService(
  site: SiteSettings,
  at: SiteAddresses,
  firm: { practiceAreas: string[]; attorneys: AttorneyInput[]; languages?: string[]; description?: string } = { practiceAreas: [], attorneys: [] },
): JsonLdNode {
  const employees = firm.attorneys.map((a) => ({ "@id": attorneyId(at.origin, a.slug) }));
  return compact({
    "@type": "LegalService",
    "@id": firmId(at.origin),
    name: site.firmName,
    description: firm.description ?? site.tagline,
    url: `${at.origin}/`,
    telephone: site.phone ? telephone(site.phone) : undefined,
    email: site.email,
    address: site.address.replace(/\s*\n\s*/g, ", "),
    areaServed: site.state ? { "@type": "State", name: site.state } : undefined,
    openingHoursSpecification: site.openingHours.map((hours) => ({ "@type": "OpeningHoursSpecification", dayOfWeek: `https://schema.org/${DAY_NAMES[hours.day]}`, opens: hours.opens, closes: hours.closes })),
    openingHours: site.openingHours.length > 0 ? undefined : schemaOpeningHours(site.hours),
    logo: at.logoUrl,
    image: at.imageUrl,
    sameAs: site.socialLinks,
    knowsAbout: firm.practiceAreas.length > 0 ? firm.practiceAreas : site.practiceAreas,
    employee: employees.length === 1 ? employees[0] : employees,
    knowsLanguage: firm.languages,
    contactPoint:
      site.phone && firm.languages ? { "@type": "ContactPoint", telephone: telephone(site.phone), contactType: "customer service", availableLanguage: firm.languages } : undefined,
  });
}

/** The firm's lawyers (their listed profiles) as Persons who work for it. */
export function attorneys(people: AttorneyInput[], at: Pick<SiteAddresses, "origin">): JsonLdNode[] {
  return people.map((person) =>
    compact({
      "@type": "Person",
      "@id": attorneyId(at.origin, person.slug),
      name: person.name,
      jobTitle: person.title || "Attorney",
      url: person.url,
      image: person.imageUrl,
      email: person.email,
      knowsLanguage: person.languages,
      worksFor: { "@id": firmId(at.origin) },
    }),
  );
}

export type PostingInput = {
  url: string;
  headline: string;
  description: string;
  publishedAt: Date;
  updatedAt: Date | null;
  authorName: string;
  /** The author's page, when they have one. */
  authorUrl?: string;
  imageUrl: string;
  tags: string[];
  wordCount: number;
  /** Its language (BCP 47); English unless told. */
  inLanguage?: string;
};

/** A post, as a BlogPosting published by the firm. */
export function blogPosting(post: PostingInput, site: SiteSettings, at: SiteAddresses): JsonLdNode {
  return compact({
    "@type": "BlogPosting",
    "@id": `${post.url}#post`,
    mainEntityOfPage: { "@type": "WebPage", "@id": post.url },
    url: post.url,
    // Search engines show at most 110 characters of a headline.
    headline: post.headline.length > 110 ? `${post.headline.slice(0, 109)}…` : post.headline,
    description: post.description,
    datePublished: post.publishedAt.toISOString(),
    dateModified: (post.updatedAt && post.updatedAt > post.publishedAt ? post.updatedAt : post.publishedAt).toISOString(),
    author: compact({ "@type": "Person", name: post.authorName, url: post.authorUrl }),
    publisher: { "@type": "LegalService", "@id": firmId(at.origin), name: site.firmName, url: `${at.origin}/`, logo: { "@type": "ImageObject", url: at.logoUrl } },
    image: [post.imageUrl],
    keywords: post.tags.join(", "),
    wordCount: post.wordCount,
    inLanguage: post.inLanguage ?? "en-US",
  });
}

/** The path to a page (Home › Blog › the post), as a BreadcrumbList. */
export function breadcrumbList(items: { name: string; url: string }[]): JsonLdNode {
  return {
    "@type": "BreadcrumbList",
    itemListElement: items.map((item, i) => ({ "@type": "ListItem", position: i + 1, name: item.name, item: item.url })),
  };
}

/** Nodes as one JSON-LD document. */
export function jsonLdDocument(nodes: (JsonLdNode | undefined)[]): Record<string, unknown> {
  return { "@context": "https://schema.org", "@graph": nodes.filter((n) => n !== undefined) };
}

/**
 * JSON for a <script type="application/ld+json"> element: every <, > and & (and the two
 * line separators JavaScript once refused) written as \u escapes, so no value — a title
 * with "</script>" in it — can end the element or open a comment; JSON parsers read the
 * escapes back as the same characters.
 */
export function jsonLdText(data: unknown): string {
  return JSON.stringify(data).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
