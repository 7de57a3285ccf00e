/* eslint-disable @next/next/no-img-element -- uploads are served as checked files; no image optimizer */
import Link from "next/link";
import type { PublicProfile } from "@/db/profiles";
import { dictionary } from "@/lib/i18n/dictionary";
import type { Lang } from "@/lib/i18n/languages";
import { mediaUrl } from "@/lib/media/media-storage";
import { firmInitials } from "@/lib/site/firm-initials";

/**
 * A lawyer: photo, name, title, bio, bar admissions, languages, public email. `full` on their
 * own page; a summary with a link elsewhere. On a page in another language than English the
 * bio is the translated one; what the firm wrote only in English (the photo's description,
 * the languages and certifications, the title when not translated: `titleLang`) is marked so.
 */
export function ProfileCard({
  profile,
  href,
  headingLevel = "h2",
  full = false,
  lang = "en",
  titleLang = lang,
}: {
  profile: PublicProfile;
  href?: string;
  headingLevel?: "h1" | "h2" | "h3";
  full?: boolean;
  lang?: Lang;
  titleLang?: Lang;
}) {
  const Heading = headingLevel;
  const words = dictionary(lang).attorney;
  const english = lang === "en" ? undefined : "en";
  const paragraphs = profile.bio.split(/\n\s*\n/).filter((p) => p.trim());
  return (
    <div className="flex flex-col gap-5 sm:flex-row">
      {profile.photo ? (
        <img
          src={mediaUrl(profile.photo.fileName)}
          alt={profile.photo.alt}
          lang={profile.photo.alt ? english : undefined}
          width={profile.photo.width ?? undefined}
          height={profile.photo.height ?? undefined}
          className="h-40 w-40 shrink-0 rounded-md object-cover"
        />
      ) : (
        full && (
          // Until the lawyer adds a photo, their own page keeps its shape with their initials.
          <div aria-hidden="true" className="flex h-40 w-40 shrink-0 items-center justify-center rounded-md bg-brand-100 text-5xl font-semibold text-brand-800">
            {firmInitials(profile.displayName)}
          </div>
        )
      )}
      <div className="min-w-0 space-y-3">
        <div>
          <Heading className={headingLevel === "h1" ? "text-3xl font-bold tracking-tight text-brand-900" : "text-xl font-semibold text-brand-900"}>
            {href ? (
              <Link href={href} className="underline hover:text-brand-700">
                {profile.displayName}
              </Link>
            ) : (
              profile.displayName
            )}
          </Heading>
          {profile.title && (
            <p className="font-medium text-accent-600" lang={titleLang !== lang ? titleLang : undefined}>
              {profile.title}
            </p>
          )}
        </div>
        {(full ? paragraphs : paragraphs.slice(0, 1)).map((p, i) => (
          <p key={i} className="max-w-prose whitespace-pre-line leading-relaxed text-slate-800">
            {p}
          </p>
        ))}
        <dl className="space-y-1 text-sm text-slate-800">
          {profile.barAdmissions.length > 0 && (
            <div>
              <dt className="inline font-semibold">{words.admitted} </dt>
              <dd className="inline">{profile.barAdmissions.map((b) => (b.year ? `${b.jurisdiction} (${b.year})` : b.jurisdiction)).join("; ")}</dd>
            </div>
          )}
          {profile.languages.length > 0 && (
            <div>
              <dt className="inline font-semibold">{words.languages} </dt>
              <dd className="inline" lang={english}>{profile.languages.join(", ")}</dd>
            </div>
          )}
          {full && profile.certifications.length > 0 && (
            <div>
              <dt className="inline font-semibold">{words.certifications} </dt>
              <dd className="inline" lang={english}>{profile.certifications.join("; ")}</dd>
            </div>
          )}
          {full && profile.publicEmail && (
            <div>
              <dt className="inline font-semibold">{words.email} </dt>
              <dd className="inline">
                <a href={`mailto:${profile.publicEmail}`} className="text-brand-700 underline">
                  {profile.publicEmail}
                </a>
              </dd>
            </div>
          )}
        </dl>
      </div>
    </div>
  );
}
