import type { PublicProfile } from "@/db/profiles";
import type { TranslatedProfile } from "@/db/translations/profile-translations";
import { dictionary } from "@/lib/i18n/dictionary";
import type { Lang } from "@/lib/i18n/languages";
import { attorneyPath, attorneyPaths } from "@/lib/posts/post-paths";
import { ProfileCard } from "./profile-card";

/**
 * The About page's lawyers in either language. On the Spanish page a lawyer whose bio the firm
 * wrote in Spanish is shown with it and leads to their Spanish page; one without is only named,
 * leading to the English page and said to be English (their English bio is not shown as if it
 * were Spanish).
 */
export function LawyerList({ lawyers, lang = "en" }: { lawyers: (PublicProfile | TranslatedProfile)[]; lang?: Lang }) {
  if (lawyers.length === 0) return null;
  const words = dictionary(lang).pages;
  const full = lawyers.length === 1;
  return (
    <section aria-labelledby="lawyers-heading" className="mt-12 space-y-8">
      <h2 id="lawyers-heading" className="text-2xl font-semibold text-brand-900">
        {full ? words.yourLawyer : words.ourLawyers}
      </h2>
      {lawyers.map((profile) =>
        lang === "en" ? (
          <ProfileCard key={profile.id} profile={profile} href={attorneyPath(profile.slug)} headingLevel="h3" full={full} />
        ) : "titleLang" in profile ? (
          <ProfileCard key={profile.id} profile={profile} href={attorneyPaths(profile.slug).es} headingLevel="h3" full={full} lang={lang} titleLang={profile.titleLang} />
        ) : (
          <div key={profile.id}>
            <h3 className="text-xl font-semibold text-brand-900">
              <a href={attorneyPath(profile.slug)} hrefLang="en" className="underline hover:text-brand-700">
                {profile.displayName}
              </a>
            </h3>
            {profile.title && (
              <p className="font-medium text-accent-600" lang="en">
                {profile.title}
              </p>
            )}
          </div>
        ),
      )}
    </section>
  );
}
