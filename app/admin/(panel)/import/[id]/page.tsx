import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ProgressRefresh } from "@/components/admin/import/progress-refresh";
import { ImportReport } from "@/components/admin/import/import-report";
import { RunButton } from "@/components/admin/import/run-buttons";
import { countUnsignedItems, findImportRun, listReportRows, runProgress } from "@/db/imports";
import { listProfileChoices } from "@/db/profiles";
import { Field } from "@/components/ui/field";
import { Select } from "@/components/ui/select";
import { requireUser } from "@/lib/accounts/auth";
import { parseId } from "@/lib/http/url-params";
import { chosenLawyer, noDefaultLawyer } from "@/lib/import/import-byline";
import { reportLines, RUN_STATUS_WORDS } from "@/lib/import/run-report";
import { importPageTitle } from "@/lib/site/admin-page-titles";
import { getSiteSettings } from "@/lib/site/settings";
import { cancelImportRun, startImport } from "../actions";

export async function generateMetadata({ params }: PageProps<"/admin/import/[id]">): Promise<Metadata> {
  return { title: await importPageTitle((await params).id) };
}

/** Owner only: one import's dry-run report, then its progress and what it did to each post. */
export default async function ImportRunPage({ params }: PageProps<"/admin/import/[id]">) {
  const { id: idText } = await params;
  const user = await requireUser({ returnTo: `/admin/import/${encodeURIComponent(idText)}`, role: "owner" });
  const id = parseId(idText);
  const run = id === undefined ? undefined : findImportRun(id);
  if (!run) notFound();
  const lines = reportLines(listReportRows(run.id));
  const progress = runProgress(run.id);
  const finished = progress.done + progress.failed + progress.skipped;
  const toWrite = lines.filter((l) => l.plan === "create" || l.plan === "update").length;
  const site = getSiteSettings();
  // Posts with no author and no lawyer to sign them by default: the owner chooses one (lib/import/import-byline.ts).
  const unsigned = run.status === "planned" && noDefaultLawyer(user.id) === "several" ? countUnsignedItems(run.id) : { published: 0, drafts: 0 };
  const chosen = chosenLawyer(run);
  return (
    <div className="max-w-5xl space-y-6">
      <ProgressRefresh active={run.status === "running" || run.status === "reading"} />
      <p>
        <Link href="/admin/import" className="text-brand-800 underline">
          Import
        </Link>
      </p>
      <h1 className="text-3xl font-bold tracking-tight text-brand-900">Import of {run.label}</h1>
      <p className="text-lg" data-testid="run-status">
        Status: <strong>{RUN_STATUS_WORDS[run.status]}</strong>
        {run.siteUrl ? ` · from ${run.siteUrl}` : ""}
      </p>
      {chosen && run.status !== "planned" && <p>Posts with no author are signed by {chosen.name}.</p>}
      {run.status === "reading" && (
        <p>
          {progress.total} page{progress.total === 1 ? "" : "s"} read so far. You can leave this page: the report is here once every page is read.
        </p>
      )}
      {run.error && <p className="rounded-md bg-red-50 p-3 font-medium text-red-800">{run.error}</p>}
      {run.notes.length > 0 && (
        <ul className="list-disc space-y-1 pl-6 text-slate-800">
          {run.notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      )}
      {(run.status === "running" || run.status === "done" || run.status === "cancelled") && progress.total > 0 && (
        <div className="space-y-1">
          <label htmlFor="import-progress" className="font-semibold">
            {finished} of {progress.total} posts and pages done{progress.failed ? `, ${progress.failed} failed` : ""}
          </label>
          <progress id="import-progress" max={progress.total} value={finished} className="block h-4 w-full max-w-xl" />
        </div>
      )}
      {run.status === "planned" && (
        <div className="space-y-2 rounded-md border border-slate-300 p-4">
          <p>
            This was a dry run: nothing has been written. {toWrite} post{toWrite === 1 ? "" : "s"} and pages will be imported or updated; read the warnings
            below first.
          </p>
          {toWrite > 0 && (
            <RunButton action={startImport} runId={run.id} label={`Import ${toWrite} post${toWrite === 1 ? "" : "s"} and pages`}>
              {unsigned.published + unsigned.drafts > 0 && (
                <Field
                  id="import-lawyer"
                  label="Posts with no author are signed by"
                  hint={`${unsigned.published} public on the old site and ${unsigned.drafts} draft${unsigned.drafts === 1 ? "" : "s"} have no author. ${unsigned.published ? "The public ones need a lawyer before the import starts." : "Without a choice, they come in as drafts signed by nobody."}`}
                >
                  {(control) => (
                    <Select {...control} name="bylineProfileId" defaultValue={chosen?.id ?? ""} className="max-w-sm">
                      <option value="">Choose a lawyer</option>
                      {listProfileChoices().map((p) => (
                        <option key={p.id} value={p.id}>
                          {p.displayName}
                        </option>
                      ))}
                    </Select>
                  )}
                </Field>
              )}
            </RunButton>
          )}
        </div>
      )}
      {(run.status === "running" || run.status === "planned" || run.status === "reading") && <RunButton action={cancelImportRun} runId={run.id} label={run.status === "planned" ? "Discard this dry run" : "Cancel the import"} tone="secondary" />}
      {lines.length > 0 && <ImportReport lines={lines} timeZone={site.timeZone} started={run.status !== "planned"} />}
    </div>
  );
}
