// "In review": changes editors proposed to profiles and tags, each with what it would
// change, the restricted-words check, and the owner's two answers.
export type ProposalRow = {
  id: number;
  title: string;
  from: string;
  when: string;
  changes: { label: string; before: string; after: string }[];
  warning?: string;
};

const button = "min-h-11 rounded-md px-4 py-2 font-semibold disabled:opacity-60";

export function ProposedChanges({ proposals, apply, decline }: { proposals: ProposalRow[]; apply: (form: FormData) => Promise<void>; decline: (form: FormData) => Promise<void> }) {
  return (
    <section aria-labelledby="proposals-heading" className="space-y-3">
      <h2 id="proposals-heading" className="text-xl font-semibold text-brand-900">
        Profiles and tags
      </h2>
      {proposals.length === 0 ? (
        <p className="text-slate-700">No proposed changes to profiles or tags.</p>
      ) : (
        <ul className="divide-y divide-slate-200 border-y border-slate-200">
          {proposals.map((proposal) => (
            <li key={proposal.id} className="space-y-2 py-3" aria-labelledby={`proposal-${proposal.id}`}>
              <h3 id={`proposal-${proposal.id}`} className="text-lg font-semibold text-slate-900">
                {proposal.title}
              </h3>
              <p className="text-sm text-slate-700">
                from {proposal.from} · {proposal.when}
              </p>
              <dl className="space-y-1">
                {proposal.changes.map((change) => (
                  <div key={change.label} className="flex flex-wrap gap-x-2">
                    <dt className="font-medium text-slate-900">{change.label}:</dt>
                    <dd className="text-slate-800">
                      <del className="text-slate-600">{change.before || "empty"}</del> → <ins className="no-underline">{change.after || "empty"}</ins>
                    </dd>
                  </div>
                ))}
              </dl>
              {proposal.warning && <p className="rounded-md border border-amber-600 bg-amber-50 p-3 text-slate-900">{proposal.warning}</p>}
              <div className="flex flex-wrap gap-2">
                <form action={apply}>
                  <input type="hidden" name="proposalId" value={proposal.id} />
                  <button type="submit" className={`${button} bg-brand-800 text-white hover:bg-brand-900`} aria-label={`Apply: ${proposal.title}`}>
                    Apply
                  </button>
                </form>
                <form action={decline}>
                  <input type="hidden" name="proposalId" value={proposal.id} />
                  <button type="submit" className={`${button} border border-slate-500 hover:border-brand-700`} aria-label={`Decline: ${proposal.title}`}>
                    Decline
                  </button>
                </form>
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
