import type { Metadata } from "next";
import { HomeView } from "@/components/site/home-view";
import { LanguageSwitch } from "@/components/site/language-switch";
import { publicPageMetadata } from "@/lib/seo/page-metadata";
import { getSiteSettings } from "@/lib/site/settings";
import { loadHomePage } from "@/lib/site/home-page";

export function generateMetadata(): Metadata {
  const site = getSiteSettings();
  return publicPageMetadata({ path: "/", description: site.intro || site.tagline, translations: { en: "/", es: "/es" } });
}

export default function HomePage() {
  return <HomeView {...loadHomePage("en")} switchTo={<LanguageSwitch href="/es" lang="es" label="Leer en español" />} />;
}
