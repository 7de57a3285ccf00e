import type { Metadata } from "next";
import { BackLink } from "@/components/admin/back-link";
import { AddConflictPartyForm, ImportConflictListForm } from "@/components/admin/inquiries/conflict-list-forms";
import { TextInput } from "@/components/ui/text-input";
import { countConflictParties, listConflictParties } from "@/db/conflict-list";
import { requireUser } from "@/lib/accounts/auth";
import { CONFLICT_ROLE_LABELS } from "@/lib/conflicts/conflict-list";
import { formatDate } from "@/lib/dates/format";
import { getSiteSettings } from "@/lib/site/settings";
import { addConflictParty, importConflictList, removeConflictParty } from "./actions";
import { Button } from "@/components/ui/button";

export const metadata: Metadata = { title: "Conflict list", robots: { index: false } };

const SHOWN = 200;

export default async function ConflictListPage({ searchParams }: PageProps<"/admin/inquiries/conflicts">) {
  await requireUser({ returnTo: "/admin/inquiries/conflicts", role: "owner" });
  const q = (await searchParams).q;
  const search = typeof q === "string" ? q.slice(0, 200) : "";
  const site = getSiteSettings();
  const total = countConflictParties(search);
  const rows = listConflictParties({ search, limit: SHOWN });

  return (
    <div className="max-w-4xl space-y-8">
      <BackLink href="/admin/inquiries">Inquiries</BackLink>
      <div className="space-y-2">
        <h1 className="text-3xl font-bold tracking-tight text-brand-900">Conflict list</h1>
        <p className="max-w-prose text-slate-700">
          The firm&apos;s clients, the parties against them and witnesses, by matter. Every inquiry&apos;s names (the sender, the person charged and the
          other people involved) are checked against this list and against earlier inquiries; the inquiry&apos;s page says what matched.
        </p>
      </div>

      <div className="grid gap-8 md:grid-cols-2">
        <section aria-labelledby="add-heading" className="space-y-3 rounded-md border border-slate-300 p-4">
          <h2 id="add-heading" className="text-xl font-semibold text-brand-900">
            Add a person
          </h2>
          <AddConflictPartyForm action={addConflictParty} />
        </section>
        <section aria-labelledby="import-heading" className="space-y-3 rounded-md border border-slate-300 p-4">
          <h2 id="import-heading" className="text-xl font-semibold text-brand-900">
            Import a CSV file
          </h2>
          <ImportConflictListForm action={importConflictList} />
        </section>
      </div>

      <section aria-labelledby="list-heading" className="space-y-3">
        <h2 id="list-heading" className="text-xl font-semibold text-brand-900">
          On the list
        </h2>
        <form method="get" role="search" aria-label="Find on the conflict list" className="flex flex-wrap items-end gap-3">
          <div>
            <label htmlFor="conflict-search" className="block text-sm font-medium text-slate-900">
              Name contains
            </label>
            <TextInput id="conflict-search" name="q" type="search" defaultValue={search} maxLength={200} />
          </div>
          <Button type="submit" variant="secondary">
            Find
          </Button>
        </form>
        <p className="text-sm text-slate-700">
          {total === 1 ? "1 person" : `${total.toLocaleString("en-US")} people`}
          {search && ` with “${search}” in the name`}
          {total > SHOWN && `; the newest ${SHOWN} are shown`}.
        </p>
        {rows.length > 0 && (
          <ul className="divide-y divide-slate-200 border-y border-slate-200">
            {rows.map((row) => (
              <li key={row.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                <div>
                  <p className="font-medium text-slate-900">{row.name}</p>
                  <p className="text-sm text-slate-700">
                    {CONFLICT_ROLE_LABELS[row.role]}
                    {row.matter && ` · ${row.matter}`} · {row.source === "import" ? "imported" : "added"} {formatDate(row.createdAt, site.timeZone)}
                  </p>
                </div>
                <form action={removeConflictParty}>
                  <input type="hidden" name="id" value={row.id} />
                  <button type="submit" className="min-h-11 rounded-md border border-slate-400 px-3 text-sm text-red-800 hover:border-red-700">
                    Remove <span className="sr-only">{row.name}</span>
                  </button>
                </form>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
