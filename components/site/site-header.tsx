/* eslint-disable @next/next/no-img-element -- uploads are served as checked files; no image optimizer */
import Link from "next/link";
import { mediaUrl } from "@/lib/media/media-storage";
import type { Logo } from "@/lib/site/settings";
import type { SiteSettings } from "@/lib/site/settings-schema";
import { PhoneLink } from "./phone-link";
import { SearchForm } from "@/components/blog/search-form";
import { dictionary } from "@/lib/i18n/dictionary";
import { langPath, type Lang } from "@/lib/i18n/languages";

/**
 * `aboutHref`: the About page in this language, when it is published (the header links to it only then);
 * `practiceAreas`: whether any practice-area page is; `attorneys`: where the firm's lawyers
 * are shown (the About page, or the one lawyer's page), when anywhere.
 */
export function SiteHeader({
  site,
  logo,
  aboutHref,
  practiceAreas = false,
  attorneys,
  lang = "en",
  otherLanguage,
}: {
  site: SiteSettings;
  logo: Logo | null;
  aboutHref?: string;
  practiceAreas?: boolean;
  attorneys?: { href: string; label: string };
  /** The header's language; its links stay on that language's site where it has the page. */
  lang?: Lang;
  /** The other language's site, offered in its own language ("Se habla español"). */
  otherLanguage?: { href: string; label: string; lang: Lang };
}) {
  const words = dictionary(lang).chrome;
  const nav = [
    { href: langPath(lang, "/"), label: words.home },
    ...(practiceAreas ? [{ href: langPath(lang, "/practice-areas"), label: words.practiceAreas }] : []),
    ...(attorneys ? [attorneys] : []),
    ...(aboutHref ? [{ href: aboutHref, label: words.about }] : []),
    { href: langPath(lang, "/blog"), label: words.blog },
    { href: langPath(lang, "/contact"), label: words.contact },
  ];
  return (
    <header className="dark-surface border-b border-brand-100 bg-brand-800 text-white">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-brand-900">
        {words.skipToContent}
      </a>
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-3">
        <Link href={langPath(lang, "/")} className="flex items-center gap-3 text-lg font-semibold tracking-tight">
          {logo && <img src={mediaUrl(logo.fileName)} alt="" width={logo.width ?? undefined} height={logo.height ?? undefined} className="h-10 w-auto max-w-40 object-contain" />}
          {site.firmName}
        </Link>
        <div className="flex flex-wrap items-center gap-3">
          {otherLanguage && (
            <a href={otherLanguage.href} lang={otherLanguage.lang} hrefLang={otherLanguage.lang} className="text-sm font-medium text-brand-100 underline hover:text-white">
              {otherLanguage.label}
            </a>
          )}
          {site.phone && (
            <PhoneLink phone={site.phone} className="rounded bg-white/10 px-3 py-1.5 text-sm font-medium hover:bg-white/20">
              {words.call} {site.phone}
            </PhoneLink>
          )}
        </div>
      </div>
      <div className="border-t border-white/10">
        <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-4 px-2 pb-2 sm:pb-0">
          <nav aria-label={words.mainNav}>
            <ul className="flex flex-wrap gap-x-1">
              {nav.map((item) => (
                <li key={item.href}>
                  <Link href={item.href} className="inline-block px-3 py-2.5 text-sm font-medium text-brand-100 hover:text-white hover:underline">
                    {item.label}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
          <div className="w-full px-2 sm:w-72 sm:px-0">
            <SearchForm id="site-search" compact lang={lang} />
          </div>
        </div>
      </div>
    </header>
  );
}
