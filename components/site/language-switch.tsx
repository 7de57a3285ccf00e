import type { Lang } from "@/lib/i18n/languages";

/**
 * The link to this same content in the other language, written in that language and marked
 * with its `lang` ("Leer en español" on an English post). Only where a translation exists:
 * a page without one has no switch, never a link to another page.
 */
export function LanguageSwitch({ href, lang, label }: { href: string; lang: Lang; label: string }) {
  return (
    <p className="text-sm">
      <a href={href} lang={lang} hrefLang={lang} className="font-medium text-brand-700 underline" data-language-switch="">
        {label}
      </a>
    </p>
  );
}
