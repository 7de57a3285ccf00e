import type { Metadata } from "next";
import { PracticeAreaLinks } from "@/components/site/practice-area-links";
import { listPublicPracticeAreas } from "@/db/posts";
import { publicPageMetadata } from "@/lib/seo/page-metadata";

export function generateMetadata(): Metadata {
  return publicPageMetadata({ path: "/practice-areas", title: "Practice areas", description: "The kinds of cases the firm handles." });
}

/** Every practice area the firm handles, each linking to its page. */
export default function PracticeAreasPage() {
  const areas = listPublicPracticeAreas();
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold tracking-tight text-brand-900">What we handle</h1>
      {areas.length > 0 ? <PracticeAreaLinks areas={areas} headingLevel="h2" /> : <p className="text-slate-700">No practice areas yet.</p>}
    </div>
  );
}
