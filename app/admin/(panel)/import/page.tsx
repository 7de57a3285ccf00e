import type { Metadata } from "next";
import Link from "next/link";
import { Button, buttonClass } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { TextInput } from "@/components/ui/text-input";
import { listImportRuns } from "@/db/imports";
import { requireUser } from "@/lib/accounts/auth";
import { formatDateTime } from "@/lib/dates/format";
import { MAX_IMPORT_MB } from "@/lib/import/import-limit.mjs";
import { RUN_STATUS_WORDS } from "@/lib/import/run-report";
import { getSiteSettings } from "@/lib/site/settings";

export const metadata: Metadata = { title: "Import" };

const PROBLEMS: Record<string, string> = {
  "no-source": "Choose an export file, or type the address of a site with no export.",
  "too-large": `The file is larger than ${MAX_IMPORT_MB} MB. Export the posts in parts (WordPress: Tools → Export, by date range).`,
  "bad-address": "Use the old site's address, such as https://www.old-firm.example.",
};

/** Owner only: bring an existing blog over (WordPress, Ghost), then see what each import did. */
export default async function ImportPage({ searchParams }: PageProps<"/admin/import">) {
  await requireUser({ returnTo: "/admin/import", role: "owner" });
  const problem = PROBLEMS[String((await searchParams).problem ?? "")];
  const site = getSiteSettings();
  const runs = listImportRuns();
  return (
    <div className="max-w-3xl space-y-8">
      <h1 className="text-3xl font-bold tracking-tight text-brand-900">Import</h1>
      <p className="max-w-prose text-slate-700">
        Bring the posts and pages of your old website here, from its export or, for a site that has none, from its address, with their dates, authors,
        categories, images and old addresses (which then lead to the new ones). First you see what will happen to each post; nothing is written until you press Import. Running the same export again updates what changed
        and adds nothing twice.
      </p>
      {/* The upload route led back here with what was wrong (the form works without JavaScript). */}
      <FormMessage ok={false} message={problem} focusOnLoad />
      <form action="/admin/api/import" method="post" encType="multipart/form-data" className="space-y-5 rounded-md border border-slate-300 p-4">
        <Field
          id="import-file"
          label="Export file"
          hint={`From WordPress: Tools → Export → All content (an .xml file). From Ghost: Settings → Labs → Export your content (a .json file). Or the zip this site exports, a sitemap, a list of the old site's addresses (.txt, one a line), or a zip of the old site's pages saved from the browser (File → Save page as…, each with its files). Up to ${MAX_IMPORT_MB} MB.`}
        >
          {(control) => <TextInput {...control} name="file" type="file" accept=".xml,.json,.zip,.txt,application/xml,text/xml,application/json,application/zip,text/plain" />}
        </Field>
        <Field
          id="import-url"
          label="Or the address of a site with no export"
          hint="A site made with a builder (Duda, Wix, Squarespace…) or by hand: its address, or its sitemap's. Every page its sitemap lists is read, and the article on it imported."
        >
          {(control) => <TextInput {...control} name="url" type="url" inputMode="url" maxLength={2000} placeholder="https://www.old-firm.example" />}
        </Field>
        <Field
          id="import-site"
          label={
            <>
              The old site&apos;s address <span className="font-normal">(optional)</span>
            </>
          }
          hint="Only needed for a Ghost export, so its images can be fetched. A WordPress export says where it came from."
        >
          {(control) => <TextInput {...control} name="siteUrl" type="url" inputMode="url" maxLength={300} placeholder="https://www.old-firm.example" />}
        </Field>
        <Button type="submit">Read it and show what will happen</Button>
      </form>

      <section aria-labelledby="export-heading" className="space-y-2">
        <h2 id="export-heading" className="text-xl font-semibold text-brand-900">
          Export everything
        </h2>
        <p className="max-w-prose text-slate-700">
          One zip with every post and page (as Markdown and as web pages), the images as uploaded, the lawyers&apos; profiles, tags, settings, old
          addresses, and a WordPress export file. Import the zip into another copy of this site to move it. Inquiries are not in it: export them from the
          inbox.
        </p>
        {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- a file download from a route handler, not a page */}
        <a href="/admin/api/export" className={buttonClass({ variant: "secondary", className: "inline-flex items-center" })}>
          Download the export (zip)
        </a>
      </section>

      <section aria-labelledby="runs-heading" className="space-y-3">
        <h2 id="runs-heading" className="text-xl font-semibold text-brand-900">
          Earlier imports
        </h2>
        {runs.length === 0 ? (
          <p className="text-slate-700">None yet.</p>
        ) : (
          <ul className="space-y-2">
            {runs.map((run) => (
              <li key={run.id}>
                <Link href={`/admin/import/${run.id}`} className="text-brand-800 underline">
                  {run.label}
                </Link>{" "}
                <span className="text-slate-700">
                  · {RUN_STATUS_WORDS[run.status]} · {formatDateTime(run.createdAt, site.timeZone)}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
