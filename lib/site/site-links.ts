// What the header and footer link to besides the blog and the contact form: the firm's own
// pages, each only once it is published, so no link on the site leads to a 404.
import "server-only";
import { listPublicPageSlugs, listPublicPracticeAreas } from "@/db/posts";

/** The firm's own pages' slugs, in the order the footer lists them. */
export const FIRM_PAGE_SLUGS = ["about", "privacy", "terms", "accessibility"] as const;
export type FirmPageSlug = (typeof FIRM_PAGE_SLUGS)[number];

/** `page`: which of the firm's pages it is (in any language: the Spanish About page has a slug of its own). */
export type SiteLink = { href: string; label: string; page?: FirmPageSlug };

const FIRM_PAGES: (SiteLink & { slug: FirmPageSlug })[] = [
  { slug: "about", href: "/about", label: "About" },
  { slug: "privacy", href: "/privacy", label: "Privacy policy" },
  { slug: "terms", href: "/terms", label: "Terms and disclaimer" },
  { slug: "accessibility", href: "/accessibility", label: "Accessibility" },
];

/** The firm's pages that are public now, with the practice areas' list when there are any. */
export function firmPageLinks(now = new Date()): SiteLink[] {
  const published = new Set(listPublicPageSlugs(now));
  const links: SiteLink[] = FIRM_PAGES.filter((page) => published.has(page.slug)).map(({ slug, href, label }) => ({ href, label, page: slug }));
  if (listPublicPracticeAreas(now).length > 0) links.splice(published.has("about") ? 1 : 0, 0, { href: "/practice-areas", label: "Practice areas" });
  return links;
}
