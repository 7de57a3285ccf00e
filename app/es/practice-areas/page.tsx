import type { Metadata } from "next";
import { PracticeAreaLinks } from "@/components/site/practice-area-links";
import { listPublicTranslatedAreas } from "@/db/translations/translations";
import { dictionary } from "@/lib/i18n/dictionary";
import { publicPageMetadata } from "@/lib/seo/page-metadata";

export function generateMetadata(): Metadata {
  return publicPageMetadata({ path: "/es/practice-areas", title: dictionary("es").chrome.practiceAreas, lang: "es" });
}

/** The practice areas the firm has written in Spanish. */
export default function SpanishPracticeAreasPage() {
  const areas = listPublicTranslatedAreas("es");
  const words = dictionary("es");
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold tracking-tight text-brand-900">{words.home.whatWeHandle}</h1>
      {areas.length > 0 ? <PracticeAreaLinks areas={areas} headingLevel="h2" lang="es" /> : <p className="text-slate-700">{words.home.noPosts}</p>}
    </div>
  );
}
