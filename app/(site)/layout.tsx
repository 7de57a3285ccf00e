import { SiteFooter } from "@/components/site/site-footer";
import { SiteHeader } from "@/components/site/site-header";
import { VisitBeacon } from "@/components/site/visit-beacon";
import { listPublicPracticeAreas } from "@/db/posts";
import { listListedProfiles } from "@/db/profiles";
import { getLogo, getSiteSettings, getVisitSettings } from "@/lib/site/settings";
import { firmPageLinks } from "@/lib/site/site-links";

// Every page under here is rendered once and served from Next's cache until something it
// shows changes (lib/http/public-pages.ts refreshes them all then). The minute is what shared
// caches in front may keep a page; pages that must be rendered per request (the contact
// form) say so themselves. docs/architecture.md, "Rendering", has the whole model.
export const revalidate = 60;

export default function SiteLayout({ children }: { children: React.ReactNode }) {
  const site = getSiteSettings();
  const firmPages = firmPageLinks();
  const about = firmPages.some((page) => page.href === "/about");
  // The lawyers: the one lawyer's own page; several are listed on the About page (when it is published).
  const lawyers = listListedProfiles();
  const attorneys = lawyers.length === 1 ? { href: `/attorneys/${lawyers[0]!.slug}`, label: "Attorney" } : lawyers.length > 1 && about ? { href: "/about", label: "Attorneys" } : undefined;
  return (
    <>
      <SiteHeader site={site} logo={getLogo()} about={about} practiceAreas={listPublicPracticeAreas().length > 0} attorneys={attorneys} />
      <main id="main" className="mx-auto w-full max-w-5xl flex-1 px-4 py-8 sm:py-12">
        {children}
      </main>
      <SiteFooter site={site} firmPages={firmPages} />
      {/* Counts the view after load, from the browser (lib/visits/): the page itself stays cached. */}
      {getVisitSettings().visitCounting && <VisitBeacon />}
    </>
  );
}
