import type { Metadata } from "next";
import { HomeView } from "@/components/site/home-view";
import { LanguageSwitch } from "@/components/site/language-switch";
import { firmTexts } from "@/lib/i18n/firm-texts";
import { publicPageMetadata } from "@/lib/seo/page-metadata";
import { loadHomePage } from "@/lib/site/home-page";

export function generateMetadata(): Metadata {
  const texts = firmTexts("es");
  return publicPageMetadata({ path: "/es", description: texts.intro || texts.tagline, lang: "es", translations: { en: "/", es: "/es" } });
}

export default function SpanishHomePage() {
  return <HomeView {...loadHomePage("es")} switchTo={<LanguageSwitch href="/" lang="en" label="Read in English" />} />;
}
