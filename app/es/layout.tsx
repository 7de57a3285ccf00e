import "../globals.css";
import { SiteFrame } from "@/components/site/site-frame";
import { firmTexts } from "@/lib/i18n/firm-texts";
import { rootMetadata, rootViewport } from "@/lib/seo/root-metadata";
import { loadSiteFrame } from "@/lib/site/site-frame";

// The Spanish site's root layout (<html lang="es">), cached as the English one is
// (app/(site)/layout.tsx, docs/architecture.md "Rendering").
export const revalidate = 60;

export function generateMetadata() {
  return rootMetadata(firmTexts("es").tagline || undefined);
}

export const viewport = rootViewport;

export default function SpanishSiteLayout({ children }: { children: React.ReactNode }) {
  return <SiteFrame frame={loadSiteFrame("es")}>{children}</SiteFrame>;
}
