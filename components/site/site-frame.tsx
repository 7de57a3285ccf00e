import type { SiteFrameData } from "@/lib/site/site-frame";
import { RootDocument } from "./root-document";
import { SiteFooter } from "./site-footer";
import { SiteHeader } from "./site-header";
import { VisitBeacon } from "./visit-beacon";

/** A public page's whole document in its language: <html lang>, header, main, footer (loadSiteFrame()). */
export function SiteFrame({ frame, children }: { frame: SiteFrameData; children: React.ReactNode }) {
  const { lang, site } = frame;
  return (
    <RootDocument lang={lang}>
      <SiteHeader site={site} logo={frame.logo} aboutHref={frame.aboutHref} practiceAreas={frame.practiceAreas} attorneys={frame.attorneys} lang={lang} otherLanguage={frame.otherLanguage} />
      <main id="main" className="mx-auto w-full max-w-5xl flex-1 px-4 py-8 sm:py-12">
        {children}
      </main>
      <SiteFooter site={site} firmPages={frame.firmPages} lang={lang} disclaimer={frame.disclaimer} />
      {/* Counts the view after load, from the browser (lib/visits/): the page itself stays cached. */}
      {frame.visitCounting && <VisitBeacon />}
    </RootDocument>
  );
}
