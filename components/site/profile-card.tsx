/* eslint-disable @next/next/no-img-element -- uploads are served as checked files; no image optimizer */
import Link from "next/link";
import type { PublicProfile } from "@/db/profiles";
import { mediaUrl } from "@/lib/media/media-storage";
import { firmInitials } from "@/lib/site/firm-initials";

/** A lawyer: photo, name, title, bio, bar admissions, languages, public email. `full` on their own page; a summary with a link elsewhere. */
export function ProfileCard({ profile, href, headingLevel = "h2", full = false }: { profile: PublicProfile; href?: string; headingLevel?: "h1" | "h2" | "h3"; full?: boolean }) {
  const Heading = headingLevel;
  const paragraphs = profile.bio.split(/\n\s*\n/).filter((p) => p.trim());
  return (
    <div className="flex flex-col gap-5 sm:flex-row">
      {profile.photo ? (
        <img
          src={mediaUrl(profile.photo.fileName)}
          alt={profile.photo.alt}
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
          {profile.title && <p className="font-medium text-accent-600">{profile.title}</p>}
        </div>
        {(full ? paragraphs : paragraphs.slice(0, 1)).map((p, i) => (
          <p key={i} className="max-w-prose whitespace-pre-line leading-relaxed text-slate-800">
            {p}
          </p>
        ))}
        <dl className="space-y-1 text-sm text-slate-800">
          {profile.barAdmissions.length > 0 && (
            <div>
              <dt className="inline font-semibold">Admitted to practice: </dt>
              <dd className="inline">{profile.barAdmissions.map((b) => (b.year ? `${b.jurisdiction} (${b.year})` : b.jurisdiction)).join("; ")}</dd>
            </div>
          )}
          {profile.languages.length > 0 && (
            <div>
              <dt className="inline font-semibold">Languages: </dt>
              <dd className="inline">{profile.languages.join(", ")}</dd>
            </div>
          )}
          {full && profile.certifications.length > 0 && (
            <div>
              <dt className="inline font-semibold">Certifications: </dt>
              <dd className="inline">{profile.certifications.join("; ")}</dd>
            </div>
          )}
          {full && profile.publicEmail && (
            <div>
              <dt className="inline font-semibold">Email: </dt>
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
